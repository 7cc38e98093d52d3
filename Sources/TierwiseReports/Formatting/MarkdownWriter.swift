import TierwiseJSON
import TierwiseModel

/// Appends a Markdown report as UTF-8 bytes, the way ``JSONWriter`` writes
/// JSON: fixed text (`StaticString`) copied raw, catalog text through
/// ``MarkdownText`` escaping with a one-copy path for plain text, and money,
/// numbers and durations formatted straight into the bytes by
/// ``DisplayFormat``, never through an intermediate `String`. The bytes are
/// the ones the `String` functions of ``MarkdownText``, ``DisplayFormat`` and
/// ``ReportFormat`` give.
///
/// Space is kept allocated ahead of the write position (as in the JSON
/// writer's buffer), so a write is one capacity check and a copy.
///
///     var out = MarkdownWriter()
///     out.raw("| "); out.inline("a|b"); out.raw(" | "); out.usd(1234.5); out.raw(" |\n")
///     out.text  // "| a\\|b | $1,234.50 |\n"
struct MarkdownWriter {
    /// The bytes, with room kept ahead of the write position.
    private var buffer: ByteBuffer

    init(reservingCapacity capacity: Int = 4096) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// Bytes of content.
    var count: Int { buffer.count }

    /// Gives up the bytes written, leaving the writer empty (no copy).
    mutating func takeBytes() -> [UInt8] {
        buffer.take()
    }

    /// The text written so far.
    var text: String {
        buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The byte at `index` (below ``count``).
    subscript(index: Int) -> UInt8 {
        buffer[index]
    }

    // MARK: - Writing

    /// Writes fixed text as is.
    @inline(__always)
    mutating func raw(_ text: StaticString) {
        if text.hasPointerRepresentation {
            raw(bytes: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        } else {
            text.withUTF8Buffer { raw(bytes: $0) }
        }
    }

    /// Writes text that needs no escaping (names of approaches, tiers and
    /// patterns, sentences the analysis wrote) as is.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { raw(bytes: $0) }
    }

    /// Writes bytes as is.
    @inline(__always)
    mutating func raw(bytes source: UnsafeBufferPointer<UInt8>) {
        buffer.append(source)
    }

    /// Writes one byte.
    @inline(__always)
    mutating func byte(_ byte: UInt8) {
        buffer.append(byte)
    }

    /// Writes catalog text as inline Markdown (``MarkdownText/inline(_:)``).
    mutating func inline(_ text: String) {
        MarkdownText.writeInline(text, to: &self)
    }

    /// Writes ``DisplayFormat/usd(_:)``.
    mutating func usd(_ value: Double) {
        write(upTo: DisplayFormat.maximumLength) { DisplayFormat.writeUSD(value, to: $0) }
    }

    /// Writes ``DisplayFormat/number(_:decimals:)``.
    mutating func number(_ value: Double, decimals: Int = 2) {
        write(upTo: DisplayFormat.maximumLength) { DisplayFormat.writeNumber(value, decimals: decimals, to: $0) }
    }

    /// Writes ``DisplayFormat/duration(minutes:)``.
    mutating func duration(minutes: Double) {
        write(upTo: DisplayFormat.maximumLength) { DisplayFormat.writeDuration(minutes: minutes, to: $0) }
    }

    /// Writes an integer in decimal, without grouping (`12`, `-3`).
    mutating func integer(_ value: Int) {
        write(upTo: 20) { out in
            var digits = 1, rest = value.magnitude
            while rest >= 10 {
                rest /= 10
                digits += 1
            }
            let sign = value < 0 ? 1 : 0
            if value < 0 { out[0] = UInt8(ascii: "-") }
            rest = value.magnitude
            for position in stride(from: sign + digits - 1, through: sign, by: -1) {
                out[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return sign + digits
        }
    }

    /// Writes ``MermaidDiagram``'s label of a data source (``MarkdownText/mermaidLabel(_:)``).
    mutating func mermaidLabel(_ text: String) {
        MarkdownText.writeMermaidLabel(text, to: &self)
    }

    /// Inserts `byte` before the byte at `index` (at most ``count``), moving the rest up.
    mutating func insert(_ byte: UInt8, at index: Int) {
        buffer.insert(byte, at: index)
    }

    /// Lets `body` write up to `maximum` bytes directly after the content,
    /// through one pointer, and keeps as many as it says it wrote.
    @inline(__always)
    mutating func write(upTo maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        buffer.write(upTo: maximum, body)
    }
}
