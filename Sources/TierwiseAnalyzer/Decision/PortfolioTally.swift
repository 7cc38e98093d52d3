import TierwiseModel

/// Running totals of a catalog's cost under each portfolio policy, so that a
/// catalog analyzed in chunks (or streamed) gets its portfolio without keeping
/// every analysis.
///
/// Sums are plain floating-point additions: to get the same bits every time,
/// tally fixed chunks of ``ParallelChunks/defaultChunkSize`` use cases and
/// merge them in catalog order, as ``CatalogAnalyzer`` does.
public struct PortfolioTally: Sendable, Equatable {
    private var monthlyUSD = [Double](repeating: 0, count: PortfolioScenario.Policy.allCases.count)
    private var initialUSD = [Double](repeating: 0, count: PortfolioScenario.Policy.allCases.count)
    /// Use cases added.
    public private(set) var useCaseCount = 0
    /// Use cases whose tier should change.
    public private(set) var changesRecommended = 0

    /// Creates a `PortfolioTally` from its parts.
    public init() {}

    /// The tally of `analyses`, added in order.
    public init(_ analyses: some Sequence<UseCaseAnalysis>) {
        for analysis in analyses { add(analysis) }
    }

    /// Adds one use case.
    public mutating func add(_ analysis: UseCaseAnalysis) {
        let complexity = analysis.useCase.processingComplexity
        for (index, policy) in PortfolioScenario.Policy.allCases.enumerated() {
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
        }
        useCaseCount += other.useCaseCount
        changesRecommended += other.changesRecommended
    }

    /// The portfolio under each policy, in ``PortfolioScenario/Policy`` order.
    public var scenarios: [PortfolioScenario] {
        PortfolioScenario.Policy.allCases.enumerated().map { index, policy in
            PortfolioScenario(policy: policy, monthlyTotalUSD: monthlyUSD[index], initialInvestmentUSD: initialUSD[index])
        }
    }
}
