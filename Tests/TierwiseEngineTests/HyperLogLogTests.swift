import Testing
@testable import TierwiseEngine

@Suite("HyperLogLog")
struct HyperLogLogTests {
    @Test("Estimates are within three standard errors of the true distinct count", arguments: [10, 1_000, 100_000])
    func accuracy(distinct: Int) {
        var sketch = HyperLogLog(precision: 10)
        for round in 0..<3 {  // each value added three times: repeats do not count
            for value in 0..<distinct { sketch.add(Double(value)); _ = round }
        }
        let relativeError = abs(sketch.estimate - Double(distinct)) / Double(distinct)
        #expect(relativeError < 3 * 1.04 / 32, "estimate \(sketch.estimate) for \(distinct)")
    }

    @Test("Merging two sketches estimates the union")
    func merge() {
        var a = HyperLogLog(), b = HyperLogLog()
        for value in 0..<5_000 { a.add(Double(value)) }
        for value in 2_500..<7_500 { b.add(Double(value)) }
        a.merge(b)
        #expect(abs(a.estimate - 7_500) / 7_500 < 0.1)
    }

    @Test("An empty sketch estimates zero")
    func empty() {
        #expect(HyperLogLog().estimate == 0)
    }
}

@Suite("Distinct values in windows")
struct DistinctWindowTests {
    @Test("Window aggregates estimate distinct values when asked, and survive a checkpoint")
    func distinctInWindows() throws {
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 0),
                                    tracksDistinctValues: true)
        // Key 0: 3,000 events over 500 distinct values in [0, 60 s); key 1: one value repeated.
        for index in 0..<3_000 {
            op.process(Event(id: UInt64(index), key: 0, timestampMillis: Int64(index * 10), value: Double(index % 500)))
            op.process(Event(id: UInt64(100_000 + index), key: 1, timestampMillis: Int64(index * 10), value: 42))
        }
        let checkpoint = op.checkpoint(logOffset: 6_000)
        #expect(try Checkpoint(decoding: checkpoint.encoded()) == checkpoint)
        var restored = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 0),
                                          tracksDistinctValues: true)
        try restored.restore(try Checkpoint(decoding: checkpoint.encoded()))
        restored.finish()
        let results = restored.sink.sortedResults
        let key0 = try #require(results.first { $0.key == 0 }?.aggregate.distinctValues)
        #expect(abs(key0 - 500) / 500 < 0.1)
        #expect(results.first { $0.key == 1 }?.aggregate.distinctValues.map { $0.rounded() } == 1)
    }

    @Test("Without the option, aggregates carry no sketch")
    func noSketchByDefault() throws {
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .batch)
        op.process(Event(id: 1, key: 0, timestampMillis: 0, value: 1))
        op.finish()
        #expect(op.sink.sortedResults.first?.aggregate.distinctValues == nil)
    }
}
