/// Escaping for XML 1.0 text and attribute values (JUnit reports).
public enum XMLText {
    /// `text` with the five special characters as entities (`&amp;`, `&lt;`,
    /// `&gt;`, `&quot;`, `&apos;`) and every character XML 1.0 forbids (C0
    /// controls but tab, line feed and carriage return; U+FFFE, U+FFFF)
    /// replaced by U+FFFD, so any catalog text gives a well-formed document.
    /// In attributes, tab, line feed and carriage return are written as
    /// character references so they survive attribute normalization.
    ///
    ///     XMLText.escaped("a<b & \"c\"\u{1}")  // "a&lt;b &amp; &quot;c&quot;\u{FFFD}"
    public static func escaped(_ text: String, inAttribute: Bool = false) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t": out += inAttribute ? "&#9;" : "\t"
            case "\n": out += inAttribute ? "&#10;" : "\n"
            case "\r": out += inAttribute ? "&#13;" : "\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
