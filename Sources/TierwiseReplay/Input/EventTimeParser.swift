import TierwiseEngine
import TierwiseJSON
import TierwiseModel

/// Reads an event time: epoch milliseconds (an integer, written as a number
/// or as text) or ISO 8601 (`2026-11-21T14:30:00Z`, fractional seconds and
/// `±HH:MM` offsets allowed). Written without Foundation's date formatters:
/// exact, fast and locale-free.
///
/// Every route in (a JSON number, a JSON string, a CSV field) ends in
/// ``accepted(_:)``, the one check against ``EventTime/accepted``
/// (0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z), so no route lets a
/// time through that the engine cannot compute windows for.
public enum EventTimeParser {
    /// Why a value is not an accepted event time.
    public enum Failure: Error, Sendable, Equatable {
        /// Neither an integer nor an ISO 8601 date-time with a time zone.
        case notATime
        /// A number with a fraction of a millisecond.
        case notWholeMillis
        /// A time, but outside ``EventTime/accepted``.
        case outOfRange
    }

    /// The accepted range in words, for messages.
    public static let acceptedRangeText =
        "0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (\(EventTime.minimumMillis) to \(EventTime.maximumMillis) ms)"

    /// Milliseconds since the epoch, or nil when `text` is neither form or is
    /// outside the accepted range.
    ///
    ///     EventTimeParser.millis(from: "1970-01-01T00:01:00Z")  // 60_000
    public static func millis(from text: String) -> Int64? {
        try? parse(text).get()
    }

    /// The event time `text` names: integer milliseconds or ISO 8601.
    ///
    ///     EventTimeParser.parse("9223372036854775807")  // .failure(.outOfRange)
    public static func parse(_ text: String) -> Result<Int64, Failure> {
        if let integer = Int64(text) { return accepted(integer) }
        // An integer too large for Int64 is still a time, just out of range.
        if isIntegerLiteral(text.utf8) { return .failure(.outOfRange) }
        guard let millis = iso8601(Array(text.utf8)) else { return .failure(.notATime) }
        return accepted(millis)
    }

    /// The event time a JSON number names: whole milliseconds.
    public static func parse(number: Double) -> Result<Int64, Failure> {
        guard number.isFinite else { return .failure(.outOfRange) }
        guard number == number.rounded() else { return .failure(.notWholeMillis) }
        // Both bounds are exact doubles (below 2^53), so the conversion below cannot trap.
        guard number >= Double(EventTime.minimumMillis), number <= Double(EventTime.maximumMillis) else {
            return .failure(.outOfRange)
        }
        return accepted(Int64(number))
    }

    /// The event time in a JSON field (a number or a string), as an event file holds it.
    public static func parse(_ value: JSONValue) -> Result<Int64, Failure> {
        switch value {
        case .number(let number): parse(number: number)
        case .string(let text): parse(text)
        default: .failure(.notATime)
        }
    }

    /// The one range check every event time passes.
    static func accepted(_ millis: Int64) -> Result<Int64, Failure> {
        EventTime.accepted.contains(millis) ? .success(millis) : .failure(.outOfRange)
    }

    /// `[+-]digits`, as Int64(_:) reads, whatever the magnitude.
    private static func isIntegerLiteral(_ text: String.UTF8View) -> Bool {
        var digits = text[...]
        if let first = digits.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// ISO 8601 date-time with a time zone (Z or ±HH:MM / ±HHMM).
    static func iso8601(_ b: [UInt8]) -> Int64? {
        func digits(_ start: Int, _ count: Int) -> Int64? {
            guard start + count <= b.count else { return nil }
            var value: Int64 = 0
            for i in start..<(start + count) {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                value = value * 10 + Int64(b[i] - 48)
            }
            return value
        }
        guard b.count >= 20, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
              b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t") || b[10] == UInt8(ascii: " "),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
              let year = digits(0, 4), let month = digits(5, 2), let day = digits(8, 2),
              let hour = digits(11, 2), let minute = digits(14, 2), let second = digits(17, 2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fractionMillis: Int64 = 0
        if index < b.count, b[index] == UInt8(ascii: ".") {
            index += 1
            var scale: Int64 = 100
            let start = index
            while index < b.count, b[index] >= 48, b[index] <= 57 {
                fractionMillis += Int64(b[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offsetMinutes: Int64 = 0
        guard index < b.count else { return nil }
        switch b[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign: Int64 = b[index] == UInt8(ascii: "-") ? -1 : 1
            guard let hours = digits(index + 1, 2) else { return nil }
            var next = index + 3
            if next < b.count, b[next] == UInt8(ascii: ":") { next += 1 }
            guard let minutes = digits(next, 2), hours < 24, minutes < 60 else { return nil }
            offsetMinutes = sign * (hours * 60 + minutes)
            index = next + 2
        default:
            return nil
        }
        guard index == b.count else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetMinutes * 60
        return seconds * 1_000 + fractionMillis
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
