import TierwiseJSON

/// Writes an SVG document as text, element by element, so that whatever the
/// input the result is well-formed XML: every element opened is closed (in
/// order), every attribute value is quoted and escaped, every text node is
/// escaped, and control or bidi characters in labels become visible escapes
/// (`\u202e`) instead of reaching the document. Numbers are written with a
/// fixed number of decimals by ``number(_:)``, independent of the locale, so
/// the same chart is the same bytes on every machine.
///
///     var svg = SVGWriter(width: 100, height: 50, title: "A & B", description: "Two bars.")
///     svg.empty("rect", [("x", SVGWriter.number(10)), ("fill", "#0072B2")])
///     svg.finish()   // "<svg …><title id=\"title\">A &amp; B</title>…<rect x=\"10.00\" fill=\"#0072B2\"/></svg>\n"
public struct SVGWriter: Sendable {
    /// The decimals every coordinate is written with.
    public static let decimals = 2
    /// The largest magnitude ``number(_:)`` and ``fixed(_:decimals:trimmingZeros:)``
    /// write; larger values are written as this bound (a chart is never that big).
    public static let largestWritten = 1e15

    /// The document so far.
    public private(set) var text: String
    /// The elements open, innermost last.
    private var open: [String] = []

    /// Starts a document of `width` × `height` pixels (viewBox the same), with
    /// `title` and `description` as its accessible name and description.
    public init(width: Double, height: Double, title: String, description: String) {
        let w = Self.number(max(width, 1)), h = Self.number(max(height, 1))
        text = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\" "
            + "role=\"img\" aria-labelledby=\"title desc\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n"
        open = ["svg"]
        element("title", [("id", "title")], text: title)
        element("desc", [("id", "desc")], text: description)
    }

    // MARK: - Elements

    /// Opens `name` with `attributes` (values escaped); close it with ``close()``.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + Self.name(name)
        writeAttributes(attributes)
        text += ">"
        open.append(Self.name(name))
    }

    /// Closes the innermost open element (never the document itself; ``finish()`` does that).
    public mutating func close() {
        guard open.count > 1, let name = open.popLast() else { return }
        text += "</" + name + ">\n"
    }

    /// Writes an element without content, `<rect … />`.
    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + Self.name(name)
        writeAttributes(attributes)
        text += "/>\n"
    }

    /// Writes an element holding `text` (escaped), `<text …>label</text>`.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        text += "<" + Self.name(name)
        writeAttributes(attributes)
        text += ">" + Self.escapeText(content) + "</" + Self.name(name) + ">\n"
    }

    /// Closes every element still open and the document; returns the document.
    public mutating func finish() -> String {
        while open.count > 1 { close() }
        if open.popLast() != nil { text += "</svg>\n" }
        return text
    }

    private mutating func writeAttributes(_ attributes: [(String, String)]) {
        for (key, value) in attributes {
            text += " " + Self.name(key) + "=\"" + Self.escapeAttribute(value) + "\""
        }
    }

    /// An element or attribute name: the code's own, but kept to the
    /// characters a name may hold (`a-z A-Z 0-9 - _ : .`), so no caller can
    /// break the markup through it.
    private static func name(_ name: String) -> String {
        let kept = name.unicodeScalars.filter {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || "-_:.".unicodeScalars.contains($0)
        }
        return kept.isEmpty ? "g" : String(String.UnicodeScalarView(kept))
    }

    // MARK: - Escaping

    /// `text` as XML character data: `&`, `<`, `>` as entities, and every
    /// control, format (bidi), separator, private-use or unassigned character
    /// written as a visible escape (``VisibleText/escaped(_:limit:)``), since
    /// XML 1.0 cannot hold most of them even as references.
    public static func escapeText(_ text: String) -> String {
        escape(text, quotes: false)
    }

    /// `text` as a double-quoted attribute value: ``escapeText(_:)`` and the quotes `"` and `'`.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text, quotes: true)
    }

    private static func escape(_ text: String, quotes: Bool) -> String {
        let visible = VisibleText.escaped(text)
        guard visible.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 })
        else { return visible }
        var out = ""
        out.reserveCapacity(visible.utf8.count + 16)
        for character in visible.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    // MARK: - Numbers

    /// `value` with ``decimals`` decimals ("12.50", "-3.00"); total: a
    /// non-finite value is written as "0.00" (charts skip them before they
    /// get here) and magnitudes beyond ``largestWritten`` as that bound.
    public static func number(_ value: Double) -> String {
        fixed(value, decimals: decimals)
    }

    /// `value` with `decimals` (0 to 6) decimals, optionally without trailing
    /// zeros ("1.50" → "1.5", "2.00" → "2"); no grouping, no exponent, no
    /// locale, never "-0". Total, as ``number(_:)``.
    public static func fixed(_ value: Double, decimals: Int, trimmingZeros: Bool = false) -> String {
        let decimals = min(max(decimals, 0), 6)
        let clamped = value.isFinite ? min(max(value, -largestWritten), largestWritten) : 0
        var scale: Int64 = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (clamped.magnitude * Double(scale)).rounded(.toNearestOrAwayFromZero)
        let units = Int64(scaled)
        let whole = units / scale, fraction = units % scale
        var out = (clamped < 0 && units != 0 ? "-" : "") + String(whole)
        guard decimals > 0 else { return out }
        var digits = String(fraction)
        digits = String(repeating: "0", count: decimals - digits.count) + digits
        if trimmingZeros {
            while digits.last == "0" { digits.removeLast() }
            if digits.isEmpty { return out }
        }
        out += "." + digits
        return out
    }
}
