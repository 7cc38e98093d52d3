import Foundation
import TierwiseJSON

/// Reading one field: its type and range checked, each problem recorded with its JSON path.
extension CatalogDecoder {
    // MARK: - Field readers

    /// A number within `range` (see ``InputLimits``); the message names the
    /// bound that a refused value breaks.
    mutating func number(
        _ value: JSONValue?, _ key: String, path: String, range: NumberRange, required: Bool
    ) -> Double? {
        guard let value else {
            if required { issue(join(path, key), "missing; expected \(range.lowerExpectation)") }
            return nil
        }
        guard case .number(let number) = value else {
            issue(join(path, key), "expected \(range.lowerExpectation), got \(value.excerpt)")
            return nil
        }
        guard number.isFinite else {
            issue(join(path, key), "expected \(range.lowerExpectation), got a number too large to represent")
            return nil
        }
        guard range.contains(number) else {
            issue(join(path, key), "expected \(range.expectation(for: number)), got \(value.excerpt)")
            return nil
        }
        return number
    }

    mutating func requiredString(
        _ value: JSONValue?, _ key: String, path: String, nonEmpty: Bool = false
    ) -> String? {
        let expectation = nonEmpty ? "a non-empty string" : "a string"
        guard let value else {
            issue(join(path, key), "missing; expected \(expectation)")
            return nil
        }
        guard case .string(let text) = value else {
            issue(join(path, key), "expected \(expectation), got \(value.excerpt)")
            return nil
        }
        if nonEmpty && text.allSatisfy(\.isWhitespace) {
            issue(join(path, key), "expected \(expectation), got \(value.excerpt)")
            return nil
        }
        return text
    }

    mutating func optionalString(_ value: JSONValue?, _ key: String, path: String) -> String? {
        guard let value else { return nil }
        guard case .string(let text) = value else {
            issue(join(path, key), "expected a string, got \(value.excerpt)")
            return nil
        }
        return text
    }

    mutating func requiredBool(_ value: JSONValue?, _ key: String, path: String) -> Bool? {
        guard let value else {
            issue(join(path, key), "missing; expected true or false")
            return nil
        }
        guard case .bool(let flag) = value else {
            issue(join(path, key), "expected true or false, got \(value.excerpt)")
            return nil
        }
        return flag
    }

    mutating func requiredEnum<E: RawRepresentable & CaseIterable>(
        _ value: JSONValue?, _ key: String, path: String
    ) -> E? where E.RawValue == String {
        guard value != nil else {
            issue(join(path, key), "missing; expected \(listForMessages(E.allCases.map(\.rawValue)))")
            return nil
        }
        return optionalEnum(value, key, path: path)
    }

    mutating func optionalEnum<E: RawRepresentable & CaseIterable>(
        _ value: JSONValue?, _ key: String, path: String
    ) -> E? where E.RawValue == String {
        guard let value else { return nil }
        guard case .string(let text) = value, let result = E(rawValue: text) else {
            issue(join(path, key), "expected \(listForMessages(E.allCases.map(\.rawValue))), got \(value.excerpt)")
            return nil
        }
        return result
    }

    // MARK: - Helpers

    /// Indexes an object's members by key for the readers. Duplicate keys are
    /// errors (which one would win is not obvious); unknown keys are warnings
    /// with a suggestion when one is close.
    mutating func fields(_ members: [JSONMember], allowed: Set<String>, path: String) -> Fields {
        var fields = Fields(minimumCapacity: members.count)
        for member in members {
            if fields.updateValue(member.value, forKey: member.key) != nil {
                issue(join(path, member.key), "appears more than once in the same object; keep one")
            } else if !allowed.contains(member.key) {
                let hint = closestKey(to: member.key, in: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
                warnings.append(CatalogIssue(path: join(path, member.key), message: "unknown field, ignored\(hint)"))
            }
        }
        return fields
    }

    func closestKey(to key: String, in allowed: Set<String>) -> String? {
        let length = key.utf8.count
        let limit = max(2, length / 4)
        // The distance is at least the difference in length, so a key far
        // longer than every field name (a 10 MB key) is ruled out at once.
        guard length <= Self.longestFieldNameBytes + limit else { return nil }
        // Closest by edit distance; on a tie, a name that extends the typed one
        // ("events_per_sec" → "events_per_second") wins, then alphabetical order.
        var best: (key: String, rank: (Int, Int))?
        for candidate in allowed.sorted() where abs(candidate.utf8.count - length) <= limit {
            let distance = EditDistance.between(key, candidate)
            guard distance <= limit else { continue }
            let rank = (distance, candidate.hasPrefix(key) ? 0 : 1)
            if best == nil || rank < best!.rank { best = (candidate, rank) }
        }
        return best?.key
    }

    /// The longest field name any object in a catalog or pricing file has, in bytes.
    static let longestFieldNameBytes = (UseCaseField.keyList + Array(Pricing.keys)).map(\.utf8.count).max() ?? 0

    /// `path.key`, the key shown as ``JSONValue/displayKey(_:)`` makes it
    /// (control characters visible, long keys cut).
    func join(_ path: String, _ key: String) -> String {
        let shown = JSONValue.displayKey(key)
        return path.isEmpty ? shown : path + "." + shown
    }

    mutating func issue(_ path: String, _ message: String) {
        issues.append(CatalogIssue(path: path, message: message))
    }

    func format(_ value: Double) -> String { JSONNumberFormat.string(value) ?? "?" }
}
