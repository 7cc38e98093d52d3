/// The analysis of a whole catalog: each use case and the portfolio.
public struct CatalogAnalysis: Sendable, Equatable {
    /// The catalog's title, if any.
    public var catalogName: String?
    /// Per use case, in catalog order.
    public var useCases: [UseCaseAnalysis]
    /// The portfolio under each policy, in ``PortfolioScenario/Policy`` order.
    public var portfolio: [PortfolioScenario]
    /// The tier latencies break-even assumed.
    public var tierLatencies: TierLatencies
    /// The decision model used.
    public var model: DecisionModel
    /// The tierwise model's settings (payback bar, team, platforms).
    public var settings: DecisionSettings
    /// The what-if overrides applied to the catalog, in order.
    public var overrides: [CatalogOverride] = []

    /// Creates a `CatalogAnalysis` from its parts.
    public init(
        catalogName: String?, useCases: [UseCaseAnalysis], portfolio: [PortfolioScenario], tierLatencies: TierLatencies,
        model: DecisionModel = .seed, settings: DecisionSettings = DecisionSettings(), overrides: [CatalogOverride] = []
    ) {
        self.overrides = overrides
        self.model = model
        self.settings = settings
        self.catalogName = catalogName
        self.useCases = useCases
        self.portfolio = portfolio
        self.tierLatencies = tierLatencies
    }

    /// The scenario for `policy`.
    public func scenario(_ policy: PortfolioScenario.Policy) -> PortfolioScenario {
        portfolio.first { $0.policy == policy }!
    }
}
