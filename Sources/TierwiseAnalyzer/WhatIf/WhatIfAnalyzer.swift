import Foundation
import TierwiseModel

/// Sweeps and switching values over the tierwise model (docs/whatif.md):
/// the use case is re-analyzed with one input (or two) changed, nothing else.
public enum WhatIfAnalyzer {
    /// Largest number of points along one axis.
    public static let maximumSteps = 1_000
    /// Largest number of points of a two-input grid.
    public static let maximumGridPoints = 10_000

    /// What the tierwise model recommends for `useCase`.
    public static func recommendation(
        for useCase: UseCase, latencies: TierLatencies, settings: DecisionSettings
    ) -> Recommendation {
        recommendation(of: CatalogAnalyzer.quickDecision(useCase, latencies: latencies, settings: settings))
    }

    /// The recommendation a tierwise decision makes.
    public static func recommendation(of d: TierDecision) -> Recommendation {
        Recommendation(
            tier: d.chosenTier, pattern: d.chosen.pattern, monthlyCostUSD: d.chosen.cost.monthlyUSD,
            monthlyDelayLossUSD: d.chosen.monthlyDelayLossUSD, paybackMonths: d.recommendedMove?.paybackFromBuildStartMonths,
            monthlyNetBenefitUSD: d.recommendedMove?.monthlyNetBenefitUSD ?? 0, hasMove: d.recommendedMove != nil)
    }

    /// The recommendation an analysis makes.
    public static func recommendation(of analysis: UseCaseAnalysis) -> Recommendation {
        guard let d = analysis.decision else {
            return Recommendation(
                tier: analysis.requirement.recommendedTier, pattern: analysis.architecture.pattern,
                monthlyCostUSD: analysis.recommendedMonthlyUSD, monthlyDelayLossUSD: 0,
                paybackMonths: analysis.breakEven.paybackMonths, monthlyNetBenefitUSD: analysis.breakEven.monthlyNetBenefitUSD)
        }
        return recommendation(of: d)
    }

    // MARK: - Sweeps

    /// The values of an axis: `steps` points from `from` to `to`, evenly or logarithmically spaced.
    public static func values(from: Double, to: Double, steps: Int, logarithmic: Bool) -> [Double] {
        guard steps > 1 else { return [from] }
        return (0..<steps).map { index in
            if index == steps - 1 { return to }
            let t = Double(index) / Double(steps - 1)
            return logarithmic ? from * pow(to / from, t) : from + (to - from) * t
        }
    }

    /// The sweep of `useCase` over `axis` (and `second`, for a grid).
    public static func sweep(
        _ useCase: UseCase, latencies: TierLatencies, settings: DecisionSettings, axis: SweepResult.Axis,
        second: SweepResult.Axis? = nil
    ) -> SweepResult {
        let base = recommendation(for: useCase, latencies: latencies, settings: settings)
        let secondValues = second?.values ?? [0]
        var grid: [[Recommendation]] = []
        for a in axis.values {
            var row: [Recommendation] = []
            for b in secondValues {
                var varied = axis.input.applied(a, to: useCase)
                if let second { varied = second.input.applied(b, to: varied) }
                row.append(recommendation(for: varied, latencies: latencies, settings: settings))
            }
            grid.append(row)
        }
        var points: [SweepResult.Point] = []
        for (i, row) in grid.enumerated() {
            for (j, r) in row.enumerated() {
                let flipsAlongFirst = i > 0 && !grid[i - 1][j].decidesLike(r)
                let flipsAlongSecond = j > 0 && !row[j - 1].decidesLike(r)
                points.append(.init(first: i, second: j, recommendation: r, flips: flipsAlongFirst || flipsAlongSecond))
            }
        }
        return SweepResult(useCaseName: useCase.name, base: base, axis: axis, secondAxis: second, points: points)
    }

    // MARK: - Switching values

    /// The inputs ``thresholds(_:latencies:settings:inputs:)`` solves when none are named.
    public static let defaultThresholdInputs: [UseCaseInput] = [
        .revenueImpactPerMinuteDelay, .eventsPerSecond, .peakMultiplier, .hourlyRate, .baselineMonthlyCompute,
    ]

    /// For each input (those that apply to the use case), the nearest values
    /// below and above the current one at which the recommendation changes.
    public static func thresholds(
        _ useCase: UseCase, latencies: TierLatencies, settings: DecisionSettings,
        inputs: [UseCaseInput] = defaultThresholdInputs
    ) -> ThresholdResult {
        let current = recommendation(for: useCase, latencies: latencies, settings: settings)
        var solved: [ThresholdResult.Input] = []
        for input in inputs where input.canApply(to: useCase) {
            guard let value = input.value(in: useCase) else { continue }
            func decide(_ v: Double) -> Recommendation {
                recommendation(for: input.applied(v, to: useCase), latencies: latencies, settings: settings)
            }
            solved.append(ThresholdResult.Input(
                input: input, currentValue: value,
                below: nearestSwitch(from: value, upward: false, range: input.range, current: current, decide: decide),
                above: nearestSwitch(from: value, upward: true, range: input.range, current: current, decide: decide)))
        }
        return ThresholdResult(useCaseName: useCase.name, current: current, inputs: solved)
    }

    /// The nearest value from `start` (one way) at which the decision changes, bisected to 10^-9.
    static func nearestSwitch(
        from start: Double, upward: Bool, range: NumberRange, current: Recommendation,
        decide: (Double) -> Recommendation
    ) -> ThresholdResult.Switch? {
        let flipped = { (v: Double) in !decide(v).decidesLike(current) }
        guard let outside = SwitchSearch.bracket(from: start, upward: upward, range: range, flipped: flipped) else { return nil }
        let value = SwitchSearch.refine(start, outside, flipped: flipped)
        return ThresholdResult.Switch(value: value, recommendation: decide(value))
    }
}
