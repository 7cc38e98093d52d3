/// One latency tier as an option for a use case: what it delivers, what the
/// delay still costs there, what it costs to run and to build, and whether it
/// meets the use case's hard constraints.
public struct TierOption: Sendable, Equatable {
    /// The tier.
    public var tier: LatencyTier
    /// The pattern that would serve it.
    public var pattern: ArchitecturePattern
    /// The approach costed for its processing.
    public var approach: ProcessingApproach
    /// The latency it delivers.
    public var delivered: DeliveredLatency
    /// The latency value is computed at: the delivered mean raised to the
    /// source's and the consumer's intervals (nothing faster than either is worth anything), minutes.
    public var creditedLatencyMinutes: Double
    /// Delay loss per month at this tier, capped at the month's minutes, USD.
    public var monthlyDelayLossUSD: Double
    /// True when the value model claimed more than the cap and was cut to it.
    public var capBinds: Bool
    /// What the pattern costs.
    public var cost: PatternCost
    /// One-time investment to get here: the build in full (nothing when it is
    /// the system in place) plus the parallel run when another system is replaced, USD.
    public var investmentUSD: Double
    /// Calendar months before it delivers: the build (person-days ÷ team ÷ 21) plus any parallel run.
    public var monthsToBenefit: Double
    /// True when `delivered` was measured by simulation (`analyze --simulate`) rather than assumed.
    public var isMeasured = false
    /// Why it cannot serve the use case (a missed deadline, a cadence slower than the reader's); nil when it can.
    public var infeasibleReason: String?

    /// Creates a `TierOption` from its parts.
    public init(
        tier: LatencyTier, pattern: ArchitecturePattern, approach: ProcessingApproach, delivered: DeliveredLatency,
        creditedLatencyMinutes: Double, monthlyDelayLossUSD: Double, capBinds: Bool, cost: PatternCost,
        investmentUSD: Double, monthsToBenefit: Double, infeasibleReason: String?
    ) {
        self.tier = tier
        self.pattern = pattern
        self.approach = approach
        self.delivered = delivered
        self.creditedLatencyMinutes = creditedLatencyMinutes
        self.monthlyDelayLossUSD = monthlyDelayLossUSD
        self.capBinds = capBinds
        self.cost = cost
        self.investmentUSD = investmentUSD
        self.monthsToBenefit = monthsToBenefit
        self.infeasibleReason = infeasibleReason
    }

    /// True when it meets the hard constraints.
    public var isFeasible: Bool { infeasibleReason == nil }
    /// Investment plus 12 months of running, USD: the first year's cost, named for what it is.
    public var firstYearCostUSD: Double { investmentUSD + cost.steadyStateAnnualUSD }
}
