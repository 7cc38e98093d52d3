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
///     writer.text  // "{\n  \"total_monthly\": 4500\n}\n"
public struct JSONWriter: Sendable {
    private var buffer: ByteBuffer

    /// The bytes written so far.
    public var bytes: [UInt8] { buffer.bytes }
    /// How many bytes are written and not yet taken.
    public var byteCount: Int { buffer.count }
    /// How many containers are open.
    private var depth = 0
    /// Bit `d` is set when the container at depth `d + 1` already has an element.
    private var hasElements: UInt64 = 0
    private var afterKey = false
    private let isPretty: Bool
    /// Containers nested deeper than this are written on one line.
    private let lineBreakDepth: Int

    /// Creates a writer. `pretty: false` writes everything on one line (JSON
    /// Lines). When pretty, containers nested deeper than `lineBreakDepth`
    /// are written inline (`{"a": 1, "b": 2}`), which keeps leaf objects such
    /// as one row of a table on one readable line.
    public init(pretty: Bool = true, lineBreakDepth: Int = .max, reservingCapacity capacity: Int = 4096) {
        self.isPretty = pretty
        self.lineBreakDepth = lineBreakDepth
        buffer = ByteBuffer(capacity: capacity)
    }

    /// A writer for a fragment of a larger document (see ``takeBytes()`` and
    /// ``noteFragmentsWritten()``): it starts inside `depth` open containers,
    /// as if elements came before it when `followsElement` is true.
    public init(
        pretty: Bool = true, lineBreakDepth: Int = .max, fragmentAtDepth depth: Int, followsElement: Bool,
        reservingCapacity capacity: Int = 4096
    ) {
        self.init(pretty: pretty, lineBreakDepth: lineBreakDepth, reservingCapacity: capacity)
        precondition(depth <= 64, "JSONWriter nests at most 64 containers")
        self.depth = depth
        hasElements = depth == 0 ? 0 : (depth == 64 ? ~0 : (1 << UInt64(depth)) - 1)
        if depth > 0 && !followsElement { hasElements &= ~(1 << UInt64(depth - 1)) }
    }

    /// Hands over the bytes written so far and empties the buffer, keeping the
    /// writer's position in the document, so a large document can be written
    /// out in pieces.
    public mutating func takeBytes() -> [UInt8] {
        buffer.take()
    }

    /// Records that fragments were written out separately (after
    /// ``takeBytes()``) into the innermost open container, so the next element
    /// gets its comma.
    public mutating func noteFragmentsWritten() {
        if depth > 0 { hasElements |= 1 << UInt64(depth - 1) }
    }

    /// The document written so far as a string.
    public var text: String { String(decoding: buffer.bytes, as: UTF8.self) }

    // MARK: - Containers

    /// Opens an object; `inline: true` writes it and everything in it on one line.
    public mutating func beginObject(inline: Bool = false) { beginContainer(UInt8(ascii: "{"), inline: inline) }
    /// Closes the innermost object.
    public mutating func endObject() { endContainer(UInt8(ascii: "}")) }
    /// Opens an array; `inline: true` writes it and everything in it on one line.
    public mutating func beginArray(inline: Bool = false) { beginContainer(UInt8(ascii: "["), inline: inline) }
    /// Closes the innermost array.
    public mutating func endArray() { endContainer(UInt8(ascii: "]")) }

    /// Writes a member name known at compile time; the next value written is
    /// its value. The name is copied as is: it must need no escaping.
    public mutating func key(_ name: StaticString) {
        separate()
        let length = name.utf8CodeUnitCount
        let source = name.utf8Start
        let isPretty = isPretty
        buffer.write(upTo: length + 4) { out in
            out[0] = UInt8(ascii: "\"")
            (out + 1).update(from: source, count: length)
            out[length + 1] = UInt8(ascii: "\"")
            out[length + 2] = UInt8(ascii: ":")
            guard isPretty else { return length + 3 }
            out[length + 3] = UInt8(ascii: " ")
            return length + 4
        }
        afterKey = true
    }

    /// Writes a member name computed at run time (escaped as needed).
    public mutating func key(dynamic name: String) {
        separate()
        appendQuoted(name)
        buffer.append(UInt8(ascii: ":"))
        if isPretty { buffer.append(UInt8(ascii: " ")) }
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
        guard value.isFinite else {
            buffer.append("null")
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            appendDigits(Int64(value))
        } else {
            buffer.append(value.description)
        }
    }

    /// Writes an amount of money rounded to cents (`1234.5` → `1234.5`,
    /// `7029.2088` → `7029.21`), or `null` when it is not finite. Amounts of
    /// 1e13 or more are written in full precision.
    public mutating func money(_ value: Double) {
        separate()
        guard value.isFinite else {
            buffer.append("null")
            return
        }
        let cents = (value * 100).rounded()
        guard abs(cents) < 1e15 else {
            buffer.append(JSONNumberFormat.string(value) ?? "null")
            return
        }
        let whole = Int64(cents) / 100
        var fraction = abs(Int64(cents) % 100)
        // -0.05 has a zero whole part, so its sign is written here.
        if cents < 0 && whole == 0 { buffer.append(UInt8(ascii: "-")) }
        appendDigits(whole)
        guard fraction != 0 else { return }
        buffer.append(UInt8(ascii: "."))
        buffer.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        fraction %= 10
        if fraction != 0 { buffer.append(UInt8(ascii: "0") + UInt8(fraction)) }
    }

    /// Writes an integer.
    public mutating func integer(_ value: Int) {
        separate()
        appendDigits(Int64(value))
    }

