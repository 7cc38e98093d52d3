/// A pricing file decoded from JSON, with the warnings found on the way
/// (unknown keys, which are ignored but may be typos).
public struct LoadedPricing: Sendable, Equatable {
    /// The values the file states.
    public var overrides: PricingOverrides
    /// Keys tierwise does not know; the file is still used. At most
    /// ``IssueList/defaultLimit`` are kept; ``warningCount`` counts them all.
    public var warnings: [CatalogIssue]
    /// How many warnings were found, kept or not.
    public var warningCount: Int

    /// Creates a `LoadedPricing` from its parts.
    public init(overrides: PricingOverrides, warnings: [CatalogIssue] = [], warningCount: Int = 0) {
        self.overrides = overrides
        self.warnings = warnings
        self.warningCount = warningCount
    }

    /// The file's values over the built-in ones.
    public var pricing: Pricing { overrides.applied(to: .builtIn) }
}
