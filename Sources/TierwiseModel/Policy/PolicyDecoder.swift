import TierwiseJSON
import TierwisePlatform

/// Turns a policy file into a ``GatePolicy``, reporting every problem at
/// once with its JSON path, line and column, as catalogs are decoded.
/// Unknown keys are errors, not warnings: a misspelled threshold in a gate
/// must not pass silently.
public struct PolicyDecoder: Sendable {
    /// The largest policy file read, in bytes.
    public static let maximumFileSizeBytes = 1024 * 1024

    /// Creates a decoder.
    public init() {}

    /// Reads and decodes the policy at `path`.
    public func load(path: String) throws(LocatedInputError) -> GatePolicy {
        guard let bytes = FileDescriptorIO.readFile(path, maximumBytes: Self.maximumFileSizeBytes) else {
            throw .unreadable(path: path, reason: "no such file, a directory, permission denied, or more than "
                + "\(Self.maximumFileSizeBytes) bytes")
        }
        return try decode(bytes, path: path)
    }

    /// Decodes policy JSON; `path` labels the locations.
    public func decode(_ bytes: [UInt8], path: String) throws(LocatedInputError) -> GatePolicy {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(path: path, line: error.line, column: error.column, message: error.message)
        }
        var state = State(map: CatalogSourceMap(file: path, bytes: bytes))
        let rules = state.decodePolicy(root)
        guard state.issues.isEmpty, let rules else { throw .invalid(path: path, issues: state.issues) }
        return GatePolicy(rules: rules)
    }

    // MARK: - Decoding

    private struct State {
        var map: CatalogSourceMap
        var issues: [LocatedIssue] = []

        mutating func issue(_ path: String, _ message: String) {
            issues.append(LocatedIssue(location: map.location(ofPath: path), message: message))
        }

        mutating func object(_ value: JSONValue, path: String, allowed: [String]) -> [String: JSONValue]? {
            guard case .object(let members) = value else {
                issue(path, "expected an object, got \(value.excerpt)")
                return nil
            }
            var fields: [String: JSONValue] = [:]
            for member in members {
                let memberPath = path.isEmpty ? member.key : path + "." + JSONValue.displayKey(member.key)
                if !allowed.contains(member.key) {
                    let hint = allowed.min { EditDistance.between($0, member.key) < EditDistance.between($1, member.key) }
                        .flatMap { EditDistance.between($0, member.key) <= max(2, member.key.utf8.count / 4) ? $0 : nil }
                        .map { "; did you mean \"\($0)\"?" } ?? ""
                    issue(memberPath, "unknown key; expected one of \(listForMessages(allowed))\(hint)")
                } else if fields[member.key] != nil {
                    issue(memberPath, "appears more than once in the same object; keep one")
                } else {
                    fields[member.key] = member.value
                }
            }
            return fields
        }

        mutating func decodePolicy(_ root: JSONValue) -> [PolicyRule]? {
            guard let fields = object(root, path: "", allowed: ["version", "description", "rules"]) else { return nil }
            if let version = fields["version"], version != .number(Double(GatePolicy.formatVersion)) {
                issue("version", "expected \(GatePolicy.formatVersion), got \(version.excerpt)")
            }
            if let description = fields["description"], case .string = description {} else if let description = fields["description"] {
                issue("description", "expected a string, got \(description.excerpt)")
            }
            guard let rulesValue = fields["rules"] else {
                issue("top level", "missing \"rules\"; expected an array of rules")
                return nil
            }
            guard case .array(let elements) = rulesValue else {
                issue("rules", "expected an array of rules, got \(rulesValue.excerpt)")
                return nil
            }
            var rules: [PolicyRule] = []
            var firstIndexByID: [String: Int] = [:]
            for (index, element) in elements.enumerated() {
                let path = "rules[\(index)]"
                guard let rule = decodeRule(element, path: path) else { continue }
                if let first = firstIndexByID[rule.id] {
                    issue(path, "duplicate id \"\(VisibleText.escaped(rule.id, limit: 40))\"; rules[\(first)] already uses it "
                        + "(give each rule of the same kind its own \"id\")")
                } else {
                    firstIndexByID[rule.id] = index
                }
                rules.append(rule)
            }
            return rules
        }

        static let commonKeys = ["id", "kind", "level", "description"]
        static let kindKeys: [String: [String]] = [
            "monthly_cost_increase": ["scope", "over_usd", "over_percent", "basis"],
            "portfolio_monthly_total": ["max_usd", "basis"],
            "challenged_tier": [],
            "latency_justification": ["min_words", "tiers"],
            "payback_months": ["max_months"],
            "real_time_use_case_count": ["max_count", "basis"],
            "payback_probability": ["min_probability", "within_months"],
            "simulation_verdict": [],
        ]

        mutating func decodeRule(_ value: JSONValue, path: String) -> PolicyRule? {
            guard case .object = value else {
                issue(path, "expected a rule object, got \(value.excerpt)")
                return nil
            }
            guard case .string(let kindName)? = value["kind"], let kindKeys = Self.kindKeys[kindName] else {
                let found = value["kind"]
                issue(found == nil ? path : path + ".kind",
                      "expected \"kind\" to be one of \(listForMessages(PolicyRule.Kind.names)), got \(found?.excerpt ?? "nothing")")
                return nil
            }
            guard let fields = object(value, path: path, allowed: Self.commonKeys + kindKeys) else { return nil }
            let before = issues.count
            let level: PolicyLevel? = choice(fields["level"], path + ".level", required: true)
            var id = kindName
            if let idValue = fields["id"] {
                if case .string(let text) = idValue, !text.isEmpty, text.utf8.count <= 100 { id = text } else {
                    issue(path + ".id", "expected a non-empty string of at most 100 bytes, got \(idValue.excerpt)")
                }
            }
            var description: String?
            if let descriptionValue = fields["description"] {
                if case .string(let text) = descriptionValue { description = text } else {
                    issue(path + ".description", "expected a string, got \(descriptionValue.excerpt)")
                }
            }
            let kind: PolicyRule.Kind?
            switch kindName {
            case "monthly_cost_increase":
                let scope: PolicyRule.Scope = choice(fields["scope"], path + ".scope", required: false) ?? .useCase
                let basis: CostBasis = choice(fields["basis"], path + ".basis", required: false) ?? .recommended
                let usd = number(fields["over_usd"], path + ".over_usd", in: 0...1e15)
                let percent = number(fields["over_percent"], path + ".over_percent", in: 0...1e9)
                if fields["over_usd"] == nil && fields["over_percent"] == nil {
                    issue(path, "expected \"over_usd\", \"over_percent\" or both")
                }
                kind = .monthlyCostIncrease(scope: scope, overUSD: usd, overPercent: percent, basis: basis)
            case "portfolio_monthly_total":
                let basis: CostBasis = choice(fields["basis"], path + ".basis", required: false) ?? .recommended
                kind = required(number(fields["max_usd"], path + ".max_usd", in: 0...1e15), "max_usd", path)
                    .map { .portfolioMonthlyTotal(maxUSD: $0, basis: basis) }
            case "challenged_tier":
                kind = .challengedTier
            case "latency_justification":
                let words = required(whole(fields["min_words"], path + ".min_words", in: 1...10_000), "min_words", path)
                var tiers: [LatencyTier] = [.realTime, .nearRealTime]
                if let tiersValue = fields["tiers"] {
                    if case .array(let elements) = tiersValue, !elements.isEmpty {
                        tiers = []
                        for (index, element) in elements.enumerated() {
                            if let tier: LatencyTier = choice(element, path + ".tiers[\(index)]", required: true) { tiers.append(tier) }
                        }
                    } else {
                        issue(path + ".tiers", "expected a non-empty array of tiers, got \(tiersValue.excerpt)")
                    }
                }
                kind = words.map { .latencyJustification(minWords: $0, tiers: tiers) }
            case "payback_months":
                kind = required(number(fields["max_months"], path + ".max_months", in: 0...1200), "max_months", path)
                    .map { .paybackMonths(maxMonths: $0) }
            case "real_time_use_case_count":
                // What the catalog asks for, unless the policy says otherwise.
                let countBasis: CostBasis = choice(fields["basis"], path + ".basis", required: false) ?? .stated
                kind = required(whole(fields["max_count"], path + ".max_count", in: 0...1_000_000_000), "max_count", path)
                    .map { .realTimeUseCaseCount(maxCount: $0, basis: countBasis) }
            case "payback_probability":
                let months = number(fields["within_months"], path + ".within_months", in: 0...1200) ?? 12
                kind = required(number(fields["min_probability"], path + ".min_probability", in: 0...1), "min_probability", path)
                    .map { .paybackProbability(minProbability: $0, withinMonths: months) }
            default:
                kind = .simulationVerdict
            }
            guard issues.count == before, let level, let kind else { return nil }
            return PolicyRule(id: id, level: level, kind: kind, description: description)
        }

        // MARK: Field readers

        mutating func required<T>(_ value: T?, _ key: String, _ path: String) -> T? {
            if value == nil && !issues.contains(where: { $0.location.jsonPath == path + "." + key }) {
                issue(path, "missing \"\(key)\"")
            }
            return value
        }

        mutating func choice<E: RawRepresentable & CaseIterable>(_ value: JSONValue?, _ path: String, required: Bool) -> E?
        where E.RawValue == String {
            guard let value else {
                if required { issue(path, "missing; expected one of \(listForMessages(E.allCases.map(\.rawValue)))") }
                return nil
            }
            guard case .string(let text) = value, let choice = E(rawValue: text) else {
                issue(path, "expected one of \(listForMessages(E.allCases.map(\.rawValue))), got \(value.excerpt)")
                return nil
            }
            return choice
        }

        mutating func number(_ value: JSONValue?, _ path: String, in range: ClosedRange<Double>) -> Double? {
            guard let value else { return nil }
            guard case .number(let number) = value, number.isFinite, range.contains(number) else {
                issue(path, "expected a number from \(DisplayFormat.number(range.lowerBound)) to "
                    + "\(DisplayFormat.number(range.upperBound)), got \(value.excerpt)")
                return nil
            }
            return number
        }

        mutating func whole(_ value: JSONValue?, _ path: String, in range: ClosedRange<Int>) -> Int? {
            guard let value else { return nil }
            guard case .number(let number) = value, number.isFinite, number.rounded() == number,
                  number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
                issue(path, "expected a whole number from \(range.lowerBound) to \(range.upperBound), got \(value.excerpt)")
                return nil
            }
            return Int(number)
        }
    }
}
