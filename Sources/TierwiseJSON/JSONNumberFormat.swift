/// The one number format tierwise writes, in JSON and in text.
///
/// Integral values within ±1e15 print without a fraction (`1500`); other
/// values print in Swift's shortest round-trip form (`0.1`, `1e-05`), which
/// is valid JSON. Negative zero prints as `0`. Non-finite values have no JSON
/// form, so callers get `nil` and decide (tierwise writes `null`).
public enum JSONNumberFormat {
    /// The JSON text of `value`, or `nil` when it is NaN or infinite.
    public static func string(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return value.description
    }
}
