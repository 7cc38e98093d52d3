import Foundation
import TierwiseModel

/// Monte Carlo and tornado over a catalog's ranges (docs/whatif.md, "Uncertainty").
///
/// Each use case with ranges gets its own seeded stream (the seed mixed with
/// its position), so results do not depend on how the work is split across
/// cores. In each draw every ranged input is drawn and the use case is
/// re-analyzed; the tracked move (the likely case's recommended move, else
/// its next faster one) is re-evaluated in the draw.
public enum UncertaintyAnalyzer {
    /// Largest number of draws.
    public static let maximumDraws = 1_000_000
    /// Samples of the portfolio kept for a distribution chart.
    public static let keptPortfolioSamples = 10_000

    /// Use cases with ranges simulated per round: each round's chunks hold one array of `draws` sums each, so
    /// memory is bounded by a few of those arrays, not by the catalog.
    static let useCasesPerRound = 64

    /// Runs `draws` draws with `seed`; `progress` hears (use cases with ranges done, all of them) after each round.
    public static func run(
        _ catalog: Catalog, draws: Int, seed: UInt64, distribution: UncertainInput.Distribution = .pert,
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) -> UncertaintyResult {
        let latencies = catalog.tierLatencies, settings = catalog.decisionSettings
        // Fixed use cases add the same cost to every draw: summed once (with the word-free decision).
        let fixed = catalog.useCases.filter(\.uncertainInputs.isEmpty)
        let fixedMonthlyUSD = ParallelChunks.map(fixed) { chunk in
            chunk.reduce(0.0) { $0 + CatalogAnalyzer.quickDecision($1, latencies: latencies, settings: settings).chosen.cost.monthlyUSD }
        }.reduce(0, +)
        let ranged = catalog.useCases.enumerated().filter { !$0.element.uncertainInputs.isEmpty }
        struct Part: Sendable {
            var useCases: [UncertaintyResult.UseCase]
            var portfolio: [Double]
        }
        var portfolio = [Double](repeating: fixedMonthlyUSD, count: draws)
        var useCases: [UncertaintyResult.UseCase] = []
        for start in Swift.stride(from: 0, to: ranged.count, by: useCasesPerRound) {
            let round = Array(ranged[start..<min(start + useCasesPerRound, ranged.count)])
            let parts = ParallelChunks.map(round, chunkSize: max(1, round.count / 8)) { chunk -> Part in
                var sums = [Double](repeating: 0, count: draws)
                var results: [UncertaintyResult.UseCase] = []
                for (index, useCase) in chunk {
                    let base = CatalogAnalyzer.analyze(useCase, latencies: latencies, model: .tierwise, settings: settings)
                    let (result, costs) = simulate(
                        useCase, base: base, draws: draws, seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15,
                        distribution: distribution, latencies: latencies, settings: settings)
                    for d in 0..<draws { sums[d] += costs[d] }
                    results.append(result)
                }
                return Part(useCases: results, portfolio: sums)
            }
            for part in parts {
                for d in 0..<draws { portfolio[d] += part.portfolio[d] }
                useCases += part.useCases
            }
            progress(useCases.count, ranged.count)
        }
        let stride = max(1, draws / keptPortfolioSamples)
        return UncertaintyResult(
            draws: draws, seed: seed, distribution: distribution, useCases: useCases,
            fixedUseCaseCount: fixed.count,
            portfolioMonthlyCostUSD: percentiles(portfolio),
            portfolioSamplesUSD: Swift.stride(from: 0, to: draws, by: stride).map { portfolio[$0] })
    }

    /// `useCase` with each ranged input drawn once.
    static func drawn(_ useCase: UseCase, sampler: inout InputSampler, distribution: UncertainInput.Distribution) -> UseCase {
        var drawn = useCase
        for range in useCase.uncertainInputs {
            drawn = range.input.applied(sampler.draw(range, distribution: distribution), to: drawn)
        }
        return drawn
    }

