import TierwiseModel

/// Running totals of a catalog's cost under each portfolio policy, so that a
/// catalog analyzed in chunks (or streamed) gets its portfolio without keeping
/// every analysis.
///
/// Under the tierwise model a policy is priced at each use case's option for
/// the policy's tier (every system its pattern runs), use cases whose hard
/// constraint the policy misses are counted as infeasible instead of priced,
/// the monthly delay loss is summed beside the cost, and each shared
/// platform the policy needs (brokers, a scheduler) is priced once.
///
/// Sums are plain floating-point additions: to get the same bits every time,
/// tally fixed chunks of ``ParallelChunks/defaultChunkSize`` use cases and
/// merge them in catalog order, as ``CatalogAnalyzer`` does.
public struct PortfolioTally: Sendable, Equatable {
    /// How many infeasible use cases a scenario names.
    public static let infeasibleExampleLimit = 5

    private var monthlyUSD = [Double](repeating: 0, count: PortfolioScenario.Policy.allCases.count)
    private var initialUSD = [Double](repeating: 0, count: PortfolioScenario.Policy.allCases.count)
    private var delayLossUSD = [Double](repeating: 0, count: PortfolioScenario.Policy.allCases.count)
    private var usesStreaming = [Bool](repeating: false, count: PortfolioScenario.Policy.allCases.count)
    private var usesBatch = [Bool](repeating: false, count: PortfolioScenario.Policy.allCases.count)
    private var infeasibleCount = [Int](repeating: 0, count: PortfolioScenario.Policy.allCases.count)
    private var infeasibleExamples = [[String]](repeating: [], count: PortfolioScenario.Policy.allCases.count)
    private var isTierwise = false
    private var settings: DecisionSettings
    /// Use cases added.
    public private(set) var useCaseCount = 0
    /// Use cases whose tier should change.
    public private(set) var changesRecommended = 0

    /// Creates an empty `PortfolioTally`.
    public init(settings: DecisionSettings = DecisionSettings()) {
        self.settings = settings
    }

    /// The tally of `analyses`, added in order.
    public init(_ analyses: some Sequence<UseCaseAnalysis>, settings: DecisionSettings = DecisionSettings()) {
        self.settings = settings
        for analysis in analyses { add(analysis) }
    }

    /// Adds one use case.
    public mutating func add(_ analysis: UseCaseAnalysis) {
        let complexity = analysis.useCase.processingComplexity
        for (index, policy) in PortfolioScenario.Policy.allCases.enumerated() {
            if let decision = analysis.decision {
                isTierwise = true
                let tier: LatencyTier = switch policy {
                case .recommended: decision.chosenTier
                case .stated: analysis.requirement.statedTier
                case .allRealTime: .realTime
                case .allBatch: .batch
                }
                let option = decision.option(tier)
                // The recommendation stands even when nothing is feasible (it says so); other policies are not priced.
                if !option.isFeasible && !(policy == .recommended && decision.isInfeasible) {
                    infeasibleCount[index] += 1
                    if infeasibleExamples[index].count < Self.infeasibleExampleLimit {
                        infeasibleExamples[index].append(analysis.useCase.name)
                    }
                    continue
                }
                monthlyUSD[index] += option.cost.monthlyUSD
                initialUSD[index] += option.investmentUSD
                delayLossUSD[index] += option.monthlyDelayLossUSD
                usesStreaming[index] = usesStreaming[index] || Self.usesStreamingPlatform(option.pattern)
                usesBatch[index] = usesBatch[index] || Self.usesBatchPlatform(option.pattern)
                continue
            }
            let approach: ProcessingApproach = switch policy {
            case .recommended: analysis.architecture.approach
            case .stated: .serving(analysis.requirement.statedTier, complexity: complexity)
            case .allRealTime: .realTime
            case .allBatch: .serving(.batch, complexity: complexity)
            }
            let model = analysis.cost(of: approach)
            monthlyUSD[index] += model.totalMonthlyUSD
            initialUSD[index] += model.initialInvestmentUSD
        }
        useCaseCount += 1
        if analysis.requirement.isChangeRecommended { changesRecommended += 1 }
    }

    /// Adds another tally (of the use cases that come after these).
    public mutating func add(_ other: PortfolioTally) {
        for index in monthlyUSD.indices {
            monthlyUSD[index] += other.monthlyUSD[index]
            initialUSD[index] += other.initialUSD[index]
            delayLossUSD[index] += other.delayLossUSD[index]
            usesStreaming[index] = usesStreaming[index] || other.usesStreaming[index]
            usesBatch[index] = usesBatch[index] || other.usesBatch[index]
            infeasibleCount[index] += other.infeasibleCount[index]
            let room = Self.infeasibleExampleLimit - infeasibleExamples[index].count
            if room > 0 { infeasibleExamples[index] += other.infeasibleExamples[index].prefix(room) }
        }
        isTierwise = isTierwise || other.isTierwise
        useCaseCount += other.useCaseCount
        changesRecommended += other.changesRecommended
    }

    /// The portfolio under each policy, in ``PortfolioScenario/Policy`` order.
    public var scenarios: [PortfolioScenario] {
        PortfolioScenario.Policy.allCases.enumerated().map { index, policy in
            guard isTierwise else {
                return PortfolioScenario(policy: policy, monthlyTotalUSD: monthlyUSD[index], initialInvestmentUSD: initialUSD[index])
            }
            // The capacity cost model already sizes brokers into each stream job, so only the scheduler is shared.
            let streamingPlatform = settings.costModel == .capacity ? 0 : settings.streamingPlatformMonthlyUSD
            let platform = (usesStreaming[index] ? streamingPlatform : 0)
                + (usesBatch[index] ? settings.batchPlatformMonthlyUSD : 0)
            return PortfolioScenario(
                policy: policy, monthlyTotalUSD: monthlyUSD[index] + platform, initialInvestmentUSD: initialUSD[index],
                monthlyDelayLossUSD: delayLossUSD[index], platformMonthlyUSD: platform,
                infeasibleUseCaseCount: infeasibleCount[index], infeasibleExamples: infeasibleExamples[index])
        }
    }

    /// Patterns that run on the shared streaming platform (brokers): everything that streams.
    static func usesStreamingPlatform(_ pattern: ArchitecturePattern) -> Bool { pattern != .batch }

    /// Patterns that run on the shared batch platform (a scheduler).
    static func usesBatchPlatform(_ pattern: ArchitecturePattern) -> Bool {
        switch pattern {
        case .batch, .streamingIngestionBatchProcessing, .lambda, .materializedViews: true
        case .kappa, .hybridLakehouse: false
        }
    }
}
