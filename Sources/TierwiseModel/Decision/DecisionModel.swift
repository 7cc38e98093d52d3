/// Which decision model an analysis uses.
///
/// `seed` reproduces seed 002's framework exactly (its rules, its value of
/// time, its figures and report fields). `tierwise` is the default: value
/// models with a cap, delivered latency instead of tier bounds, tier verdicts
/// that weigh cost, patterns costed as patterns (docs/methodology.md).
public enum DecisionModel: String, CaseIterable, Sendable {
    /// Seed 002 as published, byte for byte.
    case seed
    /// tierwise's model (docs/methodology.md, "The tierwise model").
    case tierwise
}
