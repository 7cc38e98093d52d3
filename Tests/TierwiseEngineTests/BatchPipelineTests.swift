import Foundation
import Testing
@testable import TierwiseEngine

@Suite("Batch pipeline")
struct BatchPipelineTests {
    /// Everything observable about a finished operator.
    private struct Outcome: Equatable {
        var results: [WindowResult]
        var eventsSeen: Int
        var duplicatesDropped: Int
        var resultsEmitted: Int
        var rememberedIDs: Int
    }

    private func outcome<A: WindowAssigner>(_ op: WindowOperator<A>) -> Outcome {
        Outcome(results: op.sink.sortedResults, eventsSeen: op.eventsSeen, duplicatesDropped: op.duplicatesDropped,
                resultsEmitted: op.resultsEmitted, rememberedIDs: op.rememberedIdCount)
    }

    @Test("Two cores give bit-identical results to processing the events one by one",
          arguments: [(11 as UInt64, nil as Int64?, false), (12, 120_000, false), (13, 30_000, true), (14, nil, true), (15, 60_000, false)])
    func identical(seed: UInt64, ttl: Int64?, sliding: Bool) throws {
        // 40,000 events: several chunks, so the stages really overlap.
        var events = disorderedStream(seed: seed, count: 40_000, keys: 300, disorder: 50_000)
        if seed == 15 {
            // Every seventh key far beyond any dense array: the sparse table and its fallbacks.
            for index in events.indices where events[index].id % 7 == 0 { events[index].key = UInt32.max - events[index].key }
        }
        func run<A: WindowAssigner>(_ assigner: A) throws {
            var reference = try WindowOperator(assigner: assigner, mode: .batch, deduplicationTTLMillis: ttl)
            for event in events { reference.process(event) }
            reference.finish()
            var oneCore = try WindowOperator(assigner: assigner, mode: .batch, deduplicationTTLMillis: ttl)
            try BatchJob.run(ArrayEventSource(events), through: &oneCore)
            var pipelined = try WindowOperator(assigner: assigner, mode: .batch, deduplicationTTLMillis: ttl)
            try BatchPipeline.run(ArrayEventSource(events), through: &pipelined)
            let expected = outcome(reference)
            #expect(expected.duplicatesDropped > 0 && expected.results.count > 100)
            #expect(outcome(oneCore) == expected)
            #expect(outcome(pipelined) == expected)
        }
        if sliding { try run(SlidingWindows(sizeMillis: 300_000, slideMillis: 60_000)) } else { try run(TumblingWindows(sizeMillis: 60_000)) }
    }

    @Test("A pipeline over the durable log equals one over the same events in memory")
    func fromLog() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-pipeline-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let events = disorderedStream(seed: 21, count: 30_000, keys: 50, disorder: 20_000)
        let log = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 7_000, syncPolicy: .never)
        for event in events { try log.append(event) }
        let assigner = try TumblingWindows(sizeMillis: 60_000)
        var fromMemory = try WindowOperator(assigner: assigner, mode: .batch)
        try BatchPipeline.run(ArrayEventSource(events), through: &fromMemory)
        var fromDisk = try WindowOperator(assigner: assigner, mode: .batch)
        try BatchPipeline.run(log.reader(from: 0), through: &fromDisk)
        #expect(outcome(fromDisk) == outcome(fromMemory))
        #expect(fromDisk.eventsSeen == 30_000)
    }

    @Test("The caller's processor affinity is the same after a pipeline as before")
    func affinityRestored() throws {
        let before = ThreadPlacement.currentMask()
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .batch)
        try BatchPipeline.run(ArrayEventSource(disorderedStream(seed: 5, count: 20_000, keys: 9, disorder: 1_000)), through: &op)
        #expect(ThreadPlacement.currentMask() == before)
        #if os(Linux)
        #expect(before != nil)  // the C library's calls were found
        #endif
    }

    @Test("An empty source finishes with nothing")
    func empty() throws {
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 1_000), mode: .batch)
        try BatchPipeline.run(ArrayEventSource([]), through: &op)
        #expect(op.eventsSeen == 0 && op.sink.rows.isEmpty)
    }
}
