/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Written for tierwise's inputs rather than taken from Foundation so that
/// every failure has a line and column, nesting depth is bounded (deep input
/// is an error, never a stack overflow), numbers stay `Double` without
/// `NSNumber` bridging, and member order is kept.
///
///     let value = try JSONParser.parse(Array("[1, 2]".utf8))
public struct JSONParser {
    /// How deep arrays and objects may nest before the document is refused.
    public static let defaultMaximumDepth = 64

    /// The input, borrowed for the duration of one parse (no reference
    /// counting on the hot path, which matters when threads parse parts of
    /// one buffer at once).
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index: Int = 0
    /// One past the last byte this parser may read.
    private let end: Int
    private let maximumDepth: Int

    private init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, maximumDepth: Int) {
        self.bytes = bytes
        self.index = range.lowerBound
        self.end = range.upperBound
        self.maximumDepth = maximumDepth
    }

    /// Parses the one JSON value in `range` of `bytes`, as if it were nested
    /// `startingDepth` levels deep; error positions count from the start of
    /// `bytes`, so a part of a file is reported where it is in the file.
    public static func parse(
        _ bytes: [UInt8], range: Range<Int>, startingDepth: Int, maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONSyntaxError) -> JSONValue in
                var parser = JSONParser(bytes: buffer, range: range, maximumDepth: maximumDepth)
                parser.skipWhitespace()
                let value = try parser.parseValue(depth: startingDepth)
                parser.skipWhitespace()
                if parser.index < parser.end {
                    throw parser.error("unexpected \(parser.describeCurrent()) after the end of the value")
                }
                return value
            }
        }
        return try result.get()
    }

    /// Parses one complete JSON document; anything but whitespace after it is an error.
    public static func parse(
        _ bytes: [UInt8], maximumDepth: Int = defaultMaximumDepth
    ) throws(JSONSyntaxError) -> JSONValue {
        // A UTF-8 byte order mark is tolerated, as editors on some systems write one.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONSyntaxError) -> JSONValue in
                var parser = JSONParser(bytes: buffer, range: start..<buffer.count, maximumDepth: maximumDepth)
                parser.skipWhitespace()
                let value = try parser.parseValue(depth: 0)
                parser.skipWhitespace()
                if parser.index < parser.end {
                    throw parser.error("unexpected \(parser.describeCurrent()) after the end of the document")
                }
                return value
            }
        }
        return try result.get()
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard index < end else { throw error("expected a value, found end of input") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("expected a value, found \(describeCurrent())")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1  // {
        var members: [JSONMember] = []
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else {
                throw error("expected a quoted member name, found \(describeCurrent())")
            }
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else {
                throw error("expected ':' after member name \(VisibleText.quoted(key)), found \(describeCurrent())")
            }
            index += 1
            skipWhitespace()
            let value = try parseValue(depth: depth)
            members.append(JSONMember(key: key, value: value))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "}")) { index += 1; return .object(members) }
            throw error("expected ',' or '}' after an object member, found \(describeCurrent())")
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { index += 1; return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { index += 1; continue }
            if peek(UInt8(ascii: "]")) { index += 1; return .array(elements) }
            throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
        }
    }

    private func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
        if depth > maximumDepth {
            throw error("nesting deeper than \(maximumDepth) levels")
        }
    }

    // MARK: - Scalars

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let openingQuote = index
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try decodeUTF8(bytes[start..<index], at: start)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("unescaped control character in a string") }
            index += 1
        }
        // Slow path: unescape into a buffer.
        var buffer = Array(bytes[start..<index])
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                guard let text = String(validating: buffer, as: UTF8.self) else {
                    throw JSONParser.error("invalid UTF-8 in a string", at: start, in: bytes)
                }
                index += 1
                return text
            case UInt8(ascii: "\\"):
                index += 1
                guard index < end else { break }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""): buffer.append(0x22)
                case UInt8(ascii: "\\"): buffer.append(0x5C)
                case UInt8(ascii: "/"): buffer.append(0x2F)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try parseUnicodeEscape()
                    buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    index -= 1
                    throw error("invalid escape '\\\(VisibleText.escaped(String(Character(UnicodeScalar(escape)))))' in a string")
                }
            default:
                if byte < 0x20 { throw error("unescaped control character in a string") }
                buffer.append(byte)
                index += 1
            }
        }
        index = openingQuote
        throw error("unterminated string (end of input before the closing quote)")
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> UnicodeScalar {
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw error("unpaired UTF-16 surrogate in a \\u escape")
            }
            index += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw error("unpaired UTF-16 surrogate in a \\u escape") }
            let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            return UnicodeScalar(combined)!
        }
        guard let scalar = UnicodeScalar(high) else { throw error("unpaired UTF-16 surrogate in a \\u escape") }
        return scalar
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= end else { throw error("truncated \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in a \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func decodeUTF8(_ slice: Slice<UnsafeBufferPointer<UInt8>>, at offset: Int) throws(JSONSyntaxError) -> String {
        // ASCII (the usual case) is valid UTF-8 by construction and takes the
        // fast decoding path; `String(validating:)` is unspecialized in the
        // standard library and costs about a thousand instructions a string.
        let buffer = UnsafeBufferPointer(rebasing: slice)
        var high: UInt8 = 0
        for byte in buffer { high |= byte }
        let decoded = high < 0x80 ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
        guard let text = decoded else {
            throw JSONParser.error("invalid UTF-8 in a string", at: offset, in: bytes)
        }
        return text
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard index < end, isDigit(bytes[index]) else { throw error("expected a digit in a number") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < end, isDigit(bytes[index]) { throw error("leading zero in a number") }
        } else {
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        if peek(UInt8(ascii: ".")) {
            index += 1
            guard index < end, isDigit(bytes[index]) else { throw error("expected a digit after the decimal point") }
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < end, isDigit(bytes[index]) else { throw error("expected a digit in an exponent") }
            while index < end, isDigit(bytes[index]) { index += 1 }
        }
        // Fast path: a plain integer of up to 15 digits is exact in a Double.
        let isNegative = bytes[start] == UInt8(ascii: "-")
        let digitsStart = isNegative ? start + 1 : start
        if index - digitsStart <= 15 {
            var value: Int64 = 0
            var isPlainInteger = true
            for position in digitsStart..<index {
                let byte = bytes[position]
                guard isDigit(byte) else { isPlainInteger = false; break }
                value = value &* 10 &+ Int64(byte &- UInt8(ascii: "0"))
            }
            if isPlainInteger { return isNegative ? -Double(value) : Double(value) }
        }
        // Out-of-range literals such as 1e999 become ±infinity here; the
        // catalog decoder rejects non-finite numbers with their JSON path.
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        return Double(text) ?? .nan
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let expected = literal.utf8Start
        for offset in 0..<literal.utf8CodeUnitCount {
            guard index + offset < end, bytes[index + offset] == expected[offset] else {
                throw error("expected a value, found \(describeCurrent())")
            }
        }
        index += literal.utf8CodeUnitCount
    }

    // MARK: - Helpers

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func peek(_ byte: UInt8) -> Bool { index < end && bytes[index] == byte }

    private mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func describeCurrent() -> String {
        guard index < end else { return "end of input" }
        let byte = bytes[index]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(UnicodeScalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }

    private func error(_ message: String) -> JSONSyntaxError {
        JSONParser.error(message, at: index, in: bytes)
    }

    private static func error(_ message: String, at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> JSONSyntaxError {
        var line = 1
        var lineStart = 0
        let end = min(offset, bytes.count)
        var position = 0
        while position < end {
            if bytes[position] == 0x0A { line += 1; lineStart = position + 1 }
            position += 1
        }
        return JSONSyntaxError(message: message, line: line, column: end - lineStart + 1)
    }
}
