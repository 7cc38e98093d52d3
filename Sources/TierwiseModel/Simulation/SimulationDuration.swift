/// Durations as the simulator's inputs and reports write them: a number and
/// a unit (`us`, `ms`, `s`, `m`, `h`, `d`).
///
///     SimulationDuration.seconds("15m")          // 900
///     SimulationDuration.format(seconds: 0.25)   // "250 ms"
public enum SimulationDuration {
    /// The longest duration accepted, in seconds: 3,650 days.
    public static let maximumSeconds: Double = 3_650 * 86_400

    /// Seconds in `text` (`20us` or `20µs`, `250ms`, `10s`, `1.5m`, `1h`, `1d`, or a bare number of
    /// seconds), or nil when it is not one or is negative or beyond ``maximumSeconds``.
    public static func seconds(_ text: String) -> Double? {
        let units: [(String, Double)] = [("ms", 0.001), ("us", 0.000_001), ("µs", 0.000_001), ("s", 1), ("m", 60), ("h", 3_600), ("d", 86_400)]
        var number = Substring(text)
        var scale = 1.0
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            number = text.dropLast(suffix.count)
            scale = factor
            break
        }
        guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              let value = Double(number), value.isFinite else { return nil }
        let seconds = value * scale
        guard seconds >= 0, seconds <= maximumSeconds else { return nil }
        return seconds
    }

    /// A short reading of `seconds`: "4.5 µs", "250 ms", "10 s", "15 min", "4 h", "1 d".
    public static func format(seconds: Double) -> String {
        guard seconds.isFinite else { return "n/a" }
        if seconds == 0 { return "0 s" }
        if seconds < 0.001 { return DisplayFormat.number(seconds * 1_000_000, decimals: 3) + " µs" }
        if seconds < 1 { return DisplayFormat.number(seconds * 1_000, decimals: 3) + " ms" }
        if seconds < 60 { return DisplayFormat.number(seconds, decimals: 3) + " s" }
        if seconds < 3_600 { return DisplayFormat.number(seconds / 60, decimals: 2) + " min" }
        if seconds < 86_400 { return DisplayFormat.number(seconds / 3_600, decimals: 2) + " h" }
        return DisplayFormat.number(seconds / 86_400, decimals: 2) + " d"
    }
}
