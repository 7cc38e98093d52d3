import TierwiseEngine
import TierwiseModel

/// Durations as people write them: a non-negative integer or decimal with a
/// unit, `ms`, `s`, `m`, `h` or `d` (`250ms`, `5s`, `1.5m`, `2h`, `1d`), at
/// most ``EventTime/maximumDurationMillis`` (`3650000d`).
public enum DurationText {
    /// Why text is not an accepted duration.
    public enum Failure: Error, Sendable, Equatable {
        /// Not a number with a unit.
        case notADuration
        /// A duration, but longer than ``EventTime/maximumDurationMillis``.
        case tooLong
    }

    /// The maximum duration in words, for messages.
    public static let maximumText = "\(EventTime.maximumDurationDays)d (\(EventTime.maximumDurationMillis) ms, about 10,000 years)"

    /// Milliseconds, or nil when `text` is not a duration or is too long.
    ///
    ///     DurationText.millis("1.5m")  // 90_000
    public static func millis(_ text: String) -> Int64? {
        try? parse(text).get()
    }

    /// Milliseconds, rounded to the nearest, or why `text` is not an accepted duration.
    ///
    ///     DurationText.parse("100000000000d")  // .failure(.tooLong)
    public static func parse(_ text: String) -> Result<Int64, Failure> {
        let units: [(suffix: String, millis: Double)] = [("ms", 1), ("s", 1_000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)]
        for unit in units where text.hasSuffix(unit.suffix) {
            let number = text.dropLast(unit.suffix.count)
            // "5ms" also ends in "s": only accept when what is left is a plain number.
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  let value = Double(number)
            else { continue }
            // Compared as a Double before any conversion: "1e400"-sized text is infinite, not a trap.
            let millis = (value * unit.millis).rounded()
            guard millis <= Double(EventTime.maximumDurationMillis) else { return .failure(.tooLong) }
            return .success(Int64(millis))
        }
        return .failure(.notADuration)
    }
}
