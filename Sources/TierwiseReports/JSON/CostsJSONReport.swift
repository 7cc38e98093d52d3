import TierwiseJSON
import TierwiseModel

/// The JSON of `tierwise costs`: `{"approaches": {...}}` plus the inputs used.
public enum CostsJSONReport {
    /// Renders a comparison of approaches at one volume.
    public static func render(_ costs: [ApproachCost], eventsPerDay: Double, parameters: CostParameters) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("currency", "USD")
        writer.member("events_per_day", eventsPerDay)
        writer.member("volume_factor", CostsJSONReport.volumeFactor(costs))
        writer.key("parameters"); writer.costParameters(parameters)
        writer.key("approaches"); writer.approachCosts(costs)
        writer.endObject()
        return writer.text
    }

    static func volumeFactor(_ costs: [ApproachCost]) -> Double { costs.first?.volumeFactor ?? 1 }
}
