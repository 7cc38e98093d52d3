import Foundation
import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

/// Sweeps, switching values and break-even solving, checked against closed forms worked by hand.
@Suite("What-if")
struct WhatIfTests {
    /// Customer experience monitoring of catalogs/example.json (docs/methodology.md J).
    private var monitoring: UseCase {
        var u = makeUseCase(name: "cx", tier: .nearRealTime, eventsPerSecond: 1_200, peakMultiplier: 4, revenue: 150,
                            costOfError: .high)
        u.consumer = .people
        u.valueModel = ValueModel(curve: .linearDecay(horizonMinutes: 15))
        return u
    }

    @Test("The delay-cost switching value found by bisection is the closed form of the worked example")
    func bisectionMatchesClosedForm() throws {
        let result = WhatIfAnalyzer.thresholds(monitoring, latencies: TierLatencies(), settings: DecisionSettings(),
                                               inputs: [.revenueImpactPerMinuteDelay])
        let below = try #require(result.inputs.first?.below)
        // V* = (54,000 / (12 − 90/42) + 8,482.63…) / 7,200, with the extra monthly cost recomputed from the options.
        let d = CatalogAnalyzer.analyze(monitoring, model: .tierwise).decision!
        let costIncrease = d.option(.nearRealTime).cost.monthlyUSD - d.option(.microBatch).cost.monthlyUSD
        let closedForm = (54_000 / (12 - 90.0 / 42) + costIncrease) / ((3.5 - 1) / 15 * 43_200)
        #expect(abs(below.value - closedForm) <= 1e-5 * closedForm)
        #expect(below.recommendation.tier == .microBatch)
        #expect(result.current.tier == .nearRealTime)
        #expect(result.inputs.first?.above == nil)  // nothing faster is worth more to people
    }

    @Test("A sweep marks exactly the points where the recommendation changes")
    func sweepFlips() {
        var dashboard = makeUseCase(description: "KPI dashboard", tier: .realTime, eventsPerSecond: 200, revenue: 15)
        dashboard.consumptionIntervalMinutes = 240
        let axis = SweepResult.Axis(
            input: .consumptionIntervalMinutes, values: [10, 20, 90, 200, 2_000], isLogarithmic: false, currentValue: 240)
        let s = WhatIfAnalyzer.sweep(dashboard, latencies: TierLatencies(), settings: DecisionSettings(), axis: axis)
        // Read every 10 or 20 min: micro_batch (5-minute refresh) is the slowest that keeps up; every 90 or 200: mini_batch
        // (hourly); every 2,000: batch (daily). Flips at the 90 and 2,000 points.
        #expect(s.points.map(\.recommendation.tier) == [.microBatch, .microBatch, .miniBatch, .miniBatch, .batch])
        #expect(s.points.map(\.flips) == [false, false, true, false, true])
        #expect(WhatIfAnalyzer.values(from: 1, to: 100, steps: 3, logarithmic: true) == [1, 10, 100])
        #expect(WhatIfAnalyzer.values(from: 0, to: 10, steps: 3, logarithmic: false) == [0, 5, 10])
    }

    @Test("break-even --solve: the delay cost at which payback is 12 months, both models, by hand")
    func solveRevenue() throws {
        // Seed: 12 × (v × 59 × 720 − 13,800) = 72,000 → v = 19,800 / 42,480.
        let seed = try #require(try BreakEvenSolver.solve(BreakEvenQuestion(
            eventsPerDay: 1_000_000, revenuePerMinuteDelayUSD: 1, baselineLatencyMinutes: 60, candidateLatencyMinutes: 1),
            for: .revenuePerMinute))
        #expect(abs(seed.value - 19_800.0 / 42_480) < 1e-7 && seed.paysBackAbove)
        // Tierwise: (12 − 90/42) × (v × (1 − 7/3,600) × 43,200 − 13,800) = 72,000.
        let tierwise = try #require(try BreakEvenSolver.solve(BreakEvenQuestion(
            eventsPerDay: 1_000_000, revenuePerMinuteDelayUSD: 1, model: .tierwise), for: .revenuePerMinute))
        let expected = (72_000 / (12 - 90.0 / 42) + 13_800) / ((1 - 7.0 / 3_600) * 43_200)
        #expect(abs(tierwise.value - expected) < 1e-7)
        // Dearer engineers make it pay back later: it pays back below a switching hourly rate.
        let rate = try #require(try BreakEvenSolver.solve(BreakEvenQuestion(
            eventsPerDay: 1_000_000, revenuePerMinuteDelayUSD: 1, model: .tierwise), for: .hourlyRate))
        #expect(!rate.paysBackAbove && rate.value > 150)
    }

    @Test("Inputs: value-model parameters apply only to their kind; values are clamped into range")
    func inputs() {
        var u = makeUseCase(revenue: 10)
        #expect(!UseCaseInput.deadlineSeconds.canApply(to: u))
        u.valueModel = ValueModel(curve: .deadline(seconds: 1))
        #expect(UseCaseInput.deadlineSeconds.applied(0.5, to: u).valueModel?.deadlineMinutes == 0.5 / 60)
        #expect(UseCaseInput.peakMultiplier.applied(0.2, to: u).peakMultiplier == 1)  // at least 1
        #expect(UseCaseInput.revenueImpactPerMinuteDelay.applied(.nan, to: u).revenueImpactPerMinuteDelayUSD == 0)
    }
}
