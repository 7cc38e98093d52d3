import Testing
@testable import TierwiseEngine

/// A small seeded generator for test streams (xorshift64*), independent of the engine.
struct TestRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state ^= state >> 12; state ^= state << 25; state ^= state >> 27
        return state &* 2_685_821_657_736_338_717
    }
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

/// A disordered stream with duplicates: times advance with jitter up to `disorder`
/// milliseconds backwards, and about 5% of events repeat an earlier id.
func disorderedStream(seed: UInt64, count: Int, keys: Int, disorder: Int64) -> [Event] {
    var random = TestRandom(state: seed | 1)
    var events: [Event] = []
    var clock: Int64 = 0
    for index in 0..<count {
        clock += Int64(random.below(2_000))
        if index > 10, random.below(20) == 0 {
            events.append(events[random.below(events.count)])
            continue
        }
        let time = clock - Int64(random.below(Int(disorder)))
        events.append(Event(id: UInt64(index), key: UInt32(random.below(keys)), timestampMillis: time,
                            value: Double(random.below(1_000)) / 10))
    }
    return events
}

@Suite("Streaming equals batch")
struct StreamBatchEquivalenceTests {
    @Test("After the final flush, streaming results equal batch over the same events minus late ones",
          arguments: [(1 as UInt64, 0 as Int64), (2, 5_000), (3, 20_000), (4, 0), (5, 10_000)])
    func tumbling(seed: UInt64, lateness: Int64) throws {
        let events = disorderedStream(seed: seed, count: 5_000, keys: 7, disorder: 30_000)
        let assigner = try TumblingWindows(sizeMillis: 60_000)
        var op = try WindowOperator(assigner: assigner, mode: .streaming(outOfOrdernessMillis: 5_000),
                                    allowedLatenessMillis: lateness, deduplicationTTLMillis: 10_000_000)
        for event in events { op.process(event) }
        op.finish()
        #expect(!op.lateEvents.isEmpty || lateness > 0)  // the stream is disordered enough to have late events
        let late = Set(op.lateEvents)
        var seen = Set<UInt64>()
        let onTime = events.filter { seen.insert($0.id).inserted && !late.contains($0) }
        #expect(op.sink.sortedResults == BatchJob.run(onTime, assigner: assigner))
        #expect(op.duplicatesDropped == events.count - seen.count)
    }

    @Test("Streaming matches a naive reference model of the semantics", arguments: [
        (21 as UInt64, 60_000 as Int64, 60_000 as Int64, 0 as Int64),
        (22, 300_000, 60_000, 0),
        (23, 300_000, 60_000, 15_000),
        (24, 90_000, 60_000, 5_000),
    ])
    func referenceModel(seed: UInt64, size: Int64, slide: Int64, lateness: Int64) throws {
        let events = disorderedStream(seed: seed, count: 3_000, keys: 4, disorder: 40_000)
        let bound: Int64 = 5_000
        var op = try WindowOperator(assigner: SlidingWindows(sizeMillis: size, slideMillis: slide),
                                    mode: .streaming(outOfOrdernessMillis: bound), allowedLatenessMillis: lateness,
                                    deduplicationTTLMillis: 10_000_000)
        for event in events { op.process(event) }
        op.finish()

        // Reference: for each first occurrence of an id, the watermark before it is the largest
        // earlier event time minus the bound; it joins every window [s, s + size) with s a multiple
        // of the slide, s ≤ t < s + size, that is not purged (W < end + lateness).
        var seen = Set<UInt64>()
        var maxTime = Int64.min
        var sums: [String: (count: Int64, sum: ExactSum)] = [:]
        var lateIDs: [UInt64] = []
        for event in events where seen.insert(event.id).inserted {
            let watermark = maxTime == .min ? Int64.min : maxTime - bound
            var joined = false
            var start = (event.timestampMillis / slide) * slide
            if start > event.timestampMillis { start -= slide }
            while start > event.timestampMillis - size {
                if watermark == .min || watermark < start + size + lateness {
                    joined = true
                    sums["\(event.key)@\(start)", default: (0, ExactSum())].count += 1
                    sums["\(event.key)@\(start)", default: (0, ExactSum())].sum.add(event.value)
                }
                start -= slide
            }
            if !joined { lateIDs.append(event.id) }
            maxTime = max(maxTime, event.timestampMillis)
        }
        let streamed = Dictionary(uniqueKeysWithValues: op.sink.sortedResults.map {
            ("\($0.key)@\($0.window.startMillis)", ($0.aggregate.count, $0.aggregate.sum))
        })
        #expect(streamed.count == sums.count)
        for (window, expected) in sums {
            #expect(streamed[window]?.0 == expected.count, "\(window)")
            // Sums are the exact sum of the values rounded once (ValueSummary), whatever the grouping.
            #expect(streamed[window]?.1 == expected.sum.rounded, "\(window)")
        }
        #expect(op.lateEvents.map(\.id) == lateIDs)
    }
}
