import Foundation
import Testing
@testable import TierwiseEngine

private func temporaryDirectory(_ name: String) -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-\(name)-\(UUID().uuidString)").path
}

private func events(_ count: Int) -> [Event] {
    (0..<count).map { Event(id: UInt64($0), key: UInt32($0 % 5), timestampMillis: Int64($0) * 250, value: Double($0) * 1.5) }
}

private func contents(_ log: SegmentedEventLog) throws -> [Event] {
    var read: [Event] = []
    try log.replay(from: 0) { _, event in read.append(event) }
    return read
}

private func segmentPath(_ directory: String, _ base: Int) -> String {
    var digits = String(base)
    while digits.count < 20 { digits = "0" + digits }
    return directory + "/" + digits + ".log"
}

@Suite("Durable log under failures")
struct LogDurabilityTests {
    // MARK: - Failed writes

    @Test("A flush cut short by a full disk and retried after space frees up leaves a log that replays and reopens whole")
    func diskFullRetry() throws {
        let directory = temporaryDirectory("enospc")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let faults = FaultyFiles()
        let all = events(2_000)
        let log = try SegmentedEventLog(directory: directory, syncPolicy: .never, files: faults.operations)
        for event in all { try log.append(event) }
        faults.fillDisk(after: 36 * 500 + 17)
        #expect(throws: LogError.self) { try log.flush() }
        faults.heal()
        try log.flush()
        #expect(try contents(log) == all)
        let reopened = try SegmentedEventLog(directory: directory)
        #expect(reopened.endOffset == 2_000)
        #expect(reopened.recoveryWarnings.isEmpty)
        #expect(try contents(reopened) == all)
    }

    @Test("A write that fails with an I/O error can be retried", arguments: [EIO, ENOSPC])
    func failedWriteRetry(code: Int32) throws {
        let directory = temporaryDirectory("eio")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let faults = FaultyFiles()
        let all = events(300)
        let log = try SegmentedEventLog(directory: directory, syncPolicy: .never, files: faults.operations)
        for event in all[..<200] { try log.append(event) }
        faults.fail(.write, code: code)
        #expect(throws: LogError.self) { try log.flush() }
        for event in all[200...] { try log.append(event) }
        try log.flush()
        #expect(try contents(SegmentedEventLog(directory: directory)) == all)
    }

    @Test("A write that reports failure but left part of its bytes in the file is undone too")
    func failedWriteThatLeftBytes() throws {
        let directory = temporaryDirectory("lying-write")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let faults = FaultyFiles()
        let all = events(100)
        let log = try SegmentedEventLog(directory: directory, syncPolicy: .never, files: faults.operations)
        for event in all[..<50] { try log.append(event) }
        try log.flush()
        for event in all[50...] { try log.append(event) }
        faults.failNextWrite(afterWriting: 36 * 10 + 5)
        #expect(throws: LogError.self) { try log.flush() }
        try log.flush()
        #expect(try contents(SegmentedEventLog(directory: directory)) == all)
    }

    @Test("An append whose sync fails is not appended: the offset is given again and nothing is doubled")
    func failedAppendIsNotCounted() throws {
        let directory = temporaryDirectory("append-enospc")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let faults = FaultyFiles()
        let all = events(11)
        let log = try SegmentedEventLog(directory: directory, syncPolicy: .everyAppend, files: faults.operations)
        for event in all[..<10] { try log.append(event) }
        faults.fillDisk(after: 20)
        #expect(throws: LogError.self) { try log.append(all[10]) }
        #expect(log.endOffset == 10)
        faults.heal()
        #expect(try log.append(all[10]) == 10)
        #expect(try contents(log) == all)
        #expect(try contents(SegmentedEventLog(directory: directory)) == all)
    }

    @Test("After a failed fsync the log refuses appends and flushes until it is reopened")
    func failedSyncStopsTheLog() throws {
        let directory = temporaryDirectory("eio-fsync")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let faults = FaultyFiles()
        let all = events(10)
        do {
            let log = try SegmentedEventLog(directory: directory, syncPolicy: .never, files: faults.operations)
            for event in all { try log.append(event) }
            faults.fail(.fsync, code: EIO)
            #expect(throws: LogError.self) { try log.flush() }
            let refused = thrownError(LogError.self) { try log.append(all[0]) }
            #expect(refused?.description.contains("reopen") == true)
            #expect(throws: LogError.self) { try log.flush() }
            #expect(log.endOffset == 10)
        }
        let reopened = try SegmentedEventLog(directory: directory)
        #expect(try contents(reopened) == all)
    }

    // MARK: - Directory and repair syncs

