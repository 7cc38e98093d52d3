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

    @Test("Every change the seed's rules make gets the right direction; string comparison gets five of six wrong", arguments: [
        (LatencyTier.realTime, LatencyTier.microBatch, TierChange.relax, false),
        (.nearRealTime, .microBatch, .relax, false),
        (.batch, .microBatch, .upgrade, false),
        (.miniBatch, .microBatch, .upgrade, true),
        (.batch, .nearRealTime, .upgrade, false),
        (.miniBatch, .nearRealTime, .upgrade, false),
    ])
    func seedDirections(stated: LatencyTier, recommended: LatencyTier, expected: TierChange, seedIsRight: Bool) {
        #expect(TierChange(from: stated, to: recommended) == expected)
        // The seed's `_build_rationale` says "relaxing" when `recommended.value > stated.value` as strings.
        let seedSays: TierChange = recommended.rawValue > stated.rawValue ? .relax : .upgrade
        #expect((seedSays == expected) == seedIsRight)
    }

    @Test("Streaming covers micro_batch and faster")
    func streamingSide() {
        #expect(LatencyTier.allCases.filter(\.isStreaming) == [.realTime, .nearRealTime, .microBatch])
    }
}
