import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

@Suite("Catalog analyzer")
struct CatalogAnalyzerTests {
    @Test("Break-even compares stated and recommended tiers when they differ")
    func breakEvenOnChange() throws {
        // mini_batch → micro_batch at 2,000 USD/min, 10 events/s (864,000/day, factor 1):
        // from batch_simple (240 min) to micro_batch (15 min).
        // cost increase 11,925 − 5,525 = 6,400; value 225 × 2,000 × 720 = 324,000,000;
        // initial increase 72,000 − 36,000 = 36,000.
        let analysis = CatalogAnalyzer.analyze(makeUseCase(tier: .miniBatch, revenue: 2_000))
        let b = analysis.breakEven
        #expect(b.fromApproach == .batchSimple && b.toApproach == .microBatch)
        #expect(b.baselineLatencyMinutes == 240 && b.candidateLatencyMinutes == 15)
        #expect(isClose(b.monthlyCostIncreaseUSD, 6_400))
        #expect(isClose(b.monthlyLatencyValueUSD, 324_000_000))
        #expect(isClose(try #require(b.paybackMonths), 36_000 / (324_000_000 - 6_400)))
    }

    @Test("Without a change, break-even looks one step faster", arguments: [
        (LatencyTier.batch, ProcessingApproach.batchSimple, ProcessingApproach.microBatch),
        (.miniBatch, .batchSimple, .microBatch),
        (.microBatch, .microBatch, .nearRealTime),
        (.nearRealTime, .nearRealTime, .realTime),
        (.realTime, .nearRealTime, .realTime),
    ])
    func nextStep(tier: LatencyTier, from: ProcessingApproach, to: ProcessingApproach) {
        let b = CatalogAnalyzer.analyze(makeUseCase(tier: tier, revenue: 10, costOfError: .low)).breakEven
        #expect(b.fromApproach == from)
        #expect(b.toApproach == to)
    }

    @Test("A use case with no delay cost never pays back and agrees with staying batch")
    func zeroRevenue() {
        let analysis = CatalogAnalyzer.analyze(makeUseCase(tier: .batch, revenue: 0))
        #expect(analysis.breakEven.paybackMonths == nil)
        #expect(analysis.breakEvenAgreesWithRecommendation)
    }

    @Test("The portfolio sums each policy's approach over the use cases")
    func portfolio() throws {
        // Two low-volume use cases (factor 1): a real_time dashboard at 10 USD/min
        // (relaxed to micro_batch) and a complex batch job.
        let catalog = Catalog(useCases: [
            makeUseCase(name: "a", description: "dashboard", tier: .realTime, revenue: 10),
            makeUseCase(name: "b", tier: .batch, complexity: .complex),
        ])
        let analysis = CatalogAnalyzer.analyze(catalog)
        // recommended: micro_batch 11,925 + batch_complex 8,710; stated: real_time 33,000 + 8,710;
        // all real time: 2 × 33,000; all batch: batch_simple 5,525 + batch_complex 8,710.
        #expect(isClose(analysis.scenario(.recommended).monthlyTotalUSD, 20_635))
        #expect(isClose(analysis.scenario(.stated).monthlyTotalUSD, 41_710))
        #expect(isClose(analysis.scenario(.allRealTime).monthlyTotalUSD, 66_000))
        #expect(isClose(analysis.scenario(.allBatch).monthlyTotalUSD, 14_235))
        // initial: 72,000 + 54,000; TCO = 12 × 20,635 + 126,000.
        #expect(isClose(analysis.scenario(.recommended).annualTCOUSD, 373_620))
    }
}
