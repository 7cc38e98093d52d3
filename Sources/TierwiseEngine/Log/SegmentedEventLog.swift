import Foundation

/// A durable, append-only event log on disk, split into segment files.
///
/// Each record is `[length: u32 LE][crc32 of payload: u32 LE][payload]`, the
/// payload an ``EventCodec`` event (length 28). Segments are named by the
/// offset of their first record (`00000000000000000000.log`) and roll over at
/// `segmentSizeBytes`. Opening a log scans the last segment: a torn or corrupt
/// tail (a crash mid-write) is cut off and reported in ``recoveryWarnings``,
/// never read as data. Damage before the tail is an error on replay.
///
/// A class: it owns open file descriptors. Not thread-safe: one writer and
/// reader at a time (the hot properties skip Swift's dynamic exclusivity
/// checks on that understanding).
public final class SegmentedEventLog: EventLog {
    /// When appended records are forced to disk (fsync).
    public enum SyncPolicy: Sendable, Equatable {
        /// After every append: nothing acknowledged is ever lost; slowest.
        case everyAppend
        /// After every `n` appends.
        case every(Int)
        /// Only on ``flush()`` and segment roll-over; the OS decides otherwise.
        case never
    }

    /// Bytes per record: 8 of header, 28 of payload.
    public static let recordSize = 8 + EventCodec.payloadSize

    /// The directory holding the files.
    public let directory: String
    /// Segment size at which a new segment starts, bytes.
    public let segmentSizeBytes: Int
    /// When appends are forced to disk.
    public let syncPolicy: SyncPolicy
    /// The system calls it makes (``FileOperations/system`` unless a test injects faults).
    public let files: FileOperations
    /// What opening the log repaired (truncated tails), one sentence each.
    public private(set) var recoveryWarnings: [String] = []
    @exclusivity(unchecked) public private(set) var endOffset: Int64 = 0

    private var segmentBases: [Int64] = []
    private var activeDescriptor: Int32 = -1
    @exclusivity(unchecked) private var activeBytes = 0
    @exclusivity(unchecked) private var pending: [UInt8] = []
    @exclusivity(unchecked) private var appendsSinceSync = 0
    private static let writeBufferBytes = 1 << 20

