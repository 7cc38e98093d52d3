import Foundation
import Testing
@testable import TierwiseEngine

private func temporaryDirectory(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-\(name)-\(UUID().uuidString)").path
}

private func events(_ count: Int) -> [Event] {
    (0..<count).map { Event(id: UInt64($0), key: UInt32($0 % 5), timestampMillis: Int64($0) * 250, value: Double($0) * 1.5) }
}

private func makeOperator() throws -> WindowOperator<TumblingWindows> {
    try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 0))
}

@Suite("Checkpoint store durability")
struct CheckpointStoreDurabilityTests {
    // MARK: - Ordering

    @Test("Saving a checkpoint first makes the log durable through its offset")
    func savesAfterTheLog() throws {
        let root = temporaryDirectory("ordering")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let faults = FaultyFiles()
        let log = try SegmentedEventLog(directory: root + "/log", syncPolicy: .never, files: faults.operations)
        let store = try CheckpointStore(directory: root + "/checkpoints", files: faults.operations)
        var op = try makeOperator()
        for event in events(100) {
            try log.append(event)
            op.process(event)
        }
        #expect(log.durableEndOffset == 0)
        faults.clearCalls()
        try store.save(op.checkpoint(logOffset: 100), durableIn: log)
        #expect(log.durableEndOffset == 100)
        let calls = faults.calls.map(\.description)
        let logSync = try #require(calls.firstIndex(of: "fsync \(root)/log/00000000000000000000.log"))
        let rename = try #require(calls.firstIndex { $0.hasPrefix("rename ") })
        #expect(logSync < rename)
    }

    @Test("A checkpoint past the log's end is refused and nothing is written")
    func refusesAheadOfTheLog() throws {
        let root = temporaryDirectory("ahead")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var log = InMemoryEventLog()
        for event in events(10) { try log.append(event) }
        let store = try CheckpointStore(directory: root)
        let op = try makeOperator()
        #expect(throws: CheckpointError.aheadOfLog(checkpointOffset: 11, logEndOffset: 10)) {
            try store.save(op.checkpoint(logOffset: 11), durableIn: log)
        }
        #expect(try store.latest() == nil)
    }

    @Test("A checkpoint is not saved when the log cannot be made durable")
    func logFailureStopsTheSave() throws {
        let root = temporaryDirectory("log-fails")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let faults = FaultyFiles()
        let log = try SegmentedEventLog(directory: root + "/log", syncPolicy: .never, files: faults.operations)
        let store = try CheckpointStore(directory: root + "/checkpoints")
        for event in events(10) { try log.append(event) }
        faults.fail(.fsync, code: EIO)
        let error = thrownError(CheckpointError.self) { try store.save(try makeOperator().checkpoint(logOffset: 10), durableIn: log) }
        guard case .log = error else {
            Issue.record("expected a log error, got \(String(describing: error))")
            return
        }
        #expect(try store.latest() == nil)
    }

    @Test("Recovery refuses a checkpoint that resumes past the end of the log it is restored against")
    func recoveryRefusesAheadOfTheLog() throws {
        let root = temporaryDirectory("recover-ahead")
        defer { try? FileManager.default.removeItem(atPath: root) }
        var log = InMemoryEventLog()
        for event in events(20) { try log.append(event) }
        let store = try CheckpointStore(directory: root)
        try store.save(try makeOperator().checkpoint(logOffset: 20), durableIn: log)
        #expect(try store.latest(consistentWith: log)?.logOffset == 20)
        var shorter = InMemoryEventLog()
        for event in events(15) { try shorter.append(event) }
        #expect(throws: CheckpointError.aheadOfLog(checkpointOffset: 20, logEndOffset: 15)) {
            _ = try store.latest(consistentWith: shorter)
        }
    }

    // MARK: - Reading

    @Test("A read error on the checkpoint file is an error")
    func checkpointReadError() throws {
        let directory = temporaryDirectory("eio-checkpoint")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let faults = FaultyFiles()
        let log = InMemoryEventLog()
        let store = try CheckpointStore(directory: directory, files: faults.operations)
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 0))
        op.process(events(1)[0])
        try store.save(op.checkpoint(logOffset: 0), durableIn: log)
        faults.fail(.pread, code: EIO)
        let error = thrownError(CheckpointError.self) { _ = try store.latest() }
        #expect(error?.description == "\(directory)/checkpoint.bin: cannot read: \(String(cString: strerror(EIO)))")
        #expect(try store.latest()?.logOffset == 0)
    }

    @Test("A checkpoint that exists but cannot be read is an error, not a fresh start")
    func unreadableCheckpoint() throws {
        let directory = temporaryDirectory("unreadable")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let store = try CheckpointStore(directory: directory)
        #expect(try store.latest() == nil)
        try FileManager.default.createDirectory(atPath: directory + "/checkpoint.bin", withIntermediateDirectories: false)
        #expect(throws: CheckpointError.self) { _ = try store.latest() }
    }
}
