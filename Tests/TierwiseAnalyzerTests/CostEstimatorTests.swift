import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

/// Expected figures are worked out from the seed's formulas by hand (and
/// cross-checked with an independent Python port), never read off this code.
@Suite("Cost estimator")
struct CostEstimatorTests {
    @Test("Volume factor is 1 up to 9 M events a day, then log10(events/1e6 + 1)", arguments: [
        (0.0, 1.0), (1_000_000.0, 1.0), (9_000_000.0, 1.0), (99_000_000.0, 2.0), (999_000_000.0, 3.0),
    ])
    func volumeFactor(eventsPerDay: Double, expected: Double) {
        #expect(isClose(CostEstimator.volumeFactor(eventsPerDay: eventsPerDay), expected))
    }

    // At 1 M events/day (volume factor 1), baseline 1,000, rate 150:
    //   infra = 1000·compute + 300·storage + 100
    //   ops   = (20·engineering + 15·on_call) · 150
    //   initial = 30·development · 8 · 150
    @Test("Each approach at 1 M events/day matches the seed", arguments: [
        (ProcessingApproach.batchSimple, 1_400.0, 4_125.0, 5_525.0, 36_000.0, 102_300.0),
        (.batchComplex, 1_960.0, 6_750.0, 8_710.0, 54_000.0, 158_520.0),
        (.microBatch, 2_550.0, 9_375.0, 11_925.0, 72_000.0, 215_100.0),
        (.nearRealTime, 4_700.0, 14_625.0, 19_325.0, 108_000.0, 339_900.0),
        (.realTime, 9_000.0, 24_000.0, 33_000.0, 180_000.0, 576_000.0),
    ])
    func seedFigures(approach: ProcessingApproach, infra: Double, ops: Double, total: Double, initial: Double, tco: Double) {
        let model = CostEstimator().estimate(approach, eventsPerDay: 1_000_000)
        #expect(isClose(model.monthlyInfrastructureUSD, infra))
        #expect(isClose(model.monthlyOperationalUSD, ops))
        #expect(isClose(model.totalMonthlyUSD, total))
        #expect(isClose(model.initialInvestmentUSD, initial))
        #expect(isClose(model.annualTCOUSD, tco))
    }

    @Test("Volume scales infrastructure only")
    func volumeScaling() {
        // 1e9 events/day: factor log10(1001) = 3.000434…; real time infra = 9000 × factor.
        let model = CostEstimator().estimate(.realTime, eventsPerDay: 1_000_000_000)
        #expect(isClose(model.monthlyInfrastructureUSD, 27_003.90669731387))
        #expect(isClose(model.monthlyOperationalUSD, 24_000))
        #expect(isClose(model.initialInvestmentUSD, 180_000))
    }

    @Test("Hourly rate and baseline change the figures they should")
    func parameters() {
        // near real time, 5e7/day (factor log10(51)), baseline 2,000, rate 200:
        // infra = 2000·(4 + 0.6 + 0.1)·1.70757 = 16,051.16; ops = 97.5 h · 200 = 19,500; initial = 90 d · 8 · 200.
        let estimator = CostEstimator(parameters: CostParameters(hourlyRateUSD: 200, baselineMonthlyComputeUSD: 2_000))
        let model = estimator.estimate(.nearRealTime, eventsPerDay: 50_000_000)
        #expect(isClose(model.monthlyInfrastructureUSD, 16_051.1596553206))
        #expect(isClose(model.monthlyOperationalUSD, 19_500))
        #expect(isClose(model.initialInvestmentUSD, 144_000))
        #expect(isClose(model.annualTCOUSD, 570_613.9158638472))
    }

    @Test("compare_approaches defaults to the seed's four approaches in order")
    func defaultComparison() {
        #expect(CostEstimator().compare(eventsPerDay: 1).map(\.approach) == [.batchSimple, .microBatch, .nearRealTime, .realTime])
    }
}
