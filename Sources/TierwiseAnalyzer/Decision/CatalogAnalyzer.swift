import TierwiseModel

/// Runs the whole decision framework over a catalog: requirement, costs,
/// break-even, decision matrix, architecture and migration per use case, then
/// the portfolio.
public enum CatalogAnalyzer {
    /// Analyzes every use case and the portfolio.
    public static func analyze(_ catalog: Catalog) -> CatalogAnalysis {
        let latencies = catalog.tierLatencies
        let analyses = ParallelChunks.map(catalog.useCases) { chunk in
            chunk.map { analyze($0, latencies: latencies) }
        }.flatMap { $0 }
        return CatalogAnalysis(
            catalogName: catalog.name,
            useCases: analyses,
            portfolio: portfolio(of: analyses).scenarios,
            tierLatencies: latencies
        )
    }

    /// Analyzes one use case.
    public static func analyze(_ useCase: UseCase, latencies: TierLatencies = TierLatencies()) -> UseCaseAnalysis {
        let requirement = RequirementAnalyzer.assess(useCase)
        let estimator = CostEstimator(parameters: useCase.costParameters)
        let costs = estimator.compare(eventsPerDay: useCase.eventsPerDay, approaches: ProcessingApproach.allCases)
        let architecture = ArchitectureAdvisor.recommend(
            for: useCase, at: requirement.recommendedTier, latencies: latencies)
        return UseCaseAnalysis(
            useCase: useCase,
            requirement: requirement,
            costs: costs,
            breakEven: breakEven(useCase, requirement: requirement, costs: costs, latencies: latencies),
            decisionMatrix: DecisionMatrixBuilder.build(for: useCase),
            architecture: architecture,
            migration: MigrationPlanner.plan(from: requirement.statedTier, to: requirement.recommendedTier)
        )
    }

    /// The break-even that answers the decision at hand. When a tier change
    /// is recommended: the slower of the stated and recommended tiers against
    /// the faster. Otherwise: the recommended tier against the next faster
    /// approach (real time, already the fastest, is compared with near real
    /// time below it).
    static func breakEven(
        _ useCase: UseCase, requirement: RequirementAssessment, costs: [ApproachCost], latencies: TierLatencies
    ) -> BreakEven {
        let (slowerTier, fasterTier) = comparedTiers(requirement)
        let complexity = useCase.processingComplexity
        let from = ProcessingApproach.serving(slowerTier, complexity: complexity)
        let to = ProcessingApproach.serving(fasterTier, complexity: complexity)
        return BreakEvenCalculator.calculate(
            from: costs.first { $0.approach == from }!,
            to: costs.first { $0.approach == to }!,
            revenuePerMinuteDelayUSD: useCase.revenueImpactPerMinuteDelayUSD,
            baselineLatencyMinutes: latencies.minutes(for: slowerTier),
            candidateLatencyMinutes: latencies.minutes(for: fasterTier)
        )
    }

    /// The (slower, faster) tiers a use case's break-even compares.
    static func comparedTiers(_ requirement: RequirementAssessment) -> (LatencyTier, LatencyTier) {
        let stated = requirement.statedTier, recommended = requirement.recommendedTier
        if stated != recommended { return (max(stated, recommended), min(stated, recommended)) }
        switch recommended {
        case .realTime: return (.nearRealTime, .realTime)
        case .nearRealTime: return (.nearRealTime, .realTime)
        case .microBatch: return (.microBatch, .nearRealTime)
        // Mini-batch and batch cost the same (both are batch jobs), so the next
        // step that changes the cost is micro-batch.
        case .miniBatch, .batch: return (recommended, .microBatch)
        }
    }

    /// The catalog's cost under each policy: fixed chunks tallied, then merged in order.
    static func portfolio(of analyses: [UseCaseAnalysis]) -> PortfolioTally {
        var total = PortfolioTally()
        for chunk in stride(from: 0, to: analyses.count, by: ParallelChunks.defaultChunkSize) {
            total.add(PortfolioTally(analyses[chunk..<min(chunk + ParallelChunks.defaultChunkSize, analyses.count)]))
        }
        return total
    }
}
