/// Monte Carlo over the inputs a catalog gives as ranges, and the tornado
/// of each use case (docs/whatif.md, "Uncertainty").
public struct UncertaintyResult: Sendable, Equatable {
    /// P10, P50 and P90 (linear interpolation between order statistics, as NumPy's default) and the mean.
    public struct Percentiles: Sendable, Equatable {
        /// The 10th percentile.
        public var p10: Double
        /// The median.
        public var p50: Double
        /// The 90th percentile.
        public var p90: Double
        /// The mean.
        public var mean: Double

        /// Creates `Percentiles` from its parts.
        public init(p10: Double, p50: Double, p90: Double, mean: Double) {
            self.p10 = p10
            self.p50 = p50
            self.p90 = p90
            self.mean = mean
        }
    }

    /// How often one recommendation came out.
    public struct Share: Sendable, Equatable {
        /// The tier.
        public var tier: LatencyTier
        /// The pattern.
        public var pattern: ArchitecturePattern
        /// Share of the draws, 0 to 1.
        public var probability: Double

        /// Creates a `Share` from its parts.
        public init(tier: LatencyTier, pattern: ArchitecturePattern, probability: Double) {
            self.tier = tier
            self.pattern = pattern
            self.probability = probability
        }
    }

    /// One input of the tornado: the tracked move's net benefit with the input at its low and at its high.
    public struct TornadoBar: Sendable, Equatable {
        /// The input.
        public var input: UseCaseInput
        /// Its low value.
        public var low: Double
        /// Its high value.
        public var high: Double
        /// Net benefit per month of the tracked move with the input at its low, USD.
        public var netBenefitAtLowUSD: Double
        /// Net benefit per month of the tracked move with the input at its high, USD.
        public var netBenefitAtHighUSD: Double
        /// What is recommended with the input at its low.
        public var recommendationAtLow: Recommendation
        /// What is recommended with the input at its high.
        public var recommendationAtHigh: Recommendation
        /// True when the recommendation at low or at high differs from the base one.
        public var flips: Bool

        /// Creates a `TornadoBar` from its parts.
        public init(
            input: UseCaseInput, low: Double, high: Double, netBenefitAtLowUSD: Double, netBenefitAtHighUSD: Double,
            recommendationAtLow: Recommendation, recommendationAtHigh: Recommendation, flips: Bool
        ) {
            self.input = input
            self.low = low
            self.high = high
            self.netBenefitAtLowUSD = netBenefitAtLowUSD
            self.netBenefitAtHighUSD = netBenefitAtHighUSD
            self.recommendationAtLow = recommendationAtLow
            self.recommendationAtHigh = recommendationAtHigh
            self.flips = flips
        }

        /// |net benefit at high − at low|, USD per month: the bar's length.
        public var swingUSD: Double { abs(netBenefitAtHighUSD - netBenefitAtLowUSD) }
    }

    /// One use case with ranges.
    public struct UseCase: Sendable, Equatable {
        /// Its name.
        public var name: String
        /// The recommendation at the likely values.
        public var base: Recommendation
        /// The tier the tracked move starts from (the likely case's recommended move, else its next faster one).
        public var trackedMoveFrom: LatencyTier?
        /// The tier the tracked move goes to.
        public var trackedMoveTo: LatencyTier?
        /// The tracked move's monthly net benefit at the likely values, USD; nil without a move.
        public var trackedNetBenefitAtLikelyUSD: Double?
        /// The recommended pattern's monthly cost over the draws, USD.
        public var monthlyCostUSD: Percentiles
        /// The tracked move's monthly net benefit over the draws, USD; nil without a move.
        public var monthlyNetBenefitUSD: Percentiles?
        /// Share of draws in which the tracked move pays back within the bar, from the start of its build.
        public var probabilityPaysBack: Double?
        /// Each recommendation's share of the draws, most frequent first.
        public var shares: [Share]
        /// The tornado, longest bar first.
        public var tornado: [TornadoBar]
        /// Inputs with ranges.
        public var inputs: [UncertainInput]

        /// Creates a `UseCase` from its parts.
        public init(
            name: String, base: Recommendation, trackedMoveFrom: LatencyTier?, trackedMoveTo: LatencyTier?,
            trackedNetBenefitAtLikelyUSD: Double?, monthlyCostUSD: Percentiles, monthlyNetBenefitUSD: Percentiles?, probabilityPaysBack: Double?,
            shares: [Share], tornado: [TornadoBar], inputs: [UncertainInput]
        ) {
            self.name = name
            self.base = base
            self.trackedMoveFrom = trackedMoveFrom
            self.trackedMoveTo = trackedMoveTo
            self.trackedNetBenefitAtLikelyUSD = trackedNetBenefitAtLikelyUSD
            self.monthlyCostUSD = monthlyCostUSD
            self.monthlyNetBenefitUSD = monthlyNetBenefitUSD
            self.probabilityPaysBack = probabilityPaysBack
            self.shares = shares
            self.tornado = tornado
            self.inputs = inputs
        }
    }

    /// Draws made.
    public var draws: Int
    /// The seed.
    public var seed: UInt64
    /// The distribution used where a range names none.
    public var distribution: UncertainInput.Distribution
    /// The use cases with ranges, in catalog order.
    public var useCases: [UseCase]
    /// Use cases without ranges (their figures are fixed).
    public var fixedUseCaseCount: Int
    /// The portfolio's recommended monthly cost over the draws (every use case; fixed ones at their value), USD.
    public var portfolioMonthlyCostUSD: Percentiles
    /// Each draw's portfolio monthly cost, for a distribution chart (at most 10,000, evenly picked), USD.
    public var portfolioSamplesUSD: [Double]

    /// Creates an `UncertaintyResult` from its parts.
    public init(
        draws: Int, seed: UInt64, distribution: UncertainInput.Distribution, useCases: [UseCase], fixedUseCaseCount: Int,
        portfolioMonthlyCostUSD: Percentiles, portfolioSamplesUSD: [Double]
    ) {
        self.draws = draws
        self.seed = seed
        self.distribution = distribution
        self.useCases = useCases
        self.fixedUseCaseCount = fixedUseCaseCount
        self.portfolioMonthlyCostUSD = portfolioMonthlyCostUSD
        self.portfolioSamplesUSD = portfolioSamplesUSD
    }
}
