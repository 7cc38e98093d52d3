/// The tierwise model's verdict on a use case (docs/methodology.md, "Tier verdicts"):
/// every tier as an option, the moves weighed, the tier chosen and why, the
/// seed's rules as challenges, the guarantees the cost of error calls for.
public struct TierDecision: Sendable, Equatable {
    /// A rule's challenge to the stated tier, with the value at which it would flip.
    public struct Challenge: Sendable, Equatable {
        /// A short name ("seed: dashboard relax").
        public var rule: String
        /// What it says about this use case, one sentence.
        public var message: String

        /// Creates a `Challenge` from its parts.
        public init(rule: String, message: String) {
            self.rule = rule
            self.message = message
        }
    }

    /// A choice forced by `--force-tier` or `--force-pattern`, against what tierwise recommends.
    public struct ForcedChoice: Sendable, Equatable {
        /// The tier tierwise recommends without the force.
        public var recommendedTier: LatencyTier
        /// The pattern tierwise recommends without the force.
        public var recommendedPattern: ArchitecturePattern
        /// Forced minus recommended monthly cost, USD.
        public var monthlyCostDeltaUSD: Double
        /// Forced minus recommended monthly delay loss, USD.
        public var monthlyDelayLossDeltaUSD: Double
        /// Forced minus recommended investment, USD.
        public var investmentDeltaUSD: Double

        /// Creates a `ForcedChoice` from its parts.
        public init(
            recommendedTier: LatencyTier, recommendedPattern: ArchitecturePattern, monthlyCostDeltaUSD: Double,
            monthlyDelayLossDeltaUSD: Double, investmentDeltaUSD: Double
        ) {
            self.recommendedTier = recommendedTier
            self.recommendedPattern = recommendedPattern
            self.monthlyCostDeltaUSD = monthlyCostDeltaUSD
            self.monthlyDelayLossDeltaUSD = monthlyDelayLossDeltaUSD
            self.investmentDeltaUSD = investmentDeltaUSD
        }
    }

    /// The forced choice, when the analysis was asked "what if this were X?"; nil otherwise.
    public var forced: ForcedChoice?
    /// The value model used (the use case's, the catalog's, or the seed's).
    public var valueModel: ValueModel
    /// True when the value model was not stated and the seed's was assumed.
    public var valueModelAssumed: Bool
    /// Who acts on the results (stated, or read from the description's words).
    public var consumer: ResultConsumer
    /// True when the catalog states the consumer.
    public var consumerStated: Bool
    /// Every tier, fastest first.
    public var options: [TierOption]
    /// The tier in place, if any.
    public var currentTier: LatencyTier?
    /// Where the comparison starts: the slowest feasible tier.
    public var baselineTier: LatencyTier
    /// The recommended tier.
    public var chosenTier: LatencyTier
    /// The moves weighed, slowest first: each from the tier chosen so far to the next faster feasible one.
    public var steps: [DecisionStep]
    /// The recommended move: from the system in place (or, with nothing in
    /// place, from the cheapest feasible tier) to the chosen tier; nil when it stays.
    public var recommendedMove: DecisionStep?
    /// The next faster move, declined, with what it would take; nil when nothing faster is feasible.
    public var nextFasterMove: DecisionStep?
    /// Why the chosen tier, one sentence.
    public var reason: String
    /// The rules that challenge the stated tier.
    public var challenges: [Challenge]
    /// What the cost of error and the exactly-once need call for: guarantees, not speed.
    public var guarantees: [String]
    /// Combinations of needs and pattern that cannot work as stated, with what to do instead.
    public var advisories: [String]
    /// Net present value of the recommended move over 36 months, when a discount rate is given, USD.
    public var netPresentValueUSD: Double?

    /// Creates a `TierDecision` from its parts.
    public init(
        valueModel: ValueModel, valueModelAssumed: Bool, consumer: ResultConsumer, consumerStated: Bool,
        options: [TierOption], currentTier: LatencyTier?,
        baselineTier: LatencyTier, chosenTier: LatencyTier, steps: [DecisionStep], recommendedMove: DecisionStep?,
        nextFasterMove: DecisionStep?, reason: String, challenges: [Challenge], guarantees: [String],
        advisories: [String], netPresentValueUSD: Double?, forced: ForcedChoice? = nil
    ) {
        self.forced = forced
        self.valueModel = valueModel
        self.valueModelAssumed = valueModelAssumed
        self.consumer = consumer
        self.consumerStated = consumerStated
        self.options = options
        self.currentTier = currentTier
        self.baselineTier = baselineTier
        self.chosenTier = chosenTier
        self.steps = steps
        self.recommendedMove = recommendedMove
        self.nextFasterMove = nextFasterMove
        self.reason = reason
        self.challenges = challenges
        self.guarantees = guarantees
        self.advisories = advisories
        self.netPresentValueUSD = netPresentValueUSD
    }

    /// The option for `tier`.
    public func option(_ tier: LatencyTier) -> TierOption {
        options.first { $0.tier == tier } ?? options[0]
    }

    /// The chosen option.
    public var chosen: TierOption { option(chosenTier) }

    /// True when no tier meets the hard constraints.
    public var isInfeasible: Bool { !options.contains { $0.isFeasible } }
}
