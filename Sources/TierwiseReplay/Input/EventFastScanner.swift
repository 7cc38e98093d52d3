import Foundation
import TierwiseEngine
import TierwiseJSON

/// Reads the common event line straight from its bytes: a JSON object of
/// exactly `id`, `key`, `event_time` and `value`, or an unquoted CSV row.
/// Anything unusual (escapes or non-ASCII text, nested values, other or
/// repeated fields, fractions or more than 15 digits in an id, a value that
/// is not a finite number, a time that is not accepted) gets nil, and the
/// line goes to the generic reader, which decides what it is and why: the
/// scanner changes speed, never results.
///
///     EventFastScanner.jsonLine(#"{"id":7,"key":"a","event_time":0,"value":1.5}"#)
///     // id bytes "7", key bytes "a", time 0, value 1.5
enum EventFastScanner {
    /// An event as the scanner reads it: id and key as ranges of the line's
    /// bytes (printable ASCII, non-empty), the time and the value decoded.
    struct Fields {
        var id: Range<Int>
        var key: Range<Int>
        var timestampMillis: Int64
        var value: Double
    }

    // MARK: - JSON Lines

    /// The four fields of a plain JSON Lines object, or nil for the generic reader.
    static func jsonLine(_ b: UnsafeBufferPointer<UInt8>) -> Fields? {
        if let fields = jsonLineInFieldOrder(b) { return fields }
        return jsonLineInAnyOrder(b)
    }

    /// The most common line, `{"id":…,"key":…,"event_time":…,"value":…}` with
    /// the fields in that order and at most spaces after `:` and `,`, read by
    /// matching the names where they must be instead of scanning for them;
    /// nil for anything else (``jsonLineInAnyOrder(_:)`` then decides), so
    /// every line it reads is one that function reads the same.
    @inline(__always)
    private static func jsonLineInFieldOrder(_ b: UnsafeBufferPointer<UInt8>) -> Fields? {
        let n = b.count
        var i = 0
        @inline(__always) func literal(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard i + count <= n else { return false }
            let pointer = text.utf8Start
            for offset in 0..<count where b[i + offset] != pointer[offset] { return false }
            i += count
            while i < n, b[i] == 0x20 { i += 1 }
            return true
        }
        /// An id or key: a plain non-empty string, or a non-negative integer of at most 15 digits.
        @inline(__always) func text() -> Range<Int>? {
            guard i < n else { return nil }
            if b[i] == UInt8(ascii: "\"") {
                guard let end = plainStringEnd(b, from: i + 1), end > i + 1 else { return nil }
                defer { i = end + 1 }
                return (i + 1)..<end
            }
            guard let end = integerEnd(b, from: i, allowsSign: false) else { return nil }
            defer { i = end }
            return i..<end
        }
        guard literal(#"{"id":"#), let id = text(), literal(","), literal(#""key":"#), let key = text(), literal(","),
              literal(#""event_time":"#), let timeEnd = integerEnd(b, from: i, allowsSign: true)
        else { return nil }
        let time = integer(b, i..<timeEnd)
        guard EventTime.accepted.contains(time) else { return nil }
        i = timeEnd
        guard literal(","), literal(#""value":"#), let (valueEnd, value) = jsonNumber(b, from: i), value.isFinite else { return nil }
        i = valueEnd
        while i < n, b[i] == 0x20 { i += 1 }
        guard i < n, b[i] == UInt8(ascii: "}") else { return nil }
        i += 1
        while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        guard i == n else { return nil }
        return Fields(id: id, key: key, timestampMillis: time, value: value)
    }

    /// The four fields of a plain JSON Lines object in any order, or nil for the generic reader.
    private static func jsonLineInAnyOrder(_ b: UnsafeBufferPointer<UInt8>) -> Fields? {
        let n = b.count
        var i = 0
        @inline(__always) func skipSpace() {
            while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        }
        skipSpace()
        guard i < n, b[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var seen: UInt8 = 0
        var id = 0..<0, key = 0..<0
        var time: Int64 = 0, value = 0.0
        while true {
            skipSpace()
            guard i < n, b[i] == UInt8(ascii: "\"") else { return nil }
            let nameStart = i + 1
            guard let nameEnd = plainStringEnd(b, from: nameStart) else { return nil }
            let field: UInt8
            switch nameEnd - nameStart {
            case 2 where b[nameStart] == UInt8(ascii: "i") && b[nameStart + 1] == UInt8(ascii: "d"): field = 0
            case 3 where b[nameStart] == UInt8(ascii: "k") && b[nameStart + 1] == UInt8(ascii: "e") && b[nameStart + 2] == UInt8(ascii: "y"): field = 1
            case 10 where matches(b, nameStart, "event_time"): field = 2
            case 5 where matches(b, nameStart, "value"): field = 3
            default: return nil
            }
            guard seen & (1 << field) == 0 else { return nil }
            seen |= 1 << field
            i = nameEnd + 1
            skipSpace()
            guard i < n, b[i] == UInt8(ascii: ":") else { return nil }
            i += 1
            skipSpace()
            guard i < n else { return nil }
            switch field {
            case 0, 1:
                let text: Range<Int>
                if b[i] == UInt8(ascii: "\"") {
                    guard let end = plainStringEnd(b, from: i + 1), end > i + 1 else { return nil }
                    text = (i + 1)..<end
                    i = end + 1
                } else {
                    // A non-negative integer of at most 15 digits: its digits are the text the generic reader makes.
                    guard let end = integerEnd(b, from: i, allowsSign: false) else { return nil }
                    text = i..<end
                    i = end
                }
                if field == 0 { id = text } else { key = text }
            case 2:
                if b[i] == UInt8(ascii: "\"") {
                    guard let end = plainStringEnd(b, from: i + 1), end - i - 1 <= 64 else { return nil }
                    let text = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<end]), as: UTF8.self)
                    guard case .success(let millis) = EventTimeParser.parse(text) else { return nil }
                    time = millis
                    i = end + 1
                } else {
                    guard let end = integerEnd(b, from: i, allowsSign: true) else { return nil }
                    let millis = integer(b, i..<end)
                    guard EventTime.accepted.contains(millis) else { return nil }
                    time = millis
                    i = end
                }
            default:
                guard let (end, number) = jsonNumber(b, from: i), number.isFinite else { return nil }
                value = number
                i = end
            }
            skipSpace()
            guard i < n else { return nil }
            if b[i] == UInt8(ascii: ",") { i += 1; continue }
            guard b[i] == UInt8(ascii: "}") else { return nil }
            i += 1
            break
        }
        skipSpace()
        guard i == n, seen == 0b1111 else { return nil }
        return Fields(id: id, key: key, timestampMillis: time, value: value)
    }

    /// The index of the quote closing a string of printable ASCII without
    /// escapes that starts at `start`; nil for any other string.
    @inline(__always)
    private static func plainStringEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        while i < b.count {
            let byte = b[i]
            if byte == UInt8(ascii: "\"") { return i }
            guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { return nil }
            i += 1
        }
        return nil
    }