    /// Opens (creating if needed) the log in `directory`, repairing a torn tail.
    public init(directory: String, segmentSizeBytes: Int = 64 << 20, syncPolicy: SyncPolicy = .every(1_000),
                files: FileOperations = .system) throws(LogError) {
        self.directory = directory
        self.segmentSizeBytes = max(segmentSizeBytes, Self.recordSize)
        self.syncPolicy = syncPolicy
        self.files = files
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory, operation: "create the log directory", reason: error.localizedDescription)
        }
        let names = (files.contentsOfDirectory(directory) ?? []).filter { $0.hasSuffix(".log") }
        segmentBases = names.compactMap { Int64($0.dropLast(4)) }.sorted()
        if segmentBases.isEmpty { segmentBases = [0] }
        // Sealed segments: whole records only.
        for base in segmentBases.dropLast() {
            let size = try fileSize(path(of: base))
            guard size % Self.recordSize == 0 else {
                throw .corrupt(path: path(of: base), byteOffset: size - size % Self.recordSize, reason: "a sealed segment ends mid-record")
            }
        }
        let last = segmentBases[segmentBases.count - 1]
        let validRecords = try repairTail(of: last)
        endOffset = last + Int64(validRecords)
        activeBytes = validRecords * Self.recordSize
        activeDescriptor = files.open(path(of: last), O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard activeDescriptor >= 0 else { throw .io(path: path(of: last), operation: "open", reason: errnoText()) }
        pending.reserveCapacity(Self.writeBufferBytes)
    }

    deinit {
        try? flush()
        if activeDescriptor >= 0 { _ = files.close(activeDescriptor) }
    }

    // MARK: - Appending

    /// Appends one event; returns its offset.
    @discardableResult
    public func append(_ event: Event) throws(LogError) -> Int64 {
        if activeBytes + pending.count + Self.recordSize > segmentSizeBytes && activeBytes + pending.count > 0 {
            try rollOver()
        }
        var record = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt32(0))  // 36 bytes of scratch
        withUnsafeMutableBytes(of: &record) { raw in
            EventCodec.encode(event, into: raw.baseAddress! + 8)
            let crc = CRC32.checksum(UnsafeRawBufferPointer(rebasing: raw[8..<Self.recordSize]))
            raw.storeBytes(of: UInt32(EventCodec.payloadSize).littleEndian, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: crc.littleEndian, toByteOffset: 4, as: UInt32.self)
            pending.append(contentsOf: raw[0..<Self.recordSize])
        }
        let offset = endOffset
        endOffset += 1
        appendsSinceSync += 1
        switch syncPolicy {
        case .everyAppend: try flush()
        case .every(let n) where appendsSinceSync >= n: try flush()
        default: if pending.count >= Self.writeBufferBytes { try writePending() }
        }
        return offset
    }

    /// Writes buffered records and fsyncs the active segment.
    public func flush() throws(LogError) {
        try writePending()
        guard activeDescriptor >= 0 else { return }
        if files.fsync(activeDescriptor) != 0 { throw .io(path: activePath, operation: "fsync", reason: errnoText()) }
        appendsSinceSync = 0
    }

    // MARK: - Replaying

    /// Calls `body` with each event from `offset` to the end, in order.
    public func replay(from offset: Int64, _ body: (Int64, Event) throws -> Void) throws {
        var reader = try self.reader(from: offset)
        var events: [Event] = []
        events.reserveCapacity(Reader.recordsPerRead)
        var next = max(0, offset)
        while try reader.read(into: &events, maximum: Reader.recordsPerRead) {
            for event in events {
                try body(next, event)
                next += 1
            }
            events.removeAll(keepingCapacity: true)
        }
    }

    /// A reader of the records from `offset` to the current end, checksums
    /// verified; it reads by itself (another thread may use it) while nothing is appended.
    public func reader(from offset: Int64) throws(LogError) -> Reader {
        try writePending()
        var segments: [Reader.Segment] = []
        for (index, base) in segmentBases.enumerated() {
            let end = index + 1 < segmentBases.count ? segmentBases[index + 1] : endOffset
            if end > max(0, offset) { segments.append(Reader.Segment(path: path(of: base), base: base, endOffset: end)) }
        }
        return Reader(segments: segments, from: max(0, offset), files: files)
    }

    /// Reads a range of the log's records in order, many per system call,
    /// verifying each checksum: the batch side's way into the log.
    public struct Reader: EventBatchSource, Sendable {
        /// Records read per system call at most.
        public static let recordsPerRead = 32_768

        struct Segment: Sendable {
            var path: String
            var base: Int64
            var endOffset: Int64
        }

        private var segments: [Segment]
        private var segmentIndex = 0
        /// The offset of the next record to read.
        public private(set) var nextOffset: Int64
        private var bytes: [UInt8] = []
        private let files: FileOperations

        init(segments: [Segment], from offset: Int64, files: FileOperations) {
            self.segments = segments
            nextOffset = offset
            self.files = files
        }

        /// Appends up to `maximum` next events to `buffer`; false at the end of the range.
        /// Throws ``LogError/corrupt(path:byteOffset:reason:)`` at a bad record.
        public mutating func read(into buffer: inout [Event], maximum: Int) throws -> Bool {
            while segmentIndex < segments.count && nextOffset >= segments[segmentIndex].endOffset { segmentIndex += 1 }
            guard segmentIndex < segments.count else { return false }
            let segment = segments[segmentIndex]
            let count = Int(min(Int64(min(max(maximum, 1), Self.recordsPerRead)), segment.endOffset - nextOffset))
            let byteOffset = Int(nextOffset - segment.base) * SegmentedEventLog.recordSize
            let wanted = count * SegmentedEventLog.recordSize
            if bytes.count < wanted { bytes = [UInt8](repeating: 0, count: wanted) }
            let descriptor = files.open(segment.path, O_RDONLY, 0)
            guard descriptor >= 0 else { throw LogError.io(path: segment.path, operation: "open", reason: errnoText()) }
            let outcome = bytes.withUnsafeMutableBytes {
                files.readAll(descriptor, into: UnsafeMutableRawBufferPointer(rebasing: $0[0..<wanted]), at: Int64(byteOffset))
            }
            _ = files.close(descriptor)
            let read: Int
            switch outcome {
            case .success(let count): read = count
            case .failure(let failure):
                throw LogError.io(path: segment.path, operation: "read", reason: FileOperations.reason(failure.code))
            }
            guard read == wanted else {
                throw LogError.corrupt(path: segment.path, byteOffset: byteOffset + max(read, 0), reason: "the segment ends early")
            }
            // Decode straight into the buffer's new tail: no capacity check per event.
            let first = buffer.count
            buffer.append(contentsOf: repeatElement(Event(id: 0, key: 0, timestampMillis: 0, value: 0), count: count))
            let bad: Int? = bytes.withUnsafeBytes { raw in
                buffer.withUnsafeMutableBufferPointer { events in
                    for index in 0..<count {
                        let record = raw.baseAddress! + index * SegmentedEventLog.recordSize
                        let length = UInt32(littleEndian: record.loadUnaligned(as: UInt32.self))
                        let crc = UInt32(littleEndian: record.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
                        let payload = UnsafeRawBufferPointer(start: record + 8, count: EventCodec.payloadSize)
                        guard length == EventCodec.payloadSize, CRC32.checksum(payload) == crc else { return index }
                        events[first + index] = EventCodec.decode(from: record + 8)
                    }
                    return nil
                }
            }
            if let bad {
                buffer.removeLast(count)
                throw LogError.corrupt(path: segment.path, byteOffset: byteOffset + bad * SegmentedEventLog.recordSize,
                                       reason: "checksum or length mismatch")
            }
            nextOffset += Int64(count)
            return true
        }
    }

    // MARK: - Internals

    private var activePath: String { path(of: segmentBases[segmentBases.count - 1]) }

    private func path(of base: Int64) -> String {
        var digits = String(base)
        while digits.count < 20 { digits = "0" + digits }
        return directory + "/" + digits + ".log"
    }

    private func writePending() throws(LogError) {
        guard !pending.isEmpty else { return }
        let outcome = pending.withUnsafeBytes { files.writeAll(activeDescriptor, $0) }
        if let code = outcome.error { throw .io(path: activePath, operation: "write", reason: FileOperations.reason(code)) }
        activeBytes += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    private func rollOver() throws(LogError) {
        try flush()
        _ = files.close(activeDescriptor)
        segmentBases.append(endOffset)
        activeBytes = 0
        activeDescriptor = files.open(activePath, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard activeDescriptor >= 0 else { throw .io(path: activePath, operation: "create a segment", reason: errnoText()) }
    }

    /// Valid records at the start of segment `base`; anything after the first
    /// bad one is truncated and reported.
    private func repairTail(of base: Int64) throws(LogError) -> Int {
        let path = path(of: base)
        let bytes = try contents(of: path)
        var valid = 0
        var reason = ""
        bytes.withUnsafeBytes { raw in
            while true {
                let start = valid * Self.recordSize
                if start == raw.count { return }
                guard start + 8 <= raw.count else { reason = "a record header is cut short"; return }
                let length = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self))
                let crc = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4, as: UInt32.self))
                guard length == EventCodec.payloadSize else { reason = "a record has length \(length), not \(EventCodec.payloadSize)"; return }
                guard start + Self.recordSize <= raw.count else { reason = "a record payload is cut short"; return }
                guard CRC32.checksum(UnsafeRawBufferPointer(rebasing: raw[(start + 8)..<(start + Self.recordSize)])) == crc else {
                    reason = "a record fails its checksum"
                    return
                }
                valid += 1
            }
        }
        let validBytes = valid * Self.recordSize
        if validBytes < bytes.count {
            let descriptor = files.open(path, O_WRONLY, 0)
            guard descriptor >= 0, files.ftruncate(descriptor, Int64(validBytes)) == 0 else {
                let reason = errnoText()
                if descriptor >= 0 { _ = files.close(descriptor) }
                throw .io(path: path, operation: "truncate the torn tail", reason: reason)
            }
            _ = files.close(descriptor)
            recoveryWarnings.append("\(path): \(reason) at byte \(validBytes) (offset \(base + Int64(valid))); "
                + "truncated \(bytes.count - validBytes) bytes of torn tail")
        }
        return valid
    }

    private func fileSize(_ path: String) throws(LogError) -> Int {
        let descriptor = files.open(path, O_RDONLY, 0)
        guard descriptor >= 0 else { throw .io(path: path, operation: "open", reason: errnoText()) }
        defer { _ = files.close(descriptor) }
        let size = files.size(descriptor)
        guard size >= 0 else { throw .io(path: path, operation: "stat", reason: errnoText()) }
        return Int(size)
    }

    /// The whole file at `path`; empty when it does not exist.
    private func contents(of path: String) throws(LogError) -> [UInt8] {
        let descriptor = files.open(path, O_RDONLY, 0)
        if descriptor < 0 && errno == ENOENT { return [] }
        guard descriptor >= 0 else { throw .io(path: path, operation: "open", reason: errnoText()) }
        defer { _ = files.close(descriptor) }
        let size = files.size(descriptor)
        guard size >= 0 else { throw .io(path: path, operation: "stat", reason: errnoText()) }
        var bytes = [UInt8](repeating: 0, count: Int(size))
        let outcome = bytes.withUnsafeMutableBytes { files.readAll(descriptor, into: $0, at: 0) }
        switch outcome {
        case .success(let read): return Array(bytes[0..<read])
        case .failure(let failure): throw .io(path: path, operation: "read", reason: FileOperations.reason(failure.code))
        }
    }
}

private func errnoText() -> String { String(cString: strerror(errno)) }
