import Testing
@testable import TierwiseModel

@Suite("Latency tiers")
struct LatencyTierTests {
    @Test("Tiers order fastest first")
    func order() {
        #expect(LatencyTier.allCases.sorted() == [.realTime, .nearRealTime, .microBatch, .miniBatch, .batch])
    }

    @Test("Direction comes from tier order, not from the names' spelling", arguments: [
        (LatencyTier.nearRealTime, LatencyTier.microBatch, TierChange.relax),
        (.realTime, .microBatch, .relax),
        (.batch, .microBatch, .upgrade),
        (.miniBatch, .nearRealTime, .upgrade),
        (.batch, .batch, .keep),
    ])
    func direction(stated: LatencyTier, recommended: LatencyTier, expected: TierChange) {
        #expect(TierChange(from: stated, to: recommended) == expected)
    }

    @Test("The seed's string comparison gets near_real_time → micro_batch backwards")
    func seedBug() {
        // The seed tests `recommended.value > stated.value` for "moving toward batch".
        // "micro_batch" < "near_real_time" as strings, so the seed calls this an upgrade.
        #expect(!(LatencyTier.microBatch.rawValue > LatencyTier.nearRealTime.rawValue))
        #expect(TierChange(from: .nearRealTime, to: .microBatch) == .relax)
    }

    @Test("Streaming covers micro_batch and faster")
    func streamingSide() {
        #expect(LatencyTier.allCases.filter(\.isStreaming) == [.realTime, .nearRealTime, .microBatch])
    }
}