    private mutating func appendDigits(_ value: Int64) {
        buffer.write(upTo: 20) { out in
            if value == 0 { out[0] = UInt8(ascii: "0"); return 1 }
            var length = 0
            if value < 0 { out[0] = UInt8(ascii: "-"); length = 1 }
            let first = length
            var magnitude = value.magnitude
            while magnitude > 0 {
                out[length] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                length += 1
            }
            var low = first, high = length - 1
            while low < high {
                let byte = out[low]; out[low] = out[high]; out[high] = byte
                low += 1; high -= 1
            }
            return length
        }
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        separate()
        buffer.append(value ? "true" : "false")
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        buffer.append("null")
    }

    /// Writes money (cents), or `null` when it is `nil`.
    public mutating func optionalMoney(_ value: Double?) {
        if let value { money(value) } else { null() }
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
    public mutating func member(_ name: StaticString, _ value: String) { key(name); string(value) }
    /// Writes `"name": number` (`null` when not finite).
    public mutating func member(_ name: StaticString, _ value: Double) { key(name); number(value) }
    /// Writes `"name": amount` rounded to cents.
    public mutating func member(_ name: StaticString, usd value: Double) { key(name); money(value) }
    /// Writes `"name": integer`.
    public mutating func member(_ name: StaticString, _ value: Int) { key(name); integer(value) }
    /// Writes `"name": true|false`.
    public mutating func member(_ name: StaticString, _ value: Bool) { key(name); bool(value) }

    // MARK: - Internals

    /// Containers at this depth or deeper are inline (set by `inline: true`).
    private var inlineStart = Int.max

    /// True when the innermost open container is written on one line.
    private var isInlineHere: Bool { depth > min(lineBreakDepth, inlineStart - 1) }

    private mutating func beginContainer(_ opening: UInt8, inline: Bool) {
        separate()
        buffer.append(opening)
        precondition(depth < 64, "JSONWriter nests at most 64 containers")
        depth += 1
        hasElements &= ~(1 << UInt64(depth - 1))
        if inline && depth < inlineStart { inlineStart = depth }
    }

    private mutating func endContainer(_ closing: UInt8) {
        let isInline = isInlineHere
        if depth == inlineStart { inlineStart = .max }
        let hadMembers = hasElements & (1 << UInt64(depth - 1)) != 0
        depth -= 1
        if hadMembers && !isInline { newline() }
        buffer.append(closing)
        if depth == 0 && isPretty { buffer.append(0x0A) }
    }

    /// Comma and newline before a value or key, except right after a key.
    private mutating func separate() {
        if afterKey { afterKey = false; return }
        guard depth > 0 else { return }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        let hadElements = hasElements & bit != 0
        hasElements |= bit
        let isInline = isInlineHere
        let isPretty = isPretty
        let indentation = isPretty && !isInline ? 2 * depth : 0
        buffer.write(upTo: indentation + 2) { out in
            var length = 0
            if hadElements { out[0] = UInt8(ascii: ","); length = 1 }
            if isInline {
                if hadElements && isPretty { out[length] = 0x20; length += 1 }
            } else if isPretty {
                out[length] = 0x0A
                (out + length + 1).initialize(repeating: 0x20, count: indentation)
                length += 1 + indentation
            }
            return length
        }
    }

    private mutating func newline() {
        guard isPretty else { return }
        buffer.append(0x0A)
        buffer.append(repeating: 0x20, count: 2 * depth)
    }

    private mutating func appendQuoted(_ text: String) {
        var text = text
        // Fast path: most strings need no escaping and are copied in one go.
        let copied: Bool = text.withUTF8 { source in
            // Branch-free scan so the compiler can vectorize it.
            var needsEscape: UInt8 = 0
            for byte in source {
                needsEscape |= (byte < 0x20 ? 1 : 0) | (byte == 0x22 ? 1 : 0) | (byte == 0x5C ? 1 : 0)
            }
            guard needsEscape == 0 else { return false }
            let length = source.count
            buffer.write(upTo: length + 2) { out in
                out[0] = UInt8(ascii: "\"")
                if length > 0 { (out + 1).update(from: source.baseAddress!, count: length) }
                out[length + 1] = UInt8(ascii: "\"")
                return length + 2
            }
            return true
        }
        if !copied {
            buffer.append(UInt8(ascii: "\""))
            appendEscaped(text)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    private mutating func appendEscaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer.append(0x5C); buffer.append(byte)
            case UInt8(ascii: "\\"): buffer.append(0x5C); buffer.append(byte)
            case 0x0A: buffer.append(0x5C); buffer.append(UInt8(ascii: "n"))
            case 0x0D: buffer.append(0x5C); buffer.append(UInt8(ascii: "r"))
            case 0x09: buffer.append(0x5C); buffer.append(UInt8(ascii: "t"))
            case 0..<0x20:
                buffer.append("\\u00")
                buffer.append(Self.hexDigits[Int(byte >> 4)])
                buffer.append(Self.hexDigits[Int(byte & 0xF)])
            default: buffer.append(byte)
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}

extension JSONWriter {
    /// Writes a parsed value back (containers inline), e.g. to echo a what-if override.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag): bool(flag)
        case .number(let number): self.number(number)
        case .string(let text): string(text)
        case .array(let elements):
            beginArray(inline: true)
            for element in elements { self.value(element) }
            endArray()
        case .object(let members):
            beginObject(inline: true)
            for member in members {
                key(dynamic: member.key)
                self.value(member.value)
            }
            endObject()
        }
    }
}
