/// One command's declaration: its name, what it does, its arguments and
/// options. Parsing and `--help` both come from this one value, so help text
/// cannot drift from what the parser accepts.
struct CommandSpec: Sendable {
    /// An option: `--name VALUE`, or a flag when `valueName` is nil.
    struct Option: Sendable {
        var name: String
        var valueName: String?
        var help: String
        /// Whether it may be given more than once (its values in ``ParsedArguments/lists``).
        var isRepeatable = false
    }

    /// A positional argument; a variadic one (the last) takes one or more values.
    struct Positional: Sendable {
        var name: String
        var help: String
        var isVariadic = false
    }

    var name: String
    /// One line for the command list of `tierwise --help`.
    var abstract: String
    /// The paragraph that opens the command's own `--help`.
    var summary: String
    var positionals: [Positional] = []
    /// Positionals that may be left out when an option takes their place
    /// (`simulate --scenario FILE`); nil: every positional is required.
    var minimumPositionals: Int?
    var options: [Option] = []
    /// Extra paragraphs after the option list.
    var details: String = ""

    /// The full `--help` text.
    var help: String {
        var usage = "Usage: tierwise \(name)"
        for positional in positionals { usage += " \(positional.name)" + (positional.isVariadic ? "..." : "") }
        if !options.isEmpty { usage += " [options]" }
        var out = Self.wrap(summary, width: 96) + "\n\n\(usage)\n"
        if !positionals.isEmpty {
            out += "\nArguments:\n"
            for p in positionals { out += Self.row(p.name, p.help) }
        }
        out += "\nOptions:\n"
        for o in options {
            out += Self.row(o.valueName.map { "\(o.name) \($0)" } ?? o.name, o.help)
        }
        out += Self.row("--help, -h", "Show this help.")
        if !details.isEmpty { out += "\n" + details + "\n" }
        return out
    }

    /// `text` broken into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    private static func row(_ left: String, _ right: String) -> String {
        let padded = left.count < 32 ? left + String(repeating: " ", count: 32 - left.count) : left + "  "
        return "  " + padded + right + "\n"
    }
}
