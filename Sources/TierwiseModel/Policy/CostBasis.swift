/// Which cost a cost rule reads: the recommended tier's (what tierwise
/// advises building) or the stated tier's (what the catalog asks for).
public enum CostBasis: String, CaseIterable, Sendable {
    /// The recommended tier's pattern (the default).
    case recommended
    /// The stated tier's pattern.
    case stated
}
