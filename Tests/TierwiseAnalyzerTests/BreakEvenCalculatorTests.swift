import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

@Suite("Break-even")
struct BreakEvenCalculatorTests {
    private func costs(_ from: ProcessingApproach, _ to: ProcessingApproach, eventsPerDay: Double) -> (ApproachCost, ApproachCost) {
        let compared = CostEstimator().compare(eventsPerDay: eventsPerDay, approaches: [from, to])
        return (compared[0], compared[1])
    }

    @Test("The seed's 60 → 1 minute case: batch_simple to near_real_time at 1 USD/min")
    func seedCase() throws {
        // Cost increase 19,325 − 5,525 = 13,800; value 59 × 1 × 720 = 42,480;
        // net 28,680; initial increase 108,000 − 36,000 = 72,000; payback 72,000 / 28,680.
        let (from, to) = costs(.batchSimple, .nearRealTime, eventsPerDay: 1_000_000)
        let result = BreakEvenCalculator.calculate(from: from, to: to, revenuePerMinuteDelayUSD: 1)
        #expect(isClose(result.monthlyCostIncreaseUSD, 13_800))
        #expect(isClose(result.monthlyLatencyValueUSD, 42_480))
        #expect(isClose(result.monthlyNetBenefitUSD, 28_680))
        #expect(isClose(result.initialInvestmentIncreaseUSD, 72_000))
        #expect(isClose(try #require(result.paybackMonths), 2.510460251046025))
        #expect(result.isRecommended)
    }

    @Test("A negative net benefit never pays back")
    func never() {
        // Value 59 × 0.1 × 720 = 4,248 against 27,475 extra per month.
        let (from, to) = costs(.batchSimple, .realTime, eventsPerDay: 1_000_000)
        let result = BreakEvenCalculator.calculate(from: from, to: to, revenuePerMinuteDelayUSD: 0.1)
        #expect(isClose(result.monthlyNetBenefitUSD, -23_227))
        #expect(result.paybackMonths == nil)
        #expect(!result.isRecommended)
    }

    @Test("Exactly zero net benefit never pays back")
    func zeroNet() {
        // Baseline compute 0 and 72 USD/h: near_real_time costs (97.5 − 27.5) h × 72 = 5,040 more a month,
        // which is exactly 7 minutes × 1 USD/min × 720 hours.
        let estimator = CostEstimator(parameters: CostParameters(hourlyRateUSD: 72, baselineMonthlyComputeUSD: 0))
        let compared = estimator.compare(eventsPerDay: 1, approaches: [.batchSimple, .nearRealTime])
        let result = BreakEvenCalculator.calculate(
            from: compared[0], to: compared[1], revenuePerMinuteDelayUSD: 1, baselineLatencyMinutes: 8, candidateLatencyMinutes: 1)
        #expect(result.monthlyCostIncreaseUSD == 5_040)
        #expect(result.monthlyNetBenefitUSD == 0)
        #expect(result.paybackMonths == nil)
        #expect(!result.isRecommended)
    }

    @Test("Latencies are parameters: 1,440 → 15 minutes at high volume")
    func tierAware() throws {
        // 432 M events/day, factor log10(433) = 2.63649; cost increase 8,281.96;
        // value (1440 − 15) × 2.5 × 720 = 2,565,000.
        let (from, to) = costs(.batchSimple, .microBatch, eventsPerDay: 432_000_000)
        let result = BreakEvenCalculator.calculate(
            from: from, to: to, revenuePerMinuteDelayUSD: 2.5, baselineLatencyMinutes: 1_440, candidateLatencyMinutes: 15)
        #expect(isClose(result.monthlyCostIncreaseUSD, 8_281.96108080637))
        #expect(isClose(result.monthlyLatencyValueUSD, 2_565_000))
        #expect(isClose(try #require(result.paybackMonths), 36_000 / (2_565_000 - 8_281.96108080637)))
    }

    @Test("A cheaper-to-build faster approach pays back at once (zero or negative months)")
    func immediate() throws {
        let (from, to) = costs(.batchSimple, .batchSimple, eventsPerDay: 1)
        let result = BreakEvenCalculator.calculate(from: from, to: to, revenuePerMinuteDelayUSD: 1)
        #expect(try #require(result.paybackMonths) == 0)
        #expect(result.isRecommended)
    }
}

@Suite("Break-even under the tierwise model")
struct TierwiseBreakEvenTests {
    @Test("Delivered latencies, the cap and payback from the start of the build, worked by hand")
    func batchToNearRealTime() throws {
        let b = try BreakEvenCalculator.answer(BreakEvenQuestion(
            eventsPerDay: 1_000_000, revenuePerMinuteDelayUSD: 1, model: .tierwise))
        // Batch delivers 13 h (780 min): 780 decisions-minutes an hour is over the cap, so fraction 1.
        // near_real_time delivers 7 s = 7/60 min: fraction 7/3,600. Value = (1 − 7/3,600) × $1 × 43,200.
        #expect(b.baselineLatencyMinutes == 780)
        #expect(isClose(b.monthlyLatencyValueUSD, (1 - 7.0 / 3_600) * 43_200))
        #expect(b.capBinds && b.monthlyValueCapUSD == 43_200)
        // Costs at volume factor 1: near_real_time $19,325 − batch_simple $5,525 = $13,800; builds $108k − $36k.
        #expect(isClose(b.monthlyCostIncreaseUSD, 13_800) && isClose(b.initialInvestmentIncreaseUSD, 72_000))
        // near_real_time takes (60 + 30) person-days ÷ (2 engineers × 21 days) = 2.142857 months to build.
        #expect(isClose(b.monthsToBenefit!, 90.0 / 42))
        #expect(isClose(b.paybackFromBuildStartMonths!, 90.0 / 42 + 72_000 / ((1 - 7.0 / 3_600) * 43_200 - 13_800)))
        #expect(b.isRecommended)
    }

    @Test("The seed's model is unchanged: 59 minutes × 720 hours")
    func seedUnchanged() throws {
        let b = try BreakEvenCalculator.answer(BreakEvenQuestion(
            eventsPerDay: 1_000_000, revenuePerMinuteDelayUSD: 1, baselineLatencyMinutes: 60, candidateLatencyMinutes: 1))
        #expect(b.monthlyLatencyValueUSD == 59 * 720 && b.monthlyValueCapUSD == nil && b.monthsToBenefit == nil)
    }
}
