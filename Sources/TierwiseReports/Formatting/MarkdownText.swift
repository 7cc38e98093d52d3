/// Escaping of catalog text for Markdown, so a use case's name or description
/// can never break a table, start a heading or inject HTML.
public enum MarkdownText {
    /// `text` as inline Markdown: one line, table pipes and emphasis markers
    /// escaped, HTML special characters as entities.
    ///
    ///     MarkdownText.inline("a|b\n<c>")  // "a\\|b &lt;c&gt;"
    public static func inline(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        var lastWasSpace = false
        for character in text {
            switch character {
            case "\n", "\r", "\r\n", "\t":
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
                continue
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~":
                result.append("\\"); result.append(character)
            case "<": result.append("&lt;")
            case ">": result.append("&gt;")
            case "&": result.append("&amp;")
            default: result.append(character)
            }
            lastWasSpace = character == " "
        }
        return result
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
