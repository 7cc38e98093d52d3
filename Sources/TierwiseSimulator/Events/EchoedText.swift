import TierwiseJSON

/// Input text as an error message may repeat it: quoted, cut to a few dozen
/// characters, and with every character that could disturb a terminal or a
/// log (control and format characters, line separators) written as an escape.
///
///     EchoedText.quoted("a\u{1B}[2Jb")  // "\"a\\u001B[2Jb\""
enum EchoedText {
    /// Unicode scalars of input repeated before the rest is cut and marked with "…".
    static let characterLimit = 40

    /// `text` in double quotes, cut at ``characterLimit`` scalars, with
    /// `"` and `\` escaped, `\n`, `\r`, `\t` as such and other invisible
    /// characters as `\uXXXX`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        var count = 0
        // Counted in scalars, not characters: one character can hold any number of combining marks.
        for scalar in text.unicodeScalars {
            if count == characterLimit {
                out += "…"
                break
            }
            count += 1
            out += visible(scalar)
        }
        return out + "\""
    }

    /// `message` (text written by another component, such as the JSON
    /// parser's, which may repeat input) with invisible characters escaped
    /// and cut at `limit` scalars; quotes and backslashes are left alone.
    static func visible(_ message: String, limit: Int = 200) -> String {
        var out = ""
        for (count, scalar) in message.unicodeScalars.enumerated() {
            if count == limit {
                out += "…"
                break
            }
            out += isInvisible(scalar) ? escaped(scalar) : String(scalar)
        }
        return out
    }

    /// ``JSONValue/excerpt`` with strings through ``quoted(_:)``.
    static func excerpt(_ value: JSONValue) -> String {
        if case .string(let text) = value { return quoted(text) }
        return value.excerpt
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\"": return "\\\""
        case "\\": return "\\\\"
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            return isInvisible(scalar) ? escaped(scalar) : String(scalar)
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: true
        default: false
        }
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
