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

    /// Creates a `PortfolioScenario` from its parts.
    public init(policy: Policy, monthlyTotalUSD: Double, initialInvestmentUSD: Double) {
        self.policy = policy
        self.monthlyTotalUSD = monthlyTotalUSD
        self.initialInvestmentUSD = initialInvestmentUSD
    }

    /// First-year TCO: 12 × monthly + initial, USD.
    public var annualTCOUSD: Double { monthlyTotalUSD * 12 + initialInvestmentUSD }
}
