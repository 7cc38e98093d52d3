/// A streaming JSON writer that appends UTF-8 bytes to a buffer.
///
/// Reports for 100,000 use cases are written directly, without building a
/// tree first. Output is pretty-printed with two-space indentation, members in
/// the order they are written, numbers through ``JSONNumberFormat`` and
/// non-finite numbers as `null`, so the same values always give the same bytes.
///
///     var writer = JSONWriter()
///     writer.beginObject()
///     writer.key("total_monthly"); writer.number(4500)
///     writer.endObject()
///     writer.text  // "{\n  \"total_monthly\": 4500\n}"
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []
    private var afterKey = false
    private let isPretty: Bool

    /// Creates a writer; `pretty: false` writes everything on one line (JSON Lines).
    public init(pretty: Bool = true, reservingCapacity capacity: Int = 4096) {
        self.isPretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// The document written so far as a string.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: - Containers

    /// Opens an object.
    public mutating func beginObject() { beginContainer(UInt8(ascii: "{")) }
    /// Closes the innermost object.
    public mutating func endObject() { endContainer(UInt8(ascii: "}")) }
    /// Opens an array.
    public mutating func beginArray() { beginContainer(UInt8(ascii: "[")) }
    /// Closes the innermost array.
    public mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// Writes a member name; the next value written is its value.
    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        if isPretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: - Scalars

    /// Writes a string value, escaped per RFC 8259.
    public mutating func string(_ value: String) {
        separate()
        appendQuoted(value)
    }

    /// Writes a number, or `null` when it is NaN or infinite.
    public mutating func number(_ value: Double) {
        separate()
        if let text = JSONNumberFormat.string(value) {
            bytes.append(contentsOf: text.utf8)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    /// Writes an integer.
    public mutating func integer(_ value: Int) {
        separate()
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes a string, or `null` when it is `nil`.
    public mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Writes a number, or `null` when it is `nil` or not finite.
    public mutating func optionalNumber(_ value: Double?) {
        if let value { number(value) } else { null() }
    }

    // MARK: - Members (key and value in one call)

    /// Writes `"name": "value"`.
    public mutating func member(_ name: String, _ value: String) { key(name); string(value) }
    /// Writes `"name": number` (`null` when not finite).
    public mutating func member(_ name: String, _ value: Double) { key(name); number(value) }
    /// Writes `"name": integer`.
    public mutating func member(_ name: String, _ value: Int) { key(name); integer(value) }
    /// Writes `"name": true|false`.
    public mutating func member(_ name: String, _ value: Bool) { key(name); bool(value) }

    // MARK: - Internals

    private mutating func beginContainer(_ opening: UInt8) {
        separate()
        bytes.append(opening)
        needsComma.append(false)
    }

    private mutating func endContainer(_ closing: UInt8) {
        let hadMembers = needsComma.removeLast()
        if hadMembers { newline() }
        bytes.append(closing)
        if needsComma.isEmpty && isPretty { bytes.append(0x0A) }
    }

    /// Comma and newline before a value or key, except right after a key.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { bytes.append(UInt8(ascii: ",")) }
        needsComma[needsComma.count - 1] = true
        newline()
    }

    private mutating func newline() {
        guard isPretty else { return }
        bytes.append(0x0A)
        for _ in 0..<needsComma.count { bytes.append(0x20); bytes.append(0x20) }
    }

    private mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(0x5C); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(0x5C); bytes.append(byte)
            case 0x0A: bytes.append(0x5C); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(0x5C); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(0x5C); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
