@testable import TierwiseModel

/// Builds catalog JSON text for tests: a valid use case whose fields can be
/// replaced (raw JSON text) or removed (nil).
enum CatalogFixtures {
    static let validFields: [(String, String)] = [
        ("name", #""Fraud""#),
        ("description", #""Score transactions""#),
        ("data_source", #""payments""#),
        ("latency_requirement", #""real_time""#),
        ("latency_justification", #""Block before settlement""#),
        ("events_per_second", "100"),
        ("peak_multiplier", "2"),
        ("requires_historical_context", "true"),
        ("requires_ordering", "false"),
        ("requires_exactly_once", "true"),
        ("revenue_impact_per_minute_delay", "500"),
        ("cost_of_error", #""critical""#),
    ]

    /// One use case object; `changes` replaces or adds fields (raw JSON text), `removing` drops fields.
    static func useCase(_ changes: [String: String] = [:], removing: Set<String> = []) -> String {
        var fields = validFields.filter { !removing.contains($0.0) }.map { key, value in (key, changes[key] ?? value) }
        for (key, value) in changes.sorted(by: { $0.key < $1.key }) where !validFields.contains(where: { $0.0 == key }) {
            fields.append((key, value))
        }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A catalog of the given use case objects, with optional extra top-level members.
    static func catalog(_ useCases: [String], extra: String = "") -> String {
        "{" + (extra.isEmpty ? "" : extra + ", ") + "\"use_cases\": [" + useCases.joined(separator: ", ") + "]}"
    }

    static func decode(_ text: String, overrides: CostParameterOverrides = CostParameterOverrides()) throws(CatalogError) -> LoadedCatalog {
        try CatalogDecoder(commandOverrides: overrides).decode(Array(text.utf8), path: "catalogs/x.json")
    }

    /// The issues of an invalid catalog, or [] when it decodes.
    static func issues(_ text: String) -> [String] {
        do {
            _ = try decode(text)
            return []
        } catch {
            if case .invalid(_, let issues, _) = error { return issues.map(\.description) }
            return [error.description]
        }
    }
}
