import TierwiseModel

/// Analyzes a catalog (tierwise model) into the ``AnalysisSnapshot`` that
/// comparisons and the gate read, round by round so memory holds one round
/// of full analyses at a time, however large the catalog.
public enum AnalysisSnapshotBuilder {
    /// The snapshot of `catalog` read from `file`.
    public static func snapshot(of catalog: Catalog, file: String, model: DecisionModel = .tierwise) -> AnalysisSnapshot {
        var useCases: [UseCaseSnapshot] = []
        useCases.reserveCapacity(catalog.useCases.count)
        let tally = CatalogAnalyzer.analyzeInRounds(catalog, model: model) { analyses, _ in
            analyses.map { snapshot(of: $0, index: 0) }
        } emit: { pieces in
            for piece in pieces {
                for var snapshot in piece {
                    snapshot.index = useCases.count
                    useCases.append(snapshot)
                }
            }
            return true
        }
        let scenarios = tally.scenarios
        let recommended = scenarios.first { $0.policy == .recommended }
        let stated = scenarios.first { $0.policy == .stated }
        let portfolio = PortfolioSnapshot(
            recommendedMonthlyUSD: recommended?.monthlyTotalUSD ?? 0, recommendedFirstYearUSD: recommended?.annualTCOUSD ?? 0,
            statedMonthlyUSD: stated?.monthlyTotalUSD ?? 0, statedFirstYearUSD: stated?.annualTCOUSD ?? 0)
        return AnalysisSnapshot(file: file, source: .catalog, catalogName: catalog.name, useCases: useCases, portfolio: portfolio)
    }

    /// One use case's snapshot: the chosen option's pattern and costs, the
    /// stated tier's option's costs, the recommended move. Under the seed
    /// model (no options) the recommended approach's costs stand for both.
    public static func snapshot(of analysis: UseCaseAnalysis, index: Int) -> UseCaseSnapshot {
        let useCase = analysis.useCase
        let requirement = analysis.requirement
        let monthly: Double, firstYear: Double, statedMonthly: Double, statedFirstYear: Double
        var move: MoveSnapshot?
        if let decision = analysis.decision {
            monthly = decision.chosen.cost.monthlyUSD
            firstYear = decision.chosen.firstYearCostUSD
            let statedOption = decision.option(requirement.statedTier)
            statedMonthly = statedOption.cost.monthlyUSD
            statedFirstYear = statedOption.firstYearCostUSD
            move = decision.recommendedMove.map {
                MoveSnapshot(from: $0.from, to: $0.to, paybackMonths: $0.paybackFromBuildStartMonths, paysBack: $0.paysBack)
            }
        } else {
            monthly = analysis.recommendedCost.totalMonthlyUSD
            firstYear = analysis.recommendedCost.annualTCOUSD
            statedMonthly = monthly
            statedFirstYear = firstYear
        }
        return UseCaseSnapshot(
            name: useCase.name, index: index, statedTier: requirement.statedTier, recommendedTier: requirement.recommendedTier,
            pattern: analysis.architecture.pattern.rawValue, monthlyUSD: monthly, firstYearUSD: firstYear,
            statedMonthlyUSD: statedMonthly, statedFirstYearUSD: statedFirstYear, move: move, useCase: useCase,
            eventsPerDay: useCase.eventsPerDay, peakEventsPerSecond: useCase.peakEventsPerSecond,
            costParameters: useCase.costParameters)
    }
}
