import TierwiseModel

/// Runs the whole decision framework over a catalog: requirement, costs,
/// break-even, decision matrix, architecture and migration per use case, then
/// the portfolio.
public enum CatalogAnalyzer {
    /// Analyzes every use case and the portfolio under `model`.
    public static func analyze(_ catalog: Catalog, model: DecisionModel = .seed) -> CatalogAnalysis {
        let latencies = catalog.tierLatencies
        let settings = catalog.decisionSettings
        let analyses = ParallelChunks.map(catalog.useCases) { chunk in
            chunk.map { analyze($0, latencies: latencies, model: model, settings: settings) }
        }.flatMap { $0 }
        return CatalogAnalysis(
            catalogName: catalog.name,
            useCases: analyses,
            portfolio: portfolio(of: analyses, settings: settings).scenarios,
            tierLatencies: latencies,
            model: model,
            settings: settings,
            overrides: catalog.appliedOverrides
        )
    }

    /// Analyzes one use case under `model`.
    public static func analyze(
        _ useCase: UseCase, latencies: TierLatencies = TierLatencies(), model: DecisionModel,
        settings: DecisionSettings = DecisionSettings()
    ) -> UseCaseAnalysis {
        switch model {
        case .seed: analyze(useCase, latencies: latencies)
        case .tierwise: analyzeTierwise(useCase, latencies: latencies, settings: settings)
        }
    }

    /// The tierwise model: ``TierDecider`` chooses the tier; the pattern,
    /// matrix and migration follow from it; break-even is the recommended move.
    static func analyzeTierwise(_ useCase: UseCase, latencies: TierLatencies, settings: DecisionSettings) -> UseCaseAnalysis {
        let estimator = CostEstimator(parameters: useCase.costParameters)
        let costs = costs(useCase, settings: settings, estimator: estimator)
        let decision = TierDecider.decide(
            useCase, latencies: latencies, settings: settings, costs: costs, estimator: estimator)
        let chosen = decision.chosen
        var architecture = ArchitectureAdvisor.recommendTierwise(for: useCase, at: chosen.tier, delivered: chosen.delivered)
        if let pattern = useCase.forcedPattern, pattern != architecture.pattern {
            architecture.reason = "Forced to \(pattern.title) (what if); at \(chosen.tier.rawValue) tierwise would choose "
                + "\(architecture.pattern.title): " + architecture.reason
            architecture.pattern = pattern
        }
        let move = decision.recommendedMove ?? decision.nextFasterMove
        let requirement = RequirementAssessment(
            statedTier: useCase.latencyRequirement, recommendedTier: decision.chosenTier, rationale: decision.reason)
        return UseCaseAnalysis(
            useCase: useCase,
            requirement: requirement,
            costs: costs,
            breakEven: breakEven(of: move, decision: decision, costs: costs),
            decisionMatrix: DecisionMatrixBuilder.buildTierwise(for: useCase, at: decision.chosenTier),
            architecture: architecture,
            migration: MigrationPlanner.plan(for: decision, settings: settings),
            decision: decision
        )
    }

    /// The tierwise decision alone, without words, matrix or migration: what a
    /// Monte Carlo draw needs. Its chosen option's pattern is the analysis's pattern.
    public static func quickDecision(_ useCase: UseCase, latencies: TierLatencies, settings: DecisionSettings) -> TierDecision {
        let estimator = CostEstimator(parameters: useCase.costParameters)
        return TierDecider.decide(
            useCase, latencies: latencies, settings: settings, costs: costs(useCase, settings: settings, estimator: estimator),
            estimator: estimator, explains: false)
    }

    static func costs(_ useCase: UseCase, settings: DecisionSettings, estimator: CostEstimator) -> [ApproachCost] {
        switch settings.costModel {
        case .multipliers: estimator.compare(eventsPerDay: useCase.eventsPerDay, approaches: ProcessingApproach.allCases)
        case .capacity:
            CapacityCostEstimator(pricing: settings.pricing, parameters: useCase.costParameters)
                .compare(useCase, approaches: ProcessingApproach.allCases)
        }
    }