    static func simulate(
        _ useCase: UseCase, base: UseCaseAnalysis, draws: Int, seed: UInt64, distribution: UncertainInput.Distribution,
        latencies: TierLatencies, settings: DecisionSettings
    ) -> (UncertaintyResult.UseCase, [Double]) {
        let baseRecommendation = WhatIfAnalyzer.recommendation(of: base)
        let tracked = base.decision?.recommendedMove ?? base.decision?.nextFasterMove
        var sampler = InputSampler(seed: seed)
        var costs = [Double](repeating: 0, count: draws)
        var benefits: [Double] = []
        benefits.reserveCapacity(tracked == nil ? 0 : draws)
        var paysBack = 0
        var counts: [String: (LatencyTier, ArchitecturePattern, Int)] = [:]
        for d in 0..<draws {
            let decision = CatalogAnalyzer.quickDecision(
                drawn(useCase, sampler: &sampler, distribution: distribution), latencies: latencies, settings: settings)
            let r = WhatIfAnalyzer.recommendation(of: decision)
            costs[d] = r.monthlyCostUSD
            let key = r.tier.rawValue + "/" + r.pattern.rawValue
            counts[key, default: (r.tier, r.pattern, 0)].2 += 1
            if let tracked {
                let move = trackedMove(tracked, in: decision, settings: settings)
                benefits.append(move.monthlyNetBenefitUSD)
                if let payback = move.paybackFromBuildStartMonths, payback < settings.paybackBarMonths { paysBack += 1 }
            }
        }
        let shares = counts.values
            .map { UncertaintyResult.Share(tier: $0.0, pattern: $0.1, probability: Double($0.2) / Double(max(draws, 1))) }
            .sorted { ($0.probability, $1.tier.rawValue + $1.pattern.rawValue) > ($1.probability, $0.tier.rawValue + $0.pattern.rawValue) }
        let result = UncertaintyResult.UseCase(
            name: useCase.name, base: baseRecommendation, trackedMoveFrom: tracked?.from, trackedMoveTo: tracked?.to,
            trackedNetBenefitAtLikelyUSD: tracked?.monthlyNetBenefitUSD,
            monthlyCostUSD: percentiles(costs), monthlyNetBenefitUSD: benefits.isEmpty ? nil : percentiles(benefits),
            probabilityPaysBack: tracked == nil ? nil : Double(paysBack) / Double(max(draws, 1)),
            shares: shares, tornado: tornado(useCase, base: baseRecommendation, tracked: tracked, latencies: latencies,
                                             settings: settings),
            inputs: useCase.uncertainInputs)
        return (result, costs)
    }

    /// P(the tracked move, as in ``run(_:draws:seed:distribution:)``, pays back within `withinMonths` of
    /// the start of its build) over `draws` draws of the use case's ranges; nil without ranges or a move.
    public static func paybackProbability(
        _ useCase: UseCase, latencies: TierLatencies, settings: DecisionSettings, draws: Int, seed: UInt64,
        distribution: UncertainInput.Distribution = .pert, withinMonths: Double
    ) -> Double? {
        guard !useCase.uncertainInputs.isEmpty, draws > 0 else { return nil }
        let base = CatalogAnalyzer.quickDecision(useCase, latencies: latencies, settings: settings)
        guard let tracked = base.recommendedMove ?? base.nextFasterMove else { return nil }
        var sampler = InputSampler(seed: seed)
        var paysBack = 0
        for _ in 0..<draws {
            let decision = CatalogAnalyzer.quickDecision(
                drawn(useCase, sampler: &sampler, distribution: distribution), latencies: latencies, settings: settings)
            let move = trackedMove(tracked, in: decision, settings: settings)
            if let payback = move.paybackFromBuildStartMonths, payback < withinMonths { paysBack += 1 }
        }
        return Double(paysBack) / Double(draws)
    }

    /// The tracked move re-evaluated in a draw's analysis.
    static func trackedMove(_ tracked: DecisionStep, in d: TierDecision, settings: DecisionSettings) -> DecisionStep { TierDecider.move(from: d.option(tracked.from), to: d.option(tracked.to), valueModel: d.valueModel, settings: settings)
    }

    /// One bar per ranged input: the tracked move's net benefit at the input's low and high, the others at their likely values.
    static func tornado(
        _ useCase: UseCase, base: Recommendation, tracked: DecisionStep?, latencies: TierLatencies, settings: DecisionSettings
    ) -> [UncertaintyResult.TornadoBar] {
        let bars = useCase.uncertainInputs.map { range -> UncertaintyResult.TornadoBar in
            func at(_ value: Double) -> (Double, Recommendation) {
                let decision = CatalogAnalyzer.quickDecision(
                    range.input.applied(value, to: useCase), latencies: latencies, settings: settings)
                let benefit = tracked.map { trackedMove($0, in: decision, settings: settings).monthlyNetBenefitUSD } ?? 0
                return (benefit, WhatIfAnalyzer.recommendation(of: decision))
            }
            let (lowBenefit, lowRecommendation) = at(range.low)
            let (highBenefit, highRecommendation) = at(range.high)
            return UncertaintyResult.TornadoBar(
                input: range.input, low: range.low, high: range.high, netBenefitAtLowUSD: lowBenefit,
                netBenefitAtHighUSD: highBenefit, recommendationAtLow: lowRecommendation,
                recommendationAtHigh: highRecommendation,
                flips: !lowRecommendation.decidesLike(base) || !highRecommendation.decidesLike(base))
        }
        return bars.enumerated().sorted { ($0.element.swingUSD, -$0.offset) > ($1.element.swingUSD, -$1.offset) }.map(\.element)
    }

    /// P10, P50, P90 by linear interpolation between order statistics (NumPy's default), and the mean.
    public static func percentiles(_ values: [Double]) -> UncertaintyResult.Percentiles {
        guard !values.isEmpty else { return .init(p10: 0, p50: 0, p90: 0, mean: 0) }
        let sorted = values.sorted()
        func at(_ q: Double) -> Double {
            let position = q * Double(sorted.count - 1)
            let lower = Int(position.rounded(.down)), upper = min(lower + 1, sorted.count - 1)
            return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
        }
        return .init(p10: at(0.1), p50: at(0.5), p90: at(0.9), mean: sorted.reduce(0, +) / Double(sorted.count))
    }
}