    @inline(__always)
    private static func matches(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard start + count <= b.count else { return false }
        let pointer = text.utf8Start
        for offset in 0..<count where b[start + offset] != pointer[offset] { return false }
        return true
    }

    /// The end of a JSON integer (optionally `-`, no leading zero, 1 to 15
    /// digits) at `start` that no fraction or exponent follows; nil otherwise.
    @inline(__always)
    private static func integerEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int, allowsSign: Bool) -> Int? {
        var i = start
        if allowsSign, i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
        let digitsStart = i
        while i < b.count, b[i] &- 48 < 10 { i += 1 }
        let digits = i - digitsStart
        guard digits >= 1, digits <= 15, digits == 1 || b[digitsStart] != UInt8(ascii: "0") else { return nil }
        if i < b.count, b[i] == UInt8(ascii: ".") || b[i] | 0x20 == UInt8(ascii: "e") { return nil }
        return i
    }

    /// The value of an integer ``integerEnd(_:from:allowsSign:)`` accepted.
    @inline(__always)
    private static func integer(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int64 {
        var i = range.lowerBound
        let isNegative = b[i] == UInt8(ascii: "-")
        if isNegative { i += 1 }
        var value: Int64 = 0
        while i < range.upperBound { value = value &* 10 &+ Int64(b[i] &- 48); i += 1 }
        return isNegative ? -value : value
    }

    /// A JSON number at `start` and where it ends, read as the generic JSON parser reads it.
    @inline(__always)
    private static func jsonNumber(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Double)? {
        let n = b.count
        var i = start
        if i < n, b[i] == UInt8(ascii: "-") { i += 1 }
        let digitsStart = i
        guard i < n, b[i] &- 48 < 10 else { return nil }
        if b[i] == UInt8(ascii: "0") {
            i += 1
            if i < n, b[i] &- 48 < 10 { return nil }
        } else {
            while i < n, b[i] &- 48 < 10 { i += 1 }
        }
        var isPlainInteger = true
        let integerEnd = i
        if i < n, b[i] == UInt8(ascii: ".") {
            isPlainInteger = false
            i += 1
            guard i < n, b[i] &- 48 < 10 else { return nil }
            while i < n, b[i] &- 48 < 10 { i += 1 }
        }
        let fractionEnd = i
        if i < n, b[i] | 0x20 == UInt8(ascii: "e") {
            isPlainInteger = false
            i += 1
            if i < n, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
            guard i < n, b[i] &- 48 < 10 else { return nil }
            while i < n, b[i] &- 48 < 10 { i += 1 }
        }
        if isPlainInteger, i - digitsStart <= 15 {
            var value: Int64 = 0
            for position in digitsStart..<i { value = value &* 10 &+ Int64(b[position] &- 48) }
            return (i, digitsStart > start ? -Double(value) : Double(value))
        }
        // At most 15 digits and no exponent: mantissa and power of ten are both exact doubles, so one
        // division is correctly rounded, the very double strtod gives (Clinger's fast path).
        if !isPlainInteger, fractionEnd == i, fractionEnd - digitsStart - 1 <= 15 {
            var mantissa: Int64 = 0
            for position in digitsStart..<integerEnd { mantissa = mantissa &* 10 &+ Int64(b[position] &- 48) }
            for position in (integerEnd + 1)..<fractionEnd { mantissa = mantissa &* 10 &+ Int64(b[position] &- 48) }
            let value = Double(mantissa) / powersOfTen[fractionEnd - integerEnd - 1]
            return (i, digitsStart > start ? -value : value)
        }
        guard i - start <= 64 else { return nil }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        guard let number = Double(text) else { return nil }
        return (i, number)
    }

    /// 10^0 … 10^15, each exact in a double.
    private static let powersOfTen: [Double] = (0...15).map { (0..<$0).reduce(1.0) { value, _ in value * 10 } }

    // MARK: - CSV

    /// Where a CSV file's header puts the four fields, and how many it names.
    struct CSVColumns: Sendable, Equatable {
        var id: Int
        var key: Int
        var time: Int
        var value: Int
        var fieldCount: Int
    }

    /// The fields of an unquoted CSV row of printable ASCII (commas only as
    /// separators), at `columns` of a row of at least `columns.fieldCount`
    /// fields; nil for the generic reader.
    static func csvLine(_ b: UnsafeBufferPointer<UInt8>, columns: CSVColumns) -> Fields? {
        // Printable ASCII and tabs, no quotes: one branch-free pass the compiler can vectorize.
        var unusual: UInt8 = 0
        for byte in b {
            unusual |= (byte == UInt8(ascii: "\"") ? 1 : 0) | (byte >= 0x7F ? 1 : 0) | (byte < 0x20 && byte != 0x09 ? 1 : 0)
        }
        guard unusual == 0 else { return nil }
        // The four fields' bounds, found in one pass; more fields than the header names are ignored as before.
        var r0 = 0..<0, r1 = 0..<0, r2 = 0..<0, r3 = 0..<0
        var field = 0, start = 0
        @inline(__always) func close(_ end: Int) {
            let range = start..<end
            if field == columns.id { r0 = range }
            if field == columns.key { r1 = range }
            if field == columns.time { r2 = range }
            if field == columns.value { r3 = range }
            field += 1
        }
        // Fields are short: a plain loop beats a memchr call per comma.
        for i in 0..<b.count where b[i] == UInt8(ascii: ",") {
            close(i)
            start = i + 1
        }
        close(b.count)
        guard field >= columns.fieldCount else { return nil }
        func trimmed(_ range: Range<Int>) -> Range<Int> {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, b[lower] == 0x20 || b[lower] == 0x09 { lower += 1 }
            while upper > lower, b[upper - 1] == 0x20 || b[upper - 1] == 0x09 { upper -= 1 }
            return lower..<upper
        }
        let id = trimmed(r0), key = trimmed(r1), timeText = trimmed(r2), valueText = trimmed(r3)
        guard !id.isEmpty, !key.isEmpty, !timeText.isEmpty, !valueText.isEmpty else { return nil }
        for i in id where b[i] == 0x09 { return nil }
        for i in key where b[i] == 0x09 { return nil }
        let time: Int64
        if let end = integerEnd(b, from: timeText.lowerBound, allowsSign: true), end == timeText.upperBound {
            time = integer(b, timeText)
            guard EventTime.accepted.contains(time) else { return nil }
        } else {
            guard timeText.count <= 64 else { return nil }
            guard case .success(let millis) = EventTimeParser.parse(String(decoding: UnsafeBufferPointer(rebasing: b[timeText]), as: UTF8.self))
            else { return nil }
            time = millis
        }
        // A JSON number is a decimal number, read as DecimalText reads it (Double(text), exact integers to 15 digits).
        let number: Double
        if let (end, parsed) = jsonNumber(b, from: valueText.lowerBound), end == valueText.upperBound {
            number = parsed
        } else {
            guard valueText.count <= 64,
                  case .success(let parsed) = DecimalText.parse(String(decoding: UnsafeBufferPointer(rebasing: b[valueText]), as: UTF8.self))
            else { return nil }
            number = parsed
        }
        guard number.isFinite else { return nil }
        return Fields(id: id, key: key, timestampMillis: time, value: number)
    }
}
