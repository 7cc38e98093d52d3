import TierwiseJSON
import TierwiseModel

/// What the user typed for one command, checked against its ``CommandSpec``.
struct ParsedArguments: Sendable {
    var positionals: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []
    /// Every value of a repeatable option, in order.
    var lists: [String: [String]] = [:]
    var wantsHelp = false

    /// Parses `arguments` (after the command name). Accepts `--name value`
    /// and `--name=value`; an unknown option, a missing value, an option given
    /// twice or the wrong number of arguments is a ``UsageError``.
    static func parse(_ arguments: [String], spec: CommandSpec) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            if argument == "--help" || argument == "-h" { parsed.wantsHelp = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                throw UsageError(command: spec.name, message: "unknown option '\(name)'")
            }
            if !option.isRepeatable && (parsed.values[name] != nil || parsed.flags.contains(name)) {
                throw UsageError(command: spec.name, message: "option '\(name)' is given more than once")
            }
            guard let valueName = option.valueName else {
                if inlineValue != nil { throw UsageError(command: spec.name, message: "option '\(name)' takes no value") }
                parsed.flags.insert(name)
                continue
            }
            if let inlineValue {
                parsed.values[name] = inlineValue
            } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                parsed.values[name] = arguments[index]
                index += 1
            } else {
                throw UsageError(command: spec.name, message: "option '\(name)' needs a value (\(valueName))")
            }
            // `--output ''` (an unset shell variable, say) is a usage error before any work, not a failed write after it.
            if parsed.values[name]?.isEmpty == true {
                throw UsageError(command: spec.name, message: "option '\(name)' needs a value (\(valueName)), got an empty one")
            }
            if option.isRepeatable, let value = parsed.values[name] {
                parsed.lists[name, default: []].append(value)
                parsed.values[name] = nil
            }
        }
        if parsed.wantsHelp { return parsed }
        if parsed.positionals.count < (spec.minimumPositionals ?? spec.positionals.count) {
            let missing = spec.positionals[parsed.positionals.count].name
            throw UsageError(command: spec.name, message: "missing argument \(missing)")
        }
        if parsed.positionals.count > spec.positionals.count, spec.positionals.last?.isVariadic != true {
            throw UsageError(command: spec.name, message: "unexpected argument '\(parsed.positionals[spec.positionals.count])'")
        }
        return parsed
    }

    // MARK: - Typed values

    /// A number option within `range`, written in decimal (`1500`, `0.25`,
    /// `1e6`, `1_000_000`); hexadecimal, `inf`, `nan` and anything outside
    /// the range are usage errors naming the bound. The echoed value is cut
    /// and its control characters made visible.
    func number(_ name: String, in range: NumberRange, command: String) throws(UsageError) -> Double? {
        guard let text = values[name] else { return nil }
        let shown = VisibleText.escaped(text, limit: 40)
        switch DecimalText.parse(text, allowsUnderscores: true) {
        case .failure(.notDecimal):
            throw UsageError(command: command, message: "\(name): expected \(range.lowerExpectation) in decimal, got '\(shown)'")
        case .failure(.tooLarge):
            throw UsageError(command: command, message: "\(name): expected \(range.upperExpectation), got '\(shown)'")
        case .success(let value):
            guard range.contains(value) else {
                throw UsageError(command: command, message: "\(name): expected \(range.expectation(for: value)), got '\(shown)'")
            }
            return value
        }
    }

    /// A required number option within `range`.
    func requiredNumber(_ name: String, in range: NumberRange, command: String) throws(UsageError) -> Double {
        guard let value = try number(name, in: range, command: command) else {
            throw UsageError(command: command, message: "missing required option \(name)")
        }
        return value
    }

    /// A whole-number option within `range` (`1000`, `1_000`, `1e3`).
    func count(_ name: String, in range: ClosedRange<Int>, command: String) throws(UsageError) -> Int? {
        guard let text = values[name] else { return nil }
        guard let value = DecimalText.integer(text), range.contains(value) else {
            throw UsageError(command: command, message: "\(name): expected a whole number from \(range.lowerBound) to "
                + "\(range.upperBound), got '\(VisibleText.escaped(text, limit: 40))'")
        }
        return value
    }

    /// An option whose value must be one of an enum's raw values.
    func choice<E: RawRepresentable & CaseIterable>(_ name: String, as type: E.Type, command: String) throws(UsageError) -> E?
    where E.RawValue == String {
        guard let text = values[name] else { return nil }
        guard let value = E(rawValue: text) else {
            let accepted = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(command: command, message: "\(name): expected one of \(accepted), got '\(text)'")
        }
        return value
    }
}