    @Test("Creating the log, its directory and each new segment fsyncs the directory holding the new entry")
    func directorySyncs() throws {
        let root = temporaryDirectory("dirsync")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let directory = root + "/nested/log"
        let faults = FaultyFiles()
        let log = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 5, syncPolicy: .everyAppend,
                                        files: faults.operations)
        let opening = faults.calls.map(\.description)
        #expect(opening.contains("fsync \(root)/nested"))
        #expect(opening.contains("fsync \(root)"))
        let created = try #require(opening.firstIndex(of: "open \(segmentPath(directory, 0))"))
        #expect(opening[created...].contains("fsync \(directory)"))
        faults.clearCalls()
        for event in events(6) { try log.append(event) }
        let rolling = faults.calls.map(\.description)
        let second = try #require(rolling.firstIndex(of: "open \(segmentPath(directory, 5))"))
        let firstSync = try #require(rolling[second...].firstIndex(of: "fsync \(segmentPath(directory, 5))"))
        #expect(rolling[second..<firstSync].contains("fsync \(directory)"))
    }

    @Test("Cutting a torn tail is fsynced before the log is open")
    func repairIsSynced() throws {
        let directory = temporaryDirectory("repair-sync")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let log = try SegmentedEventLog(directory: directory)
            for event in events(10) { try log.append(event) }
        }
        let handle = try #require(FileHandle(forWritingAtPath: segmentPath(directory, 0)))
        handle.seekToEndOfFile()
        handle.write(Data([0x1C, 0, 0, 0, 9]))
        try handle.close()
        let faults = FaultyFiles()
        let reopened = try SegmentedEventLog(directory: directory, files: faults.operations)
        #expect(reopened.endOffset == 10)
        let calls = faults.calls.map(\.description)
        let cut = try #require(calls.firstIndex(of: "ftruncate \(segmentPath(directory, 0))"))
        #expect(calls[cut...].contains("fsync \(segmentPath(directory, 0))"))
    }

    // MARK: - Torn tail or damage

    @Test("Damage in the middle of the last segment is an error, and the fsynced records after it stay on disk")
    func midFileDamage() throws {
        let directory = temporaryDirectory("midfile")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let log = try SegmentedEventLog(directory: directory)
            for event in events(10) { try log.append(event) }
        }
        let path = segmentPath(directory, 0)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[3 * 36 + 20] ^= 0x08
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = thrownError(LogError.self) { _ = try SegmentedEventLog(directory: directory) }
        #expect(error?.description == "\(path): corrupt record at byte 108: a damaged record is followed by valid ones "
            + "(the first at byte 144), which a torn write cannot leave")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 360)
    }

    @Test("Whatever a crash mid-write leaves after the last whole record is cut as a torn tail", arguments: [1, 35, 36, 37, 200])
    func garbageTail(length: Int) throws {
        let directory = temporaryDirectory("garbage")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let all = events(10)
        do {
            let log = try SegmentedEventLog(directory: directory)
            for event in all { try log.append(event) }
        }
        var random = TestRandom(state: UInt64(length) &* 31 | 1)
        // A real record cut short, then random bytes: what a torn write and a dirty page look like.
        var record = [UInt8](try Data(contentsOf: URL(fileURLWithPath: segmentPath(directory, 0))).prefix(36))
        record = Array(record.prefix(min(length, 20)))
        while record.count < length { record.append(UInt8(truncatingIfNeeded: random.next())) }
        let handle = try #require(FileHandle(forWritingAtPath: segmentPath(directory, 0)))
        handle.seekToEndOfFile()
        handle.write(Data(record))
        try handle.close()
        let reopened = try SegmentedEventLog(directory: directory)
        #expect(reopened.endOffset == 10)
        #expect(reopened.recoveryWarnings.first?.contains("truncated \(length) bytes of torn tail") == true)
        #expect(try contents(reopened) == all)
    }

    @Test("A lost segment is an error when the log opens, never a silent gap", arguments: [0, 5])
    func lostSegment(base: Int) throws {
        let directory = temporaryDirectory("lost")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let log = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 5)
            for event in events(15) { try log.append(event) }
        }
        try FileManager.default.removeItem(atPath: segmentPath(directory, base))
        let error = thrownError(LogError.self) { _ = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 5) }
        #expect(error?.description == "\(directory): records \(base) to \(base + 4) are missing: a segment file was lost or cut")
    }

    @Test("A sealed segment cut by whole records is an error when the log opens")
    func shortSealedSegment() throws {
        let directory = temporaryDirectory("short")
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let log = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 5)
            for event in events(15) { try log.append(event) }
        }
        #expect(truncate(segmentPath(directory, 5), 36 * 3) == 0)
        let error = thrownError(LogError.self) { _ = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 5) }
        #expect(error?.description == "\(directory): records 8 to 9 are missing: a segment file was lost or cut")
    }
}
