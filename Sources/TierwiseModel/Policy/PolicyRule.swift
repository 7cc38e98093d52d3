/// One rule of a gate policy (docs/ci.md, "Policies"): what it tests, its
/// level and its id (unique in the policy; SARIF and JUnit name it).
///
///     PolicyRule(id: "cost-increase", level: .deny,
///                kind: .monthlyCostIncrease(scope: .useCase, overUSD: 500, overPercent: 20, basis: .recommended))
public struct PolicyRule: Sendable, Equatable {
    /// What a rule is applied to.
    public enum Scope: String, CaseIterable, Sendable {
        /// Each use case.
        case useCase = "use_case"
        /// The portfolio (every catalog checked, together).
        case portfolio
    }

    /// What the rule tests.
    public enum Kind: Sendable, Equatable {
        /// Monthly cost up by more than `overUSD` dollars or more than
        /// `overPercent` percent against `--base` (either bound fails; a nil bound is not tested).
        case monthlyCostIncrease(scope: Scope, overUSD: Double?, overPercent: Double?, basis: CostBasis)
        /// The portfolio's monthly total above `maxUSD`.
        case portfolioMonthlyTotal(maxUSD: Double, basis: CostBasis)
        /// A stated tier tierwise does not recommend.
        case challengedTier
        /// A use case stated at one of `tiers` whose `latency_justification` has fewer than `minWords` words.
        case latencyJustification(minWords: Int, tiers: [LatencyTier])
        /// The recommended move pays back later than `maxMonths` from the start of its build (or never).
        case paybackMonths(maxMonths: Double)
        /// More than `maxCount` use cases at real time (stated or recommended).
        case realTimeUseCaseCount(maxCount: Int, basis: CostBasis)
        /// P(payback within `withinMonths`) below `minProbability`; needs ranges and a Monte Carlo run.
        case paybackProbability(minProbability: Double, withinMonths: Double)
        /// A simulation verdict that fails; needs a simulation.
        case simulationVerdict

        /// The `kind` string of the policy file.
        public var name: String {
            switch self {
            case .monthlyCostIncrease: "monthly_cost_increase"
            case .portfolioMonthlyTotal: "portfolio_monthly_total"
            case .challengedTier: "challenged_tier"
            case .latencyJustification: "latency_justification"
            case .paybackMonths: "payback_months"
            case .realTimeUseCaseCount: "real_time_use_case_count"
            case .paybackProbability: "payback_probability"
            case .simulationVerdict: "simulation_verdict"
            }
        }

        /// Every `kind` string, in the order docs/ci.md lists them.
        public static let names = [
            "monthly_cost_increase", "portfolio_monthly_total", "challenged_tier", "latency_justification",
            "payback_months", "real_time_use_case_count", "payback_probability", "simulation_verdict",
        ]

        /// Whether the rule gives findings per use case or for the portfolio.
        public var scope: Scope {
            switch self {
            case .monthlyCostIncrease(let scope, _, _, _): scope
            case .portfolioMonthlyTotal, .realTimeUseCaseCount: .portfolio
            case .challengedTier, .latencyJustification, .paybackMonths, .paybackProbability, .simulationVerdict: .useCase
            }
        }
    }

    /// Unique within the policy; defaults to the kind's name.
    public var id: String
    /// Deny or warn.
    public var level: PolicyLevel
    /// What it tests.
    public var kind: Kind
    /// The policy's own words for the rule, if any.
    public var description: String?

    /// Creates a `PolicyRule` from its parts.
    public init(id: String, level: PolicyLevel, kind: Kind, description: String? = nil) {
        self.id = id
        self.level = level
        self.kind = kind
        self.description = description
    }

    /// One sentence saying what the rule requires, for SARIF's rule list and reports.
    public var summary: String {
        switch kind {
        case .monthlyCostIncrease(let scope, let usd, let percent, let basis):
            let bounds = [usd.map { DisplayFormat.usd($0) }, percent.map { DisplayFormat.number($0) + "%" }]
                .compactMap { $0 }.joined(separator: " or ")
            let subject = scope == .portfolio ? "The portfolio's" : "A use case's"
            return "\(subject) monthly cost (\(basis.rawValue) tiers) may not rise by more than \(bounds) against the base."
        case .portfolioMonthlyTotal(let max, let basis):
            return "The portfolio's monthly total (\(basis.rawValue) tiers) may not exceed \(DisplayFormat.usd(max))."
        case .challengedTier:
            return "A stated tier should be the tier tierwise recommends."
        case .latencyJustification(let words, let tiers):
            return "A use case stated at \(listForMessages(tiers.map(\.rawValue))) needs a latency_justification of at least \(words) words."
        case .paybackMonths(let months):
            return "A recommended move must pay back within \(DisplayFormat.number(months)) months of the start of its build."
        case .realTimeUseCaseCount(let max, let basis):
            return "At most \(max) use cases may be real_time (\(basis.rawValue) tiers)."
        case .paybackProbability(let p, let months):
            return "P(payback within \(DisplayFormat.number(months)) months) must be at least \(DisplayFormat.number(p, decimals: 4)) (needs ranges and a Monte Carlo run)."
        case .simulationVerdict:
            return "A use case's simulation verdict must pass (needs a simulation)."
        }
    }
}
