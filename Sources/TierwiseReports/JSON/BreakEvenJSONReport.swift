import TierwiseJSON
import TierwiseModel

/// The JSON of `tierwise break-even`: the seed's keys at top level.
public enum BreakEvenJSONReport {
    /// Renders one break-even calculation.
    public static func render(_ breakEven: BreakEven, eventsPerDay: Double, revenuePerMinuteDelayUSD: Double) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("currency", "USD")
        writer.member("events_per_day", eventsPerDay)
        writer.member("revenue_per_minute_delay", usd: revenuePerMinuteDelayUSD)
        writer.breakEvenMembers(breakEven)
        writer.endObject()
        return writer.text
    }
}
