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
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var lastWasSpace = false
        var atStart = true
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if atStart && (byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D) {
                index += 1
                continue
            }
            atStart = false
            if byte >= 0x80 {
                // Multi-byte: C1 controls and bidi formatting characters become visible escapes.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                let end = min(index + length, bytes.count)
                let sequence = bytes[index..<end]
                if let scalar = String(decoding: sequence, as: UTF8.self).unicodeScalars.first,
                   sequence.count == length, VisibleText.isInvisibleControl(scalar) {
                    appendVisible(scalar, to: &out)
                } else {
                    out.append(contentsOf: sequence)
                }
                index = end
                lastWasSpace = false
                continue
            }
            index += 1
            switch byte {
            case 0x0A, 0x0D, 0x09:
                // Line breaks and tabs become one space, so a table row stays one row.
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
                continue
            case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"), UInt8(ascii: "~"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case 0x00..<0x20, 0x7F: appendVisible(Unicode.Scalar(byte), to: &out)
            default: out.append(byte)
            }
            lastWasSpace = byte == 0x20
        }
        escapeBlockMarker(&out)
        return String(decoding: out, as: UTF8.self)
    }

    /// True when `text` needs no escaping at all: printable ASCII with none of
    /// the characters Markdown or HTML give a meaning, and nothing at its
    /// start that could open a block. Most catalog text is; it is returned as is.
    private static func isPlainInline(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first else { return true }
            if first == 0x20 || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=")
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) {
                return false
            }
            for byte in bytes {
                switch byte {
                case 0x20...0x7E:
                    switch byte {
                    case UInt8(ascii: "\\"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"),
                         UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"), UInt8(ascii: "~"), UInt8(ascii: "<"),
                         UInt8(ascii: ">"), UInt8(ascii: "&"):
                        return false
                    default:
                        continue
                    }
                default:
                    return false
                }
            }
            return true
        }
    }

    /// A control character as `\u001b` in the rendered text (the backslash
    /// itself escaped for Markdown).
    private static func appendVisible(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(contentsOf: VisibleText.escaped(String(Character(scalar))).utf8)
    }

    /// Escapes a leading `-`, `+`, `=` or the `.`/`)` after leading digits,
    /// the markers that would start a list, a rule or a heading underline.
    private static func escapeBlockMarker(_ out: inout [UInt8]) {
        guard let first = out.first else { return }
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: "=") {
            out.insert(UInt8(ascii: "\\"), at: 0)
            return
        }
        var index = 0
        while index < out.count, index < 9, out[index] >= UInt8(ascii: "0"), out[index] <= UInt8(ascii: "9") { index += 1 }
        if index > 0, index < out.count, out[index] == UInt8(ascii: ".") || out[index] == UInt8(ascii: ")") {
            out.insert(UInt8(ascii: "\\"), at: index)
        }
    }

    /// `text` as a Mermaid node label: quotes and markup-significant
    /// characters replaced, so the diagram always parses.
    public static func mermaidLabel(_ text: String) -> String {
        var result = ""
        for character in text.prefix(60) {
            if character.isLetter || character.isNumber || " -_.,:/()".contains(character) {
                result.append(character)
            } else {
                result.append(" ")
            }
        }
        let trimmed = result.split(separator: " ").joined(separator: " ")
        return trimmed.isEmpty ? "Sources" : trimmed
    }
}
