/// The portfolio of BASE against HEAD (recommended mix), USD.
public struct PortfolioDelta: Sendable, Equatable {
    /// BASE's totals.
    public var base: PortfolioSnapshot
    /// HEAD's totals.
    public var head: PortfolioSnapshot
    /// HEAD's monthly total minus BASE's.
    public var monthlyDeltaUSD: Double
    /// The monthly change as a percentage of BASE's; nil when BASE's is 0.
    public var monthlyDeltaPercent: Double?
    /// HEAD's first-year cost minus BASE's.
    public var firstYearDeltaUSD: Double
    /// The first-year change as a percentage of BASE's; nil when BASE's is 0.
    public var firstYearDeltaPercent: Double?

    /// Creates a `PortfolioDelta` from its parts.
    public init(
        base: PortfolioSnapshot, head: PortfolioSnapshot, monthlyDeltaUSD: Double, monthlyDeltaPercent: Double?,
        firstYearDeltaUSD: Double, firstYearDeltaPercent: Double?
    ) {
        self.base = base
        self.head = head
        self.monthlyDeltaUSD = monthlyDeltaUSD
        self.monthlyDeltaPercent = monthlyDeltaPercent
        self.firstYearDeltaUSD = firstYearDeltaUSD
        self.firstYearDeltaPercent = firstYearDeltaPercent
    }
}
