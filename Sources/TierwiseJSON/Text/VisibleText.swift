/// Untrusted text (catalog strings, keys, event fields) made safe to show in
/// a terminal, a message or a report: every character that is invisible or
/// acts on the display — controls (C0, DEL, C1), format characters (the
/// bidirectional overrides such as U+202E, zero-width spaces, U+061C), line
/// and paragraph separators, surrogates, private-use and unassigned code
/// points — is written as a visible escape in JSON's style, so no input can
/// move the cursor, ring the bell, recolour the terminal, hide text or
/// reverse the reading order of what follows it. The zero-width joiner
/// (U+200D) is kept, or emoji sequences would fall apart.
///
///     VisibleText.escaped("a\u{1B}[31mb")   // "a\\u001b[31mb"
///     VisibleText.escaped("x\u{202E}y")     // "x\\u202ey"
public enum VisibleText {
    /// True for characters that ``escaped(_:limit:)`` rewrites.
    public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value < 0x20 || scalar.value == 0x7F }
        if scalar.value == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }

    /// True when `text` has nothing ``escaped(_:limit:)`` would rewrite.
    public static func isPlain(_ text: String) -> Bool {
        !text.unicodeScalars.contains(where: isInvisibleControl)
    }

    /// `text` with controls made visible (`\n`, `\t`, `\r`, `\u001b`, `\u202e`)
    /// and, when `limit` is given, cut after that many characters with "…".
    public static func escaped(_ text: String, limit: Int? = nil) -> String {
        if limit == nil, isPlain(text) { return text }
        var out = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if let limit, count >= limit {
                out += "…"
                return out
            }
            count += 1
            guard isInvisibleControl(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                // Beyond the BMP as a UTF-16 surrogate pair, as JSON writes it,
                // so "\\u0e0001" can never be misread as U+0E00 and "01".
                if scalar.value > 0xFFFF {
                    let offset = scalar.value - 0x10000
                    out += "\\u" + hex4(0xD800 + (offset >> 10)) + "\\u" + hex4(0xDC00 + (offset & 0x3FF))
                } else {
                    out += "\\u" + hex4(scalar.value)
                }
            }
        }
        return out
    }

    /// `text` in double quotes for a message: escaped as ``escaped(_:limit:)``
    /// and with `"` and `\\` escaped too, cut after `limit` characters.
    ///
    ///     VisibleText.quoted("say \"hi\"\u{7}")  // "\"say \\\"hi\\\"\\u0007\""
    public static func quoted(_ text: String, limit: Int = 40) -> String {
        var escapedQuotes = ""
        var count = 0
        for scalar in text.unicodeScalars {
            if count >= limit {
                escapedQuotes += "…"
                break
            }
            count += 1
            switch scalar {
            case "\"": escapedQuotes += "\\\""
            case "\\": escapedQuotes += "\\\\"
            default: escapedQuotes += escaped(String(scalar))
            }
        }
        return "\"" + escapedQuotes + "\""
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<4).reversed().map { digits[Int((value >> (UInt32($0) * 4)) & 0xF)] })
    }
}
