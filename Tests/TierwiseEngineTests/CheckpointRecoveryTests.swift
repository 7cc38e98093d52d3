import Foundation
import Testing
@testable import TierwiseEngine

private struct Crash: Error {}

private func makeOperator() throws -> WindowOperator<TumblingWindows> {
    try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 5_000),
                       allowedLatenessMillis: 10_000, deduplicationTTLMillis: 120_000)
}

@Suite("Checkpoints and recovery")
struct CheckpointRecoveryTests {
    @Test("Checkpoints round-trip through their binary form")
    func roundTrip() throws {
        var op = try makeOperator()
        for event in disorderedStream(seed: 5, count: 500, keys: 3, disorder: 30_000) { op.process(event) }
        let checkpoint = op.checkpoint(logOffset: 500)
        #expect(try Checkpoint(decoding: checkpoint.encoded()) == checkpoint)
    }

    @Test("Damaged, truncated or foreign checkpoints are refused")
    func refusesBadBytes() throws {
        var op = try makeOperator()
        for event in disorderedStream(seed: 6, count: 200, keys: 3, disorder: 10_000) { op.process(event) }
        var bytes = op.checkpoint(logOffset: 200).encoded()
        #expect(throws: CheckpointError.malformed("no TWCK header")) { try Checkpoint(decoding: Array("nope, not one".utf8)) }
        #expect(throws: CheckpointError.malformed("the checksum does not match")) { try Checkpoint(decoding: Array(bytes.dropLast(5))) }
        bytes[40] ^= 0xFF
        #expect(throws: CheckpointError.malformed("the checksum does not match")) { try Checkpoint(decoding: bytes) }
        var other = try WindowOperator(assigner: TumblingWindows(sizeMillis: 30_000), mode: .streaming(outOfOrdernessMillis: 5_000))
        #expect(throws: CheckpointError.self) { try other.restore(op.checkpoint(logOffset: 200)) }
    }

    @Test("A crash at a random point, then recovery from the last checkpoint, equals an uninterrupted run",
          arguments: Array(1...12) as [UInt64])
    func recovery(seed: UInt64) throws {
        let events = disorderedStream(seed: seed, count: 3_000, keys: 5, disorder: 30_000)
        var log = InMemoryEventLog()
        for event in events { try log.append(event) }

        var reference = try makeOperator()
        try log.replay(from: 0) { _, event in reference.process(event) }
        reference.finish()

        var random = TestRandom(state: seed &* 7_919 | 1)
        let crashAt = Int64(random.below(events.count))
        let interval = Int64(1 + random.below(400))
        var running = try makeOperator()
        var lastCheckpoint: Checkpoint?
        do {
            try log.replay(from: 0) { offset, event in
                if offset == crashAt { throw Crash() }
                running.process(event)
                if (offset + 1) % interval == 0 {
                    lastCheckpoint = try Checkpoint(decoding: running.checkpoint(logOffset: offset + 1).encoded())
                }
            }
        } catch is Crash {}
        // What reached the external, idempotent sink before the crash survives it.
        var external = running.sink
        var recovered = try makeOperator()
        if let lastCheckpoint { try recovered.restore(lastCheckpoint) }
        try log.replay(from: lastCheckpoint?.logOffset ?? 0) { _, event in recovered.process(event) }
        recovered.finish()
        for (row, aggregate) in recovered.sink.rows { external.upsert(key: row.key, window: row.window, aggregate: aggregate) }

        #expect(external == reference.sink)
        #expect(recovered.lateEvents == reference.lateEvents)
        #expect(recovered.duplicatesDropped == reference.duplicatesDropped)
        #expect(recovered.eventsSeen == reference.eventsSeen)
    }

    @Test("Recovery through the durable log and the on-disk checkpoint store")
    func durableRecovery() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-recovery-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let events = disorderedStream(seed: 77, count: 2_000, keys: 4, disorder: 20_000)
        var reference = try makeOperator()
        for event in events { reference.process(event) }
        reference.finish()

        var external = UpsertSink()
        do {  // the first process: ingests, processes, checkpoints every 250 events, dies at 1,337
            let log = try SegmentedEventLog(directory: root + "/log", segmentSizeBytes: 36 * 300, syncPolicy: .every(100))
            let store = try CheckpointStore(directory: root + "/checkpoints")
            var op = try makeOperator()
            for (index, event) in events.enumerated() {
                try log.append(event)
                if index == 1_337 { break }
                op.process(event)
                if (index + 1) % 250 == 0 { try store.save(op.checkpoint(logOffset: Int64(index + 1)), durableIn: log) }
            }
            external = op.sink
        }
        let log = try SegmentedEventLog(directory: root + "/log", segmentSizeBytes: 36 * 300)
        for event in events[Int(log.endOffset)...] { try log.append(event) }  // the source resends what was not logged
        let checkpoint = try #require(try CheckpointStore(directory: root + "/checkpoints").latest(consistentWith: log))
        #expect(checkpoint.logOffset == 1_250)
        var op = try makeOperator()
        try op.restore(checkpoint)
        try log.replay(from: checkpoint.logOffset) { _, event in op.process(event) }
        op.finish()
        for (row, aggregate) in op.sink.rows { external.upsert(key: row.key, window: row.window, aggregate: aggregate) }
        #expect(external == reference.sink)
        #expect(op.lateEvents == reference.lateEvents)
    }
}
