/// A small, strict XML checker for the charts' SVG: the subset tierwise
/// writes, checked harder than a browser would. Elements balanced and
/// properly nested, names well formed, every attribute double-quoted, once,
/// with no raw `<`, `"` or `&` inside; text with no raw `<` or `>`; every
/// `&` one of the five references the writer uses; no control character
/// but newline, and no bidi or other format character anywhere.
struct StrictXML {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// The text directly inside, references unresolved.
        var text: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Every element in document order.
    private(set) var elements: [Element] = []

    init(_ document: String) throws {
        let scalars = Array(document.unicodeScalars)
        for scalar in scalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C || v == 0xFFFE || v == 0xFFFF {
                throw Failure(description: "forbidden character U+\(String(v, radix: 16))")
            }
        }
        var index = 0
        var stack: [Int] = []
        func fail(_ message: String) -> Failure {
            Failure(description: "\(message) at scalar \(index): …\(String(String.UnicodeScalarView(scalars[max(0, index - 30)..<min(scalars.count, index + 30)])))…")
        }
        func isNameStart(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || s == "_" || s == ":" }
        func isName(_ s: Unicode.Scalar) -> Bool { isNameStart(s) || (s >= "0" && s <= "9") || s == "-" || s == "." }
        func name() throws -> String {
            guard index < scalars.count, isNameStart(scalars[index]) else { throw fail("expected a name") }
            var out = ""
            while index < scalars.count, isName(scalars[index]) {
                out.unicodeScalars.append(scalars[index])
                index += 1
            }
            return out
        }
        func reference() throws {
            // At "&": one of the references the writer uses.
            for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"] {
                let e = Array(entity.unicodeScalars)
                if index + e.count <= scalars.count, Array(scalars[index..<index + e.count]) == e {
                    index += e.count
                    return
                }
            }
            throw fail("a bare &")
        }
        func skipSpace() { while index < scalars.count, scalars[index] == " " || scalars[index] == "\n" { index += 1 } }
        guard document.hasPrefix("<svg ") else { throw Failure(description: "does not start with <svg") }
        guard document.hasSuffix("</svg>\n") else { throw Failure(description: "does not end with </svg>") }
        var closedRoot = false
        while index < scalars.count {
            if scalars[index] == "<" {
                guard !closedRoot else { throw fail("content after the root element") }
                index += 1
                if index < scalars.count, scalars[index] == "/" {
                    index += 1
                    let closing = try name()
                    guard index < scalars.count, scalars[index] == ">" else { throw fail("expected > after </\(closing)") }
                    index += 1
                    guard let open = stack.popLast(), elements[open].name == closing else { throw fail("</\(closing)> closes nothing open") }
                    if stack.isEmpty { closedRoot = true }
                    continue
                }
                let elementName = try name()
                var attributes: [String: String] = [:]
                while true {
                    let before = index
                    skipSpace()
                    guard index < scalars.count else { throw fail("unterminated tag") }
                    if scalars[index] == ">" || scalars[index] == "/" { break }
                    guard index > before else { throw fail("attributes need a space between them") }
                    let key = try name()
                    guard index + 1 < scalars.count, scalars[index] == "=", scalars[index + 1] == "\"" else {
                        throw fail("attribute \(key) is not =\"quoted\"")
                    }
                    index += 2
                    var value = ""
                    while index < scalars.count, scalars[index] != "\"" {
                        switch scalars[index] {
                        case "<", "\n": throw fail("a raw < or newline in attribute \(key)")
                        case "&":
                            let start = index
                            try reference()
                            value += String(String.UnicodeScalarView(scalars[start..<index]))
                        default:
                            value.unicodeScalars.append(scalars[index])
                            index += 1
                        }
                    }
                    guard index < scalars.count else { throw fail("unterminated attribute \(key)") }
                    index += 1
                    guard attributes[key] == nil else { throw fail("attribute \(key) twice") }
                    attributes[key] = value
                }
                if stack.isEmpty && !elements.isEmpty { throw fail("a second root element") }
                elements.append(Element(name: elementName, attributes: attributes, text: ""))
                if scalars[index] == "/" {
                    guard index + 1 < scalars.count, scalars[index + 1] == ">" else { throw fail("expected />") }
                    index += 2
                    if stack.isEmpty { closedRoot = true }
                } else {
                    index += 1
                    stack.append(elements.count - 1)
                }
                continue
            }
            switch scalars[index] {
            case ">": throw fail("a raw > in text")
            case "&":
                let start = index
                try reference()
                if let open = stack.last { elements[open].text += String(String.UnicodeScalarView(scalars[start..<index])) }
            default:
                if stack.isEmpty && scalars[index] != "\n" { throw fail("text outside the root element") }
                if let open = stack.last { elements[open].text.unicodeScalars.append(scalars[index]) }
                index += 1
            }
        }
        guard stack.isEmpty, closedRoot else { throw Failure(description: "unclosed elements: \(stack.map { elements[$0].name })") }
    }

    /// The elements named `name`.
    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }
}
