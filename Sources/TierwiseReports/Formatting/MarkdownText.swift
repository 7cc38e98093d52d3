import TierwiseJSON

/// Escaping of catalog text for Markdown, so a use case's name or description
/// can never break a table, start a heading or inject HTML.
public enum MarkdownText {
    /// `text` as inline Markdown: one line, table pipes and emphasis markers
    /// escaped, HTML special characters as entities, control and bidi
    /// characters written as visible escapes (`\u001b`, `\u202e`), and
    /// nothing at its start that Markdown would read as a block (a list item
    /// `- `, `+ `, `1. `, a rule `---`, a setext underline `===`, an indented
    /// code block), because reports put such text at the start of a line.
    ///
    ///     MarkdownText.inline("a|b\n<c>")  // "a\\|b &lt;c&gt;"
    ///     MarkdownText.inline("1. first") // "1\\. first"
    public static func inline(_ text: String) -> String {
        if isPlainInline(text) { return text }
        var out = MarkdownWriter(reservingCapacity: text.utf8.count + 8)
        writeInline(text, to: &out)
        return out.text
    }

    /// Writes ``inline(_:)``'s text of `text`: plain text (most catalog
    /// text) in one copy, anything else escaped byte by byte.
    static func writeInline(_ text: String, to out: inout MarkdownWriter) {
        var text = text
        text.withUTF8 { bytes in
            if isPlainInline(bytes) {
                out.raw(bytes: bytes)
            } else {
                writeEscaped(bytes, to: &out)
            }
        }
    }

