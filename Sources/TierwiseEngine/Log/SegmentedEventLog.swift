import Foundation
import TierwisePlatform

/// A durable, append-only event log on disk, split into segment files.
///
/// Each record is `[length: u32 LE][crc32 of payload: u32 LE][payload]`, the
/// payload an ``EventCodec`` event (length 28). Segments are named by the
/// offset of their first record (`00000000000000000000.log`) and roll over at
/// `segmentSizeBytes`.
///
/// **Opening** checks that the segments cover every offset from 0 without a
/// gap (a lost or cut segment is ``LogError/missingRecords(directory:fromOffset:toOffset:)``)
/// and scans the last segment. A torn tail (what a crash mid-write leaves: a
/// cut-short or garbage record with nothing valid after it) is cut off, the
/// cut fsynced, and reported in ``recoveryWarnings``; a bad record followed by
/// a valid one is damage, not a torn write, and opening throws
/// ``LogError/corrupt(path:byteOffset:reason:)`` without touching the file.
/// Damage in a sealed segment is an error on replay.
///
/// **Failures.** A write that fails (a full disk, an I/O error) is undone: the
/// segment is truncated back to the last whole record written before it, the
/// buffered records stay buffered, and ``flush()`` may be retried. A failed
/// fsync (or a failed undo) leaves the file's contents unknown, so the log
/// then refuses to append or flush (``LogError/needsReopen(path:operation:)``)
/// until it is reopened. An ``append(_:)`` that throws did not append.
/// ``durableEndOffset`` is always the end of what was fsynced.
///
/// A class: it owns open file descriptors. Not thread-safe: one writer and
/// reader at a time (the hot properties skip Swift's dynamic exclusivity
/// checks on that understanding).
public final class SegmentedEventLog: EventLog {
    /// When appended records are forced to disk (fsync).
    public enum SyncPolicy: Sendable, Equatable {
        /// After every append: an append that returns is durable; slowest.
        case everyAppend
        /// After every `n` appends: at most the last `n - 1` appends can be lost.
        case every(Int)
        /// Only on ``flush()`` and segment roll-over (and when the 1 MiB buffer fills,
        /// a write without fsync): only what a flush returned from is durable.
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
    /// The offset the next append gets (buffered records included).
    @exclusivity(unchecked) public private(set) var endOffset: Int64 = 0
    /// Every offset below this one is on disk and fsynced: it survives a crash
    /// of the process and a loss of power.
    public private(set) var durableEndOffset: Int64 = 0

    private var segmentBases: [Int64] = []
    private var activeDescriptor: Int32 = -1
    /// Bytes of the active segment known to be in the file, whole records only.
    @exclusivity(unchecked) private var activeBytes = 0
    @exclusivity(unchecked) private var pending: [UInt8] = []
    @exclusivity(unchecked) private var appendsSinceSync = 0
    /// Set when the file's contents are no longer known; every later use throws it.
    @exclusivity(unchecked) private var failure: LogError?
    private static let writeBufferBytes = 1 << 20

