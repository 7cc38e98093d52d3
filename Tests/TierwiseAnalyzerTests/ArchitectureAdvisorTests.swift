import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

@Suite("Architecture advisor")
struct ArchitectureAdvisorTests {
    private func pattern(_ useCase: UseCase, at tier: LatencyTier) -> ArchitecturePattern {
        ArchitectureAdvisor.recommend(for: useCase, at: tier, latencies: TierLatencies()).pattern
    }

    @Test("Batch tiers: streaming ingestion from a peak of 1,000 events/s, else plain batch")
    func batchTiers() {
        #expect(pattern(makeUseCase(eventsPerSecond: 500, peakMultiplier: 2), at: .batch) == .streamingIngestionBatchProcessing)
        #expect(pattern(makeUseCase(eventsPerSecond: 999, peakMultiplier: 1), at: .miniBatch) == .batch)
    }

    @Test("Micro-batch: materialized views for people, a lakehouse otherwise")
    func microBatch() {
        let dashboard = ArchitectureAdvisor.recommend(
            for: makeUseCase(description: "Weekly report for analysts"), at: .microBatch, latencies: TierLatencies())
        #expect(dashboard.pattern == .materializedViews)
        #expect(dashboard.scheduleIntervalMinutes == 5)  // a third of 15 minutes
        #expect(pattern(makeUseCase(description: "Sync stock"), at: .microBatch) == .hybridLakehouse)
    }

    @Test("Streaming tiers: lakehouse, Lambda or Kappa by history and guarantees", arguments: [LatencyTier.realTime, .nearRealTime])
    func streamingTiers(tier: LatencyTier) {
        #expect(pattern(makeUseCase(historical: true, exactlyOnce: true), at: tier) == .hybridLakehouse)
        #expect(pattern(makeUseCase(historical: true, ordering: true), at: tier) == .hybridLakehouse)
        #expect(pattern(makeUseCase(historical: true), at: tier) == .lambda)
        #expect(pattern(makeUseCase(ordering: true, exactlyOnce: true), at: tier) == .kappa)
    }

    @Test("The approach follows the tier, complex batch costing as batch_complex")
    func approach() {
        let complex = makeUseCase(complexity: .complex)
        #expect(ArchitectureAdvisor.recommend(for: complex, at: .miniBatch, latencies: TierLatencies()).approach == .batchComplex)
        #expect(ArchitectureAdvisor.recommend(for: complex, at: .nearRealTime, latencies: TierLatencies()).approach == .nearRealTime)
        #expect(ArchitectureAdvisor.recommend(for: makeUseCase(), at: .batch, latencies: TierLatencies()).approach == .batchSimple)
    }

    @Test("Migration plans only cross the batch/streaming line")
    func migration() {
        #expect(MigrationPlanner.plan(from: .miniBatch, to: .microBatch)?.direction == "batch_to_streaming")
        #expect(MigrationPlanner.plan(from: .realTime, to: .batch)?.direction == "streaming_to_batch")
        #expect(MigrationPlanner.plan(from: .realTime, to: .microBatch) == nil)
        #expect(MigrationPlanner.plan(from: .batch, to: .miniBatch) == nil)
        #expect(MigrationPlanner.plan(from: .batch, to: .nearRealTime)?.phases.map(\.name) == ["shadow", "canary", "cutover"])
    }
}