    /// A move as a ``BreakEven`` (the shape the seed's reports and JSON share).
    static func breakEven(of move: DecisionStep?, decision: TierDecision, costs: [ApproachCost]) -> BreakEven {
        let from = move.map { decision.option($0.from) } ?? decision.chosen
        let to = move.map { decision.option($0.to) } ?? decision.chosen
        return BreakEven(
            fromApproach: from.approach, toApproach: to.approach,
            baselineLatencyMinutes: from.creditedLatencyMinutes, candidateLatencyMinutes: to.creditedLatencyMinutes,
            monthlyCostIncreaseUSD: move?.monthlyCostIncreaseUSD ?? 0,
            monthlyLatencyValueUSD: move?.monthlyValueGainUSD ?? 0,
            initialInvestmentIncreaseUSD: move?.investmentIncreaseUSD ?? 0)
    }

    /// Analyzes one use case with the seed's model.
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

    // MARK: - Streaming

    /// Use cases analyzed per round by ``analyzeInRounds(_:render:emit:)``: a
    /// multiple of the chunk size, so the portfolio sums match ``analyze(_:)``'s bit for bit.
    public static let useCasesPerRound = ParallelChunks.defaultChunkSize * 16

    /// Analyzes a catalog round by round on all cores, keeping only one round
    /// of analyses in memory: each chunk of a round is analyzed and handed to
    /// `render` on the core that analyzed it (`isFirst` for the catalog's
    /// first chunk), then the round's pieces go to `emit` in catalog order.
    /// `emit` returns false to stop early (a failed write). Returns the
    /// portfolio over everything analyzed, the same as ``analyze(_:)``'s.
    ///
    ///     let tally = CatalogAnalyzer.analyzeInRounds(catalog) { analyses, isFirst in
    ///         AnalysisJSONReport.fragment(analyses, followsElement: !isFirst)
    ///     } emit: { pieces in writer.enqueue(pieces); return !writer.hasFailed }
    public static func analyzeInRounds<Piece: Sendable>(
        _ catalog: Catalog, model: DecisionModel = .seed,
        render: @escaping @Sendable (_ analyses: [UseCaseAnalysis], _ isFirst: Bool) -> Piece,
        emit: ([Piece]) -> Bool
    ) -> PortfolioTally {
        let useCases = catalog.useCases
        let latencies = catalog.tierLatencies
        let settings = catalog.decisionSettings
        var tally = PortfolioTally(settings: settings)
        for roundStart in stride(from: 0, to: useCases.count, by: useCasesPerRound) {
            let round = roundStart..<min(roundStart + useCasesPerRound, useCases.count)
            let pieces = ParallelChunks.map(indices: round) { range in
                let analyses = useCases[range].map { analyze($0, latencies: latencies, model: model, settings: settings) }
                return (render(analyses, range.lowerBound == 0), PortfolioTally(analyses, settings: settings))
            }
            for (_, chunkTally) in pieces { tally.add(chunkTally) }
            guard emit(pieces.map(\.0)) else { break }
        }
        return tally
    }

    /// How many of `catalog`'s use cases get a tier change recommended, the
    /// same count as ``PortfolioTally/changesRecommended`` of a full analysis,
    /// from the requirement verdicts alone (on all cores): what a report's
    /// head needs before anything else is analyzed.
    public static func changesRecommended(in catalog: Catalog, model: DecisionModel = .seed) -> Int {
        let useCases = catalog.useCases
        let latencies = catalog.tierLatencies
        let settings = catalog.decisionSettings
        return ParallelChunks.map(indices: useCases.indices) { range in
            switch model {
            case .seed: useCases[range].count { RequirementAnalyzer.assess($0).isChangeRecommended }
            case .tierwise:
                // The decision alone, without words: the same chosen tier at a fraction of the cost.
                useCases[range].count {
                    quickDecision($0, latencies: latencies, settings: settings).chosenTier != $0.latencyRequirement
                }
            }
        }.reduce(0, +)
    }

    // MARK: - Portfolio

    /// The catalog's cost under each policy: fixed chunks tallied, then merged in order.
    static func portfolio(of analyses: [UseCaseAnalysis], settings: DecisionSettings) -> PortfolioTally {
        var total = PortfolioTally(settings: settings)
        for chunk in stride(from: 0, to: analyses.count, by: ParallelChunks.defaultChunkSize) {
            total.add(PortfolioTally(
                analyses[chunk..<min(chunk + ParallelChunks.defaultChunkSize, analyses.count)], settings: settings))
        }
        return total
    }
}
