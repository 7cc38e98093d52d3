import Foundation
import Testing
@testable import TierwiseEngine

private func temporaryLogDirectory() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-log-\(UUID().uuidString)").path
}

private func sampleEvents(_ count: Int) -> [Event] {
    (0..<count).map { (index: Int) -> Event in
        let time = Int64(index) * 1_000 - 5_000
        return Event(id: UInt64(index), key: UInt32(index % 7), timestampMillis: time, value: Double(index) * 0.5)
    }
}

private func replayAll(_ log: some EventLog, from offset: Int64 = 0) throws -> [Event] {
    var events: [Event] = []
    var expectedOffset = max(offset, 0)
    try log.replay(from: offset) { eventOffset, event in
        #expect(eventOffset == expectedOffset)
        expectedOffset += 1
        events.append(event)
    }
    return events
}

@Suite("Event log")
struct EventLogTests {
    @Test("CRC-32 matches the standard check value")
    func crc() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
    }

    @Test("The table-driven CRC-32 equals the bit-by-bit definition for every length from 0 to 80")
    func crcAgainstBitwise() {
        /// The polynomial division one bit at a time, as the standard defines it.
        func bitwise(_ bytes: [UInt8]) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in bytes {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return ~crc
        }
        var random = TestRandom(state: 77)
        for length in 0...80 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            #expect(CRC32.checksum(bytes) == bitwise(bytes), "length \(length)")
            // Unaligned starts too: the table code loads 8 and 4 bytes at a time.
            if length > 3 {
                let tail = Array(bytes[3...])
                let crc = bytes.withUnsafeBytes { CRC32.checksum(UnsafeRawBufferPointer(rebasing: $0[3...])) }
                #expect(crc == bitwise(tail))
            }
        }
    }

    @Test("A reader returns the records from its offset in chunks of at most the size asked, across segments")
    func reader() throws {
        let directory = temporaryLogDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let events = sampleEvents(100)
        let log = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 30, syncPolicy: .never)
        for event in events { try log.append(event) }
        for (offset, maximum) in [(0 as Int64, 7), (29, 1), (45, 1_000), (99, 3), (100, 5), (-3, 64)] {
            var reader = try log.reader(from: offset)
            var read: [Event] = []
            var chunk: [Event] = []
            while try reader.read(into: &chunk, maximum: maximum) {
                #expect(!chunk.isEmpty && chunk.count <= maximum)
                read += chunk
                chunk.removeAll()
            }
            #expect(read == Array(events[Int(max(offset, 0))...]), "from \(offset) by \(maximum)")
            #expect(reader.nextOffset == 100)
        }
    }

    @Test("Events round-trip through several segments, from any offset", arguments: [
        SegmentedEventLog.SyncPolicy.never, .every(7), .everyAppend,
    ])
    func roundTrip(policy: SegmentedEventLog.SyncPolicy) throws {
        let directory = temporaryLogDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let events = sampleEvents(100)
        let log = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 30, syncPolicy: policy)
        for (index, event) in events.enumerated() { #expect(try log.append(event) == Int64(index)) }
        #expect(try replayAll(log) == events)
        #expect(try replayAll(log, from: 45) == Array(events[45...]))
        #expect(try replayAll(log, from: 100).isEmpty)
        try log.flush()
        let segments = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(segments == ["00000000000000000000.log", "00000000000000000030.log", "00000000000000000060.log", "00000000000000000090.log"])
    }

    @Test("Reopening finds every event and appends after them")
    func reopen() throws {
        let directory = temporaryLogDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let events = sampleEvents(50)
        do {
            let log = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 20)
            for event in events[..<40] { try log.append(event) }
        }
        let reopened = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 20)
        #expect(reopened.endOffset == 40)
        #expect(reopened.recoveryWarnings.isEmpty)
        for event in events[40...] { try reopened.append(event) }
        #expect(try replayAll(reopened) == events)
    }

    @Test("A torn tail is truncated with a warning, never read as data", arguments: [
        [0x1C, 0x00] as [UInt8],  // half a header
        [0x1C, 0, 0, 0, 1, 2, 3, 4, 9, 9],  // a header and part of a payload
        [0xFF, 0xFF, 0, 0, 0, 0, 0, 0],  // an absurd length
    ])
    func tornTail(garbage: [UInt8]) throws {
        let directory = temporaryLogDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let events = sampleEvents(10)
        do {
            let log = try SegmentedEventLog(directory: directory)
            for event in events { try log.append(event) }
        }
        let path = directory + "/00000000000000000000.log"
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(garbage))
        try handle.close()
        let reopened = try SegmentedEventLog(directory: directory)
        #expect(reopened.endOffset == 10)
        #expect(reopened.recoveryWarnings.count == 1)
        #expect(reopened.recoveryWarnings.first?.contains("truncated \(garbage.count) bytes of torn tail") == true)
        #expect(try replayAll(reopened) == events)
        try reopened.append(events[0])
        #expect(try replayAll(reopened).count == 11)
    }

    @Test("A last record that fails its checksum is cut off")
    func corruptTail() throws {
        let directory = temporaryLogDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let log = try SegmentedEventLog(directory: directory)
            for event in sampleEvents(10) { try log.append(event) }
        }
        let path = directory + "/00000000000000000000.log"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[bytes.count - 3] ^= 0x40  // flip a bit in the last payload
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reopened = try SegmentedEventLog(directory: directory)
        #expect(reopened.endOffset == 9)
        #expect(reopened.recoveryWarnings.first?.contains("fails its checksum at byte 324 (offset 9)") == true)
    }

    @Test("Damage inside a sealed segment is an error on replay, not a silent skip")
    func corruptSealedSegment() throws {
        let directory = temporaryLogDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        do {
            let log = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 5)
            for event in sampleEvents(12) { try log.append(event) }
        }
        let path = directory + "/00000000000000000000.log"
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[36 + 10] ^= 0x01
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reopened = try SegmentedEventLog(directory: directory, segmentSizeBytes: 36 * 5)
        #expect(throws: LogError.corrupt(path: path, byteOffset: 36, reason: "checksum or length mismatch")) {
            try reopened.replay(from: 0) { _, _ in }
        }
        // A batch over the log stops at the same record, on either driver.
        var oneCore = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .batch)
        #expect(throws: LogError.corrupt(path: path, byteOffset: 36, reason: "checksum or length mismatch")) {
            try BatchJob.run(reopened.reader(from: 0), through: &oneCore)
        }
        var pipelined = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .batch)
        #expect(throws: LogError.corrupt(path: path, byteOffset: 36, reason: "checksum or length mismatch")) {
            try BatchPipeline.run(reopened.reader(from: 0), through: &pipelined)
        }
    }

    @Test("The in-memory log behaves like the durable one")
    func inMemory() throws {
        var log = InMemoryEventLog()
        let events = sampleEvents(20)
        for event in events { try log.append(event) }
        #expect(log.endOffset == 20)
        #expect(try replayAll(log, from: 5) == Array(events[5...]))
        #expect(try replayAll(log, from: 25).isEmpty)
    }
}
