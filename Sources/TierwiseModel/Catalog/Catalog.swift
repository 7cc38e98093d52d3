/// A decoded use-case catalog: the use cases with every default and override
/// already applied, and the catalog-wide settings that are not per use case.
public struct Catalog: Sendable, Equatable {
    /// The catalog's title, if it has one.
    public var name: String?
    /// Catalog-wide defaults as written (kept for re-encoding and reports).
    public var defaults: CatalogDefaults
    /// The use cases, in catalog order.
    public var useCases: [UseCase]
    /// The what-if overrides applied before decoding, in order (for the report's assumptions).
    public var appliedOverrides: [CatalogOverride] = []

    /// Creates a `Catalog` from its parts.
    public init(name: String? = nil, defaults: CatalogDefaults = CatalogDefaults(), useCases: [UseCase]) {
        self.name = name
        self.defaults = defaults
        self.useCases = useCases
    }

    /// The tierwise model's settings, with the catalog's pricing applied to the built-in prices.
    public var decisionSettings: DecisionSettings {
        var settings = defaults.decision
        settings.pricing = defaults.pricing.applied(to: .builtIn)
        return settings
    }

    /// The latency each tier is assumed to have in break-even calculations.
    public var tierLatencies: TierLatencies { TierLatencies(overrides: defaults.tierLatencyMinutes) }
}
