import TierwiseJSON
import TierwiseModel

/// The JSON of `tierwise costs`: `{"approaches": {...}}` plus the inputs used.
public enum CostsJSONReport {
    /// Renders a comparison of approaches at one volume.
    /// `namesYears` (the tierwise model) writes `steady_state_annual` and `first_year_cost` instead of `annual_tco`.
    public static func render(
        _ costs: [ApproachCost], eventsPerDay: Double, parameters: CostParameters, namesYears: Bool = false
    ) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("currency", "USD")
        writer.member("events_per_day", eventsPerDay)
        writer.member("volume_factor", CostsJSONReport.volumeFactor(costs))
        writer.key("parameters"); writer.costParameters(parameters)
        writer.key("approaches"); writer.approachCosts(costs, namesYears: namesYears)
        writer.endObject()
        return writer.text
    }

    static func volumeFactor(_ costs: [ApproachCost]) -> Double { costs.first?.volumeFactor ?? 1 }
}
