/// Escaping of catalog text for Markdown, so a use case's name or description
/// can never break a table, start a heading or inject HTML.
public enum MarkdownText {
    /// `text` as inline Markdown: one line, table pipes and emphasis markers
    /// escaped, HTML special characters as entities.
    ///
    ///     MarkdownText.inline("a|b\n<c>")  // "a\\|b &lt;c&gt;"
    public static func inline(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var lastWasSpace = false
        for byte in text.utf8 {
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
            default: out.append(byte)
            }
            lastWasSpace = byte == 0x20
        }
        return String(decoding: out, as: UTF8.self)
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
