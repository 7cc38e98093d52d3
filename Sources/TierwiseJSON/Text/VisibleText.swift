/// Untrusted text (catalog strings, keys, event fields) made safe to show in
/// a terminal or a message: every control character (C0, DEL, C1) and every
/// bidirectional formatting character (U+061C, U+200E, U+200F, U+202A–U+202E,
/// U+2066–U+2069) is written as a visible escape in JSON's style, so no input
/// can move the cursor, ring the bell, recolour the terminal or reverse the
/// reading order of what follows it.
///
///     VisibleText.escaped("a\u{1B}[31mb")   // "a\\u001b[31mb"
///     VisibleText.escaped("x\u{202E}y")     // "x\\u202ey"
public enum VisibleText {
    /// True for characters that ``escaped(_:limit:)`` rewrites.
    public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
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
            default: out += "\\u" + hex4(scalar.value)
            }
        }
        return out
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<4).reversed().map { digits[Int((value >> (UInt32($0) * 4)) & 0xF)] })
    }
}