    /// Opens (creating if needed) the log in `directory`, repairing a torn tail.
    public init(directory: String, segmentSizeBytes: Int = 64 << 20, syncPolicy: SyncPolicy = .every(1_000),
                files: FileOperations = .system) throws(LogError) {
        self.directory = directory
        self.segmentSizeBytes = max(segmentSizeBytes, Self.recordSize)
        self.syncPolicy = syncPolicy
        self.files = files
        guard files.makeDirectories(directory) == 0 else {
            throw .io(path: directory, operation: "create the log directory", reason: errnoText())
        }
        guard let names = files.contentsOfDirectory(directory) else {
            throw .io(path: directory, operation: "list the log directory", reason: errnoText())
        }
        segmentBases = names.filter { $0.hasSuffix(".log") }.compactMap { Int64($0.dropLast(4)) }.sorted()
        if segmentBases.isEmpty { segmentBases = [0] }
        guard segmentBases[0] == 0 else { throw .missingRecords(directory: directory, fromOffset: 0, toOffset: segmentBases[0]) }
        // Sealed segments: whole records only, each ending where the next begins.
        for (index, base) in segmentBases.dropLast().enumerated() {
            let path = path(of: base)
            let size = try fileSize(path)
            guard size % Self.recordSize == 0 else {
                throw .corrupt(path: path, byteOffset: size - size % Self.recordSize, reason: "a sealed segment ends mid-record")
            }
            let end = base + Int64(size / Self.recordSize), next = segmentBases[index + 1]
            if end < next { throw .missingRecords(directory: directory, fromOffset: end, toOffset: next) }
            if end > next {
                throw .corrupt(path: path, byteOffset: Int(next - base) * Self.recordSize,
                               reason: "the segment runs past the start of the next one (offset \(next))")
            }
        }
        let last = segmentBases[segmentBases.count - 1]
        let validRecords = try repairTail(of: last)
        endOffset = last + Int64(validRecords)
        activeBytes = validRecords * Self.recordSize
        activeDescriptor = try openSegment(last)
        // What a crashed process wrote may still be only in the page cache.
        guard files.fsync(activeDescriptor) == 0 else { throw .io(path: activePath, operation: "fsync", reason: errnoText()) }
        durableEndOffset = endOffset
        pending.reserveCapacity(Self.writeBufferBytes)
    }

    deinit {
        if failure == nil { try? flush() }
        if activeDescriptor >= 0 { _ = files.close(activeDescriptor) }
    }

    // MARK: - Appending

    /// Appends one event; returns its offset. When it throws, nothing was
    /// appended (``endOffset`` is unchanged) and the same event may be appended again.
    @discardableResult
    public func append(_ event: Event) throws(LogError) -> Int64 {
        if let failure { throw failure }
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
        do {
            switch syncPolicy {
            case .everyAppend: try flush()
            case .every(let n) where appendsSinceSync >= n: try flush()
            default: if pending.count >= Self.writeBufferBytes { try writePending() }
            }
        } catch {
            if failure == nil {
                // The write was undone and the buffer is intact: take this record back out.
                pending.removeLast(Self.recordSize)
                endOffset -= 1
                appendsSinceSync -= 1
            }
            throw error
        }
        return offset
    }

    /// Writes buffered records and fsyncs the active segment; when it returns,
    /// ``durableEndOffset`` equals ``endOffset``. After a write error it may be
    /// retried; after an fsync error the log must be reopened.
    public func flush() throws(LogError) {
        if let failure { throw failure }
        try writePending()
        guard durableEndOffset < endOffset else { return }
        guard files.fsync(activeDescriptor) == 0 else {
            let error = LogError.io(path: activePath, operation: "fsync", reason: errnoText())
            failure = .needsReopen(path: activePath, operation: "fsync")
            throw error
        }
        durableEndOffset = endOffset
        appendsSinceSync = 0
    }