    /// The escaping of ``inline(_:)`` of the UTF-8 `bytes` (valid, as a
    /// string's are), written after what `out` holds.
    private static func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout MarkdownWriter) {
        rewrittenBytes.withUnsafeBufferPointer { rewritten in
            writeEscaped(bytes, rewritten: rewritten, to: &out)
        }
    }

    private static func writeEscaped(
        _ bytes: UnsafeBufferPointer<UInt8>, rewritten: UnsafeBufferPointer<UInt8>, to out: inout MarkdownWriter
    ) {
        let start = out.count
        var lastWasSpace = false
        var atStart = true
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if atStart && (byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) {
                index += 1
                continue
            }
            atStart = false
            if rewritten[Int(byte)] == 0 {
                // A run of printable ASCII that stays as it is, copied at once.
                var end = index + 1
                while end < bytes.count, rewritten[Int(bytes[end])] == 0 { end += 1 }
                out.raw(bytes: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                lastWasSpace = bytes[end - 1] == 0x20
                index = end
                continue
            }
            if byte >= 0x80 {
                // Multi-byte: C1 controls and bidi formatting characters become visible escapes.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(index + length, bytes.count)
                let sequence = UnsafeBufferPointer(rebasing: bytes[index..<end])
                if sequence.count == length, let scalar = scalar(decoding: sequence), VisibleText.isInvisibleControl(scalar) {
                    writeVisible(scalar, to: &out)
                } else {
                    out.raw(bytes: sequence)
                }
                index = end
                lastWasSpace = false
                continue
            }
            index += 1
            switch byte {
            case 0x0A, 0x0D, 0x09:
                // Line breaks and tabs become one space, so a table row stays one row.
                if !lastWasSpace { out.byte(0x20) }
                lastWasSpace = true
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"), UInt8(ascii: "~"):
                out.byte(UInt8(ascii: "\\"))
                out.byte(byte)
            case UInt8(ascii: "<"): out.raw("&lt;")
            case UInt8(ascii: ">"): out.raw("&gt;")
            case UInt8(ascii: "&"): out.raw("&amp;")
            case 0x00..<0x20, 0x7F: writeVisible(Unicode.Scalar(byte), to: &out)
            default: out.byte(byte)
            }
            lastWasSpace = byte == 0x20
        }
        escapeBlockMarker(&out, from: start)
    }

    /// The scalar a complete UTF-8 sequence of two to four bytes encodes (nil for one byte).
    private static func scalar(decoding sequence: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        let continuation = { (offset: Int) in UInt32(sequence[offset] & 0x3F) }
        switch sequence.count {
        case 2: return Unicode.Scalar(UInt32(sequence[0] & 0x1F) << 6 | continuation(1))
        case 3: return Unicode.Scalar(UInt32(sequence[0] & 0x0F) << 12 | continuation(1) << 6 | continuation(2))
        case 4:
            return Unicode.Scalar(UInt32(sequence[0] & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3))
        default: return nil
        }
    }

    /// True when `text` needs no escaping at all: printable ASCII with none of
    /// the characters Markdown or HTML give a meaning, and nothing at its
    /// start that could open a block. Most catalog text is; it is returned as is.
    private static func isPlainInline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isPlainInline($0) }
    }

    /// 1 for each byte ``inline(_:)`` may rewrite: controls, DEL, non-ASCII,
    /// and `\ | * _ ` [ ] # ~ < > &`.
    private static let rewrittenBytes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        if byte < 0x20 || byte >= 0x7F { return 1 }
        return "\\|*_`[]#~<>&".utf8.contains(UInt8(byte)) ? 1 : 0
    }

    private static func isPlainInline(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        if first == 0x20 || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")
            || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) {
            return false
        }
        return rewrittenBytes.withUnsafeBufferPointer { table in
            // One table look-up per byte, no branch.
            var rewritten: UInt8 = 0
            for byte in bytes { rewritten |= table[Int(byte)] }
            return rewritten == 0
        }
    }

    /// A control character as `\u001b` in the rendered text (the backslash
    /// itself escaped for Markdown).
    private static func writeVisible(_ scalar: Unicode.Scalar, to out: inout MarkdownWriter) {
        out.byte(UInt8(ascii: "\\"))
        out.text(VisibleText.escaped(String(Character(scalar))))
    }

    /// Escapes a leading `-`, `+`, `=` or the `.`/`)` after leading digits,
    /// the markers that would start a list, a rule or a heading underline,
    /// of the text written from `start` on.
    private static func escapeBlockMarker(_ out: inout MarkdownWriter, from start: Int) {
        guard start < out.count else { return }
        let first = out[start]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
            out.insert(UInt8(ascii: "\\"), at: start)
            return
        }
        var index = start
        while index < out.count, index < start + 9, out[index] >= UInt8(ascii: "0"), out[index] <= UInt8(ascii: "9") { index += 1 }
        if index > start, index < out.count, out[index] == UInt8(ascii: ".") || out[index] == UInt8(ascii: ")") {
            out.insert(UInt8(ascii: "\\"), at: index)
        }
    }

    /// `text` as a Mermaid node label: quotes and markup-significant
    /// characters replaced, so the diagram always parses.
    public static func mermaidLabel(_ text: String) -> String {
        var out = MarkdownWriter(reservingCapacity: 64)
        writeMermaidLabel(text, to: &out)
        return out.text
    }

    /// Writes ``mermaidLabel(_:)``'s text of `text`.
    static func writeMermaidLabel(_ text: String, to out: inout MarkdownWriter) {
        var text = text
        // Printable ASCII (most data sources): one byte is one character.
        let done = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E }) else { return false }
            var wroteWord = false, spacePending = false
            for byte in bytes.prefix(60) {
                if isMermaidLabelByte(byte) {
                    if spacePending { out.byte(0x20) }
                    out.byte(byte)
                    wroteWord = true
                    spacePending = false
                } else {
                    spacePending = wroteWord
                }
            }
            if !wroteWord { out.raw("Sources") }
            return true
        }
        guard !done else { return }
        var result = ""
        for character in text.prefix(60) {
            if character.isLetter || character.isNumber || " -_.,:/()".contains(character) {
                result.append(character)
            } else {
                result.append(" ")
            }
        }
        let trimmed = result.split(separator: " ").joined(separator: " ")
        out.text(trimmed.isEmpty ? "Sources" : trimmed)
    }

    /// True for the printable ASCII bytes a label keeps: letters, digits and `-_.,:/()`.
    private static func isMermaidLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "/"),
             UInt8(ascii: "("), UInt8(ascii: ")"):
            true
        default:
            false
        }
    }
}
