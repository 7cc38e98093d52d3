/// A catalog's portfolio totals as a comparison keeps them, USD.
public struct PortfolioSnapshot: Sendable, Equatable {
    /// Monthly total of the recommended mix.
    public var recommendedMonthlyUSD: Double
    /// First-year cost of the recommended mix.
    public var recommendedFirstYearUSD: Double
    /// Monthly total at the stated tiers.
    public var statedMonthlyUSD: Double
    /// First-year cost at the stated tiers.
    public var statedFirstYearUSD: Double

    /// Creates a `PortfolioSnapshot` from its parts.
    public init(recommendedMonthlyUSD: Double, recommendedFirstYearUSD: Double, statedMonthlyUSD: Double, statedFirstYearUSD: Double) {
        self.recommendedMonthlyUSD = recommendedMonthlyUSD
        self.recommendedFirstYearUSD = recommendedFirstYearUSD
        self.statedMonthlyUSD = statedMonthlyUSD
        self.statedFirstYearUSD = statedFirstYearUSD
    }

    /// Monthly total on `basis`, USD.
    public func monthlyUSD(_ basis: CostBasis) -> Double { basis == .recommended ? recommendedMonthlyUSD : statedMonthlyUSD }

    /// The sum of two portfolios (for several catalogs checked together).
    public static func + (lhs: PortfolioSnapshot, rhs: PortfolioSnapshot) -> PortfolioSnapshot {
        PortfolioSnapshot(
            recommendedMonthlyUSD: lhs.recommendedMonthlyUSD + rhs.recommendedMonthlyUSD,
            recommendedFirstYearUSD: lhs.recommendedFirstYearUSD + rhs.recommendedFirstYearUSD,
            statedMonthlyUSD: lhs.statedMonthlyUSD + rhs.statedMonthlyUSD,
            statedFirstYearUSD: lhs.statedFirstYearUSD + rhs.statedFirstYearUSD)
    }

    /// Nothing.
    public static let zero = PortfolioSnapshot(
        recommendedMonthlyUSD: 0, recommendedFirstYearUSD: 0, statedMonthlyUSD: 0, statedFirstYearUSD: 0)
}