    /// Flushes if any offset below `offset` is not yet durable; throws
    /// ``LogError/beyondEnd(offset:endOffset:)`` for an offset not yet appended.
    public func makeDurable(through offset: Int64) throws(LogError) {
        guard offset <= endOffset else { throw .beyondEnd(offset: offset, endOffset: endOffset) }
        if offset > durableEndOffset { try flush() }
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

    /// Opens segment `base` for appending, creating it (and fsyncing its new
    /// directory entry) when it does not exist.
    private func openSegment(_ base: Int64) throws(LogError) -> Int32 {
        let path = path(of: base)
        var descriptor = files.open(path, O_WRONLY | O_APPEND, 0)
        if descriptor >= 0 { return descriptor }
        guard errno == ENOENT else { throw .io(path: path, operation: "open", reason: errnoText()) }
        descriptor = files.open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard descriptor >= 0 else { throw .io(path: path, operation: "create a segment", reason: errnoText()) }
        guard files.syncDirectory(directory) == 0 else {
            let reason = errnoText()
            _ = files.close(descriptor)
            throw .io(path: directory, operation: "fsync the new segment's directory entry", reason: reason)
        }
        return descriptor
    }

    /// Writes the buffer. On failure the segment is cut back to its last whole
    /// record, so the buffer can be written again; when even that fails, the log
    /// stops (``failure``).
    private func writePending() throws(LogError) {
        if let failure { throw failure }
        guard !pending.isEmpty else { return }
        let outcome = pending.withUnsafeBytes { files.writeAll(activeDescriptor, $0) }
        if let code = outcome.error {
            let error = LogError.io(path: activePath, operation: "write", reason: FileOperations.reason(code))
            // Cut back even when nothing is reported written: a failed call may still have left bytes.
            if files.ftruncate(activeDescriptor, Int64(activeBytes)) != 0 {
                failure = .needsReopen(path: activePath, operation: "write")
            }
            throw error
        }
        activeBytes += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    private func rollOver() throws(LogError) {
        try flush()
        let descriptor = try openSegment(endOffset)
        _ = files.close(activeDescriptor)
        activeDescriptor = descriptor
        segmentBases.append(endOffset)
        activeBytes = 0
    }

    /// Valid records at the start of segment `base`. A torn tail (nothing valid
    /// after the first bad record) is truncated, fsynced and reported; a bad
    /// record with a valid one after it is damage and throws.
    private func repairTail(of base: Int64) throws(LogError) -> Int {
        let path = path(of: base)
        let bytes = try contents(of: path)
        var valid = 0
        var reason = ""
        var laterRecord: Int?
        bytes.withUnsafeBytes { raw in
            func isRecord(at start: Int) -> Bool {
                guard start + Self.recordSize <= raw.count,
                      UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)) == EventCodec.payloadSize
                else { return false }
                let crc = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4, as: UInt32.self))
                return CRC32.checksum(UnsafeRawBufferPointer(rebasing: raw[(start + 8)..<(start + Self.recordSize)])) == crc
            }
            while true {
                let start = valid * Self.recordSize
                if start == raw.count { return }
                if isRecord(at: start) { valid += 1; continue }
                if start + 8 > raw.count {
                    reason = "a record header is cut short"
                } else if UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)) != EventCodec.payloadSize {
                    reason = "a record has length \(raw.loadUnaligned(fromByteOffset: start, as: UInt32.self)), not \(EventCodec.payloadSize)"
                } else if start + Self.recordSize > raw.count {
                    reason = "a record payload is cut short"
                } else {
                    reason = "a record fails its checksum"
                }
                // A valid record anywhere after the bad one (at any byte: a torn write
                // retried after a partial one would not be aligned) means damage.
                var candidate = start + 1
                while candidate + Self.recordSize <= raw.count {
                    if isRecord(at: candidate) { laterRecord = candidate; return }
                    candidate += 1
                }
                return
            }
        }
        let validBytes = valid * Self.recordSize
        if let laterRecord {
            throw .corrupt(path: path, byteOffset: validBytes,
                           reason: "a damaged record is followed by valid ones (the first at byte \(laterRecord)), which a torn write cannot leave")
        }
        if validBytes < bytes.count {
            let descriptor = files.open(path, O_WRONLY, 0)
            guard descriptor >= 0 else { throw .io(path: path, operation: "open the torn segment", reason: errnoText()) }
            defer { _ = files.close(descriptor) }
            guard files.ftruncate(descriptor, Int64(validBytes)) == 0 else {
                throw .io(path: path, operation: "truncate the torn tail", reason: errnoText())
            }
            guard files.fsync(descriptor) == 0 else { throw .io(path: path, operation: "fsync the truncated tail", reason: errnoText()) }
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
