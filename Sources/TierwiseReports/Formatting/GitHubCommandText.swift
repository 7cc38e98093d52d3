/// Escaping for GitHub Actions workflow commands (`::error file=…::message`),
/// exactly as GitHub's toolkit (`@actions/core`, `command.ts`) escapes them.
public enum GitHubCommandText {
    /// A command's message: `%` → `%25`, `\r` → `%0D`, `\n` → `%0A`.
    ///
    ///     GitHubCommandText.data("50%\nmore")  // "50%25%0Amore"
    public static func data(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A property value (`file=`, `title=`): as ``data(_:)`` and also
    /// `:` → `%3A`, `,` → `%2C`.
    ///
    ///     GitHubCommandText.property("a:b,c")  // "a%3Ab%2Cc"
    public static func property(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}
