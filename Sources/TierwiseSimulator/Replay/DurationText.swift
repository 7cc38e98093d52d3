/// Durations as people write them: a non-negative integer or decimal with a
/// unit, `ms`, `s`, `m`, `h` or `d` (`250ms`, `5s`, `1.5m`, `2h`, `1d`).
public enum DurationText {
    /// Milliseconds, or nil when `text` is not a duration.
    ///
    ///     DurationText.millis("1.5m")  // 90_000
    public static func millis(_ text: String) -> Int64? {
        let units: [(suffix: String, millis: Double)] = [("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)]
        for unit in units where text.hasSuffix(unit.suffix) {
            let number = text.dropLast(unit.suffix.count)
            // "5ms" also ends in "s": only accept when what is left is a plain number.
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  let value = Double(number), value.isFinite
            else { continue }
            let millis = (value * unit.millis).rounded()
            guard millis < 9.2e18 else { return nil }
            return Int64(millis)
        }
        return nil
    }
}
