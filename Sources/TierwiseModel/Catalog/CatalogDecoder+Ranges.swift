import TierwiseJSON

/// Ranges for uncertain inputs: a numeric field written as
/// `{"low": …, "likely": …, "high": …[, "distribution": "pert"|"triangular"]}`
/// is replaced by its `likely` value before the field is read (so every
/// check of the plain field applies to it) and recorded as an ``UncertainInput``.
extension CatalogDecoder {
    static let rangeKeys: Set<String> = ["low", "likely", "high", "distribution"]

    /// True when `value` is written as a range (an object with a `likely` member).
    static func isRange(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value else { return false }
        return members.contains { $0.key == "likely" }
    }

    /// `members` of a use case or of `defaults` with every range replaced by
    /// its likely value, and the ranges found.
    mutating func extractRanges(_ members: [JSONMember], path: String) -> ([JSONMember], [UncertainInput]) {
        var ranges: [UncertainInput] = []
        var result = members
        for index in result.indices {
            let member = result[index]
            if member.key == "value_model", case .object(let inner) = member.value {
                let (replaced, found) = extractRanges(inner, path: join(path, "value_model"), prefix: "value_model.")
                result[index].value = .object(replaced)
                ranges += found
                continue
            }
            guard Self.isRange(member.value), let input = UseCaseInput(rawValue: member.key) else { continue }
            if let (likely, range) = decodeRange(member.value, input: input, path: join(path, member.key)) {
                ranges.append(range)
                result[index].value = .number(likely)
            } else {
                result[index].value = .number(input.range.clamp(0))  // the range's issue makes the catalog invalid anyway
            }
        }
        return (result, ranges)
    }

    private mutating func extractRanges(_ members: [JSONMember], path: String, prefix: String) -> ([JSONMember], [UncertainInput]) {
        var ranges: [UncertainInput] = []
        var result = members
        for index in result.indices where Self.isRange(result[index].value) {
            guard let input = UseCaseInput(rawValue: prefix + result[index].key) else { continue }
            if let (likely, range) = decodeRange(result[index].value, input: input, path: join(path, result[index].key)) {
                ranges.append(range)
                result[index].value = .number(likely)
            }
        }
        return (result, ranges)
    }

    /// One range, checked: numbers within the input's limits, low ≤ likely ≤ high.
    private mutating func decodeRange(_ value: JSONValue, input: UseCaseInput, path: String) -> (Double, UncertainInput)? {
        guard case .object(let objectMembers) = value else { return nil }
        let members = fields(objectMembers, allowed: Self.rangeKeys, path: path)
        let before = issues.totalCount
        let low = number(members["low"], "low", path: path, range: input.range, required: true)
        let likely = number(members["likely"], "likely", path: path, range: input.range, required: true)
        let high = number(members["high"], "high", path: path, range: input.range, required: true)
        let distribution: UncertainInput.Distribution? = optionalEnum(members["distribution"], "distribution", path: path)
        guard issues.totalCount == before, let low, let likely, let high else { return nil }
        guard low <= likely, likely <= high else {
            issue(path, "expected low ≤ likely ≤ high, got low \(format(low)), likely \(format(likely)), high \(format(high))")
            return nil
        }
        return (likely, UncertainInput(input: input, low: low, likely: likely, high: high, distribution: distribution))
    }
}
