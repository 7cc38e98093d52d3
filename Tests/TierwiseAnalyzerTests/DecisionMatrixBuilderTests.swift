import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

@Suite("Decision matrix")
struct DecisionMatrixBuilderTests {
    private func leaning(_ kind: DecisionFactor.Kind, _ useCase: UseCase) -> DecisionFactor.Leaning {
        DecisionMatrixBuilder.build(for: useCase).factors.first { $0.kind == kind }!.favors
    }

    @Test("The ten factors come in the seed's order")
    func tenFactors() {
        #expect(DecisionMatrixBuilder.build(for: makeUseCase()).factors.map(\.kind) == DecisionFactor.Kind.allCases)
    }

    @Test("Latency: under 5 minutes favors real time, over an hour favors batch", arguments: [
        (LatencyTier.realTime, DecisionFactor.Leaning.realTime), (.nearRealTime, .realTime), (.microBatch, .neutral),
        (.miniBatch, .batch), (.batch, .batch),
    ])
    func latency(tier: LatencyTier, expected: DecisionFactor.Leaning) {
        #expect(leaning(.latencyRequirement, makeUseCase(tier: tier)) == expected)
    }

    @Test("Volume: a peak of 100,000 events/s or more favors batch", arguments: [
        (50_000.0, 1.99, DecisionFactor.Leaning.realTime), (50_000, 2, .batch), (99_999, 1, .realTime),
    ])
    func volume(rate: Double, peak: Double, expected: DecisionFactor.Leaning) {
        #expect(leaning(.dataVolume, makeUseCase(eventsPerSecond: rate, peakMultiplier: peak)) == expected)
    }

    @Test("Traits map as the seed's table says")
    func traits() {
        let strict = makeUseCase(historical: true, ordering: true, exactlyOnce: true, complexity: .complex)
        #expect(leaning(.historicalContext, strict) == .batch)
        #expect(leaning(.ordering, strict) == .realTime)
        #expect(leaning(.exactlyOnce, strict) == .realTime)
        #expect(leaning(.processingComplexity, strict) == .batch)
        let loose = makeUseCase(complexity: .simple)
        #expect(leaning(.historicalContext, loose) == .realTime)
        #expect(leaning(.ordering, loose) == .batch)
        #expect(leaning(.exactlyOnce, loose) == .batch)
        #expect(leaning(.processingComplexity, loose) == .realTime)
    }

    @Test("Unstated optional factors are neutral; error recovery falls back to the cost of error")
    func unstated() {
        let useCase = makeUseCase(costOfError: .critical)
        for kind in [DecisionFactor.Kind.processingComplexity, .teamExperience, .infrastructure, .budget] {
            #expect(leaning(kind, useCase) == .neutral)
        }
        #expect(leaning(.errorRecovery, useCase) == .realTime)
        #expect(leaning(.errorRecovery, makeUseCase(costOfError: .low)) == .batch)
        #expect(leaning(.errorRecovery, makeUseCase(costOfError: .medium)) == .neutral)
    }

    @Test("The lean is the side with more factors")
    func lean() {
        // batch tier, low volume, no history, no ordering, no exactly-once, low cost of error:
        // real time: volume, history. batch: latency, ordering, exactly-once, recovery. → batch.
        let matrix = DecisionMatrixBuilder.build(for: makeUseCase(tier: .batch))
        #expect(matrix.realTimeCount == 2)
        #expect(matrix.batchCount == 4)
        #expect(matrix.neutralCount == 4)
        #expect(matrix.lean == .batch)
    }
}
