/// The cost of the whole catalog under one policy (recommended mix, stated
/// tiers, all real time, all batch).
public struct PortfolioScenario: Sendable, Equatable {
    /// The policies compared.
    public enum Policy: String, CaseIterable, Sendable {
        case recommended
        case stated
        case allRealTime = "all_real_time"
        case allBatch = "all_batch"

        /// "Recommended mix", for tables.
        public var title: String {
            switch self {
            case .recommended: "Recommended mix"
            case .stated: "Stated tiers"
            case .allRealTime: "Everything real time"
            case .allBatch: "Everything batch"
            }
        }
    }

    /// The policy costed.
    public var policy: Policy
    /// Sum of monthly totals, USD.
    public var monthlyTotalUSD: Double
    /// Sum of initial investments, USD.
    public var initialInvestmentUSD: Double
    /// Sum of monthly delay losses at the policy's tiers, USD (tierwise model; nil under the seed's).
    public var monthlyDelayLossUSD: Double?
    /// The shared platforms the policy needs, priced once, USD per month (tierwise model; nil under the seed's).
    public var platformMonthlyUSD: Double?
    /// Use cases whose hard constraint the policy cannot meet: not priced (tierwise model).
    public var infeasibleUseCaseCount: Int
    /// The first few of them, by name.
    public var infeasibleExamples: [String]

    /// Creates a `PortfolioScenario` from its parts.
    public init(
        policy: Policy, monthlyTotalUSD: Double, initialInvestmentUSD: Double, monthlyDelayLossUSD: Double? = nil,
        platformMonthlyUSD: Double? = nil, infeasibleUseCaseCount: Int = 0, infeasibleExamples: [String] = []
    ) {
        self.policy = policy
        self.monthlyTotalUSD = monthlyTotalUSD
        self.initialInvestmentUSD = initialInvestmentUSD
        self.monthlyDelayLossUSD = monthlyDelayLossUSD
        self.platformMonthlyUSD = platformMonthlyUSD
        self.infeasibleUseCaseCount = infeasibleUseCaseCount
        self.infeasibleExamples = infeasibleExamples
    }

    /// True when the policy meets every use case's hard constraints.
    public var isFeasible: Bool { infeasibleUseCaseCount == 0 }

    /// 12 × monthly, USD: a year of running once built.
    public var steadyStateAnnualUSD: Double { monthlyTotalUSD * 12 }

    /// First-year TCO: 12 × monthly + initial, USD.
    public var annualTCOUSD: Double { monthlyTotalUSD * 12 + initialInvestmentUSD }
}
