/// A gate policy: the rules `tierwise check --policy FILE` applies
/// (docs/ci.md, docs/policy.schema.json).
///
///     {"version": 1, "rules": [{"kind": "challenged_tier", "level": "warn"}]}
public struct GatePolicy: Sendable, Equatable {
    /// The version of the policy format this tierwise reads.
    public static let formatVersion = 1

    /// The rules, in file order.
    public var rules: [PolicyRule]

    /// Creates a `GatePolicy` from its rules.
    public init(rules: [PolicyRule]) {
        self.rules = rules
    }
}
