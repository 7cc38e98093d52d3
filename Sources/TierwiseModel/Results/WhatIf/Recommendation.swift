/// What the tierwise model recommends for a use case, reduced to what a
/// what-if compares: the tier, the pattern and the money.
public struct Recommendation: Sendable, Equatable {
    /// The recommended tier.
    public var tier: LatencyTier
    /// The recommended pattern.
    public var pattern: ArchitecturePattern
    /// The recommended pattern's monthly cost, USD.
    public var monthlyCostUSD: Double
    /// The delay loss left at the recommended tier, USD per month.
    public var monthlyDelayLossUSD: Double
    /// Payback of the recommended move from the start of its build, months; nil when there is no move or it never pays.
    public var paybackMonths: Double?
    /// True when the recommendation is a move (from the system in place or the cheapest feasible tier).
    public var hasMove: Bool
    /// Net benefit per month of the recommended move (value gained − extra cost), USD; 0 when it stays.
    public var monthlyNetBenefitUSD: Double

    /// Creates a `Recommendation` from its parts.
    public init(
        tier: LatencyTier, pattern: ArchitecturePattern, monthlyCostUSD: Double, monthlyDelayLossUSD: Double,
        paybackMonths: Double?, monthlyNetBenefitUSD: Double, hasMove: Bool = true
    ) {
        self.hasMove = hasMove
        self.tier = tier
        self.pattern = pattern
        self.monthlyCostUSD = monthlyCostUSD
        self.monthlyDelayLossUSD = monthlyDelayLossUSD
        self.paybackMonths = paybackMonths
        self.monthlyNetBenefitUSD = monthlyNetBenefitUSD
    }

    /// True when tier and pattern are the same as `other`'s: money aside, the same decision.
    public func decidesLike(_ other: Recommendation) -> Bool { tier == other.tier && pattern == other.pattern }

    /// "micro_batch, Materialized views", for tables.
    public var label: String { tier.rawValue + ", " + pattern.title }
}
