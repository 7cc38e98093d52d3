import Foundation
import TierwiseEngine
import TierwisePlatform

/// A deterministic streaming job through the durable log and the checkpoint
/// store, written to be killed at any point and restarted until it finishes.
///
/// Events come from a seed (ids repeat now and then, some arrive late). Each
/// event is appended to a ``SegmentedEventLog`` and processed by a
/// ``WindowOperator``; every `checkpointEvery` events the operator's results go
/// to an external upsert sink (a file written atomically) and then a checkpoint
/// is saved through ``CheckpointStore/save(_:durableIn:)``. On start it
/// restores the latest checkpoint, replays the log from its offset, and
/// carries on with the first event the log does not hold (the source resends
/// what was not logged). At the end it writes the sink, every counter and a
/// digest of the log to `result.txt`, atomically: a crashed-and-restarted run
/// must write the same bytes as an uninterrupted one.
struct CrashWorkload {
    /// The working directory (log, checkpoints, sink, result).
    var directory: String
    /// Events in the stream.
    var eventCount: Int
    /// Events between checkpoints.
    var checkpointEvery: Int
    /// The log's `SyncPolicy.every` count.
    var syncEvery: Int
    /// Records per log segment.
    var segmentRecords: Int
    /// The stream's seed.
    var seed: UInt64
    /// The file operations (counting, and crashing where asked).
    var files: FileOperations
    /// Failed writes retried so far.
    let retries = Counter()

    /// A count shared by copies.
    final class Counter: @unchecked Sendable {
        /// The count.
        var count = 0
    }

    /// The identity of a sink row, ordered by window start, key, window end.
    struct RowID: Hashable, Comparable {
        var start: Int64
        var key: UInt32
        var end: Int64
        static func < (lhs: RowID, rhs: RowID) -> Bool { (lhs.start, lhs.key, lhs.end) < (rhs.start, rhs.key, rhs.end) }
    }

    /// One row of the external sink: an aggregate as its exact figures.
    struct Row: Equatable {
        var count: Int64
        var sum: UInt64
        var min: UInt64
        var max: UInt64
    }

    /// A failure of the worker's own files.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    // MARK: - The stream

    /// Event `index` of the stream: ids mostly new, one in nine a recent id again,
    /// times roughly increasing with bounded disorder and a late event now and then.
    func event(_ index: Int) -> Event {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index) &* 0xBF58_476D_1CE4_E5B9
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let id = index > 50 && next() % 9 == 0 ? UInt64(index) - 1 - next() % 50 : UInt64(index)
        var time = Int64(index) * 100 + Int64(next() % 4_000) - 2_000
        if next() % 97 == 0 { time -= 20_000 }
        let value = Double(next() % 1_000_000) / 1_000
        return Event(id: id, key: UInt32(next() % 5), timestampMillis: time, value: value)
    }

    func makeOperator() throws -> WindowOperator<TumblingWindows> {
        try WindowOperator(assigner: TumblingWindows(sizeMillis: 10_000), mode: .streaming(outOfOrdernessMillis: 2_000),
                           allowedLatenessMillis: 3_000, deduplicationTTLMillis: 30_000)
    }

    // MARK: - Running

    /// Recovers, runs to the end of the stream and writes the result.
    func run() throws {
        let log = try SegmentedEventLog(directory: directory + "/log", segmentSizeBytes: segmentRecords * SegmentedEventLog.recordSize,
                                        syncPolicy: .every(syncEvery), files: files)
        let store = try CheckpointStore(directory: directory + "/checkpoints", files: files)
        var sink = try readSink()
        var op = try makeOperator()
        let checkpoint = try store.latest(consistentWith: log)
        if let checkpoint { try op.restore(checkpoint) }
        try log.replay(from: checkpoint?.logOffset ?? 0) { _, event in op.process(event) }
        var next = Int(log.endOffset)
        while next < eventCount {
            let event = event(next)
            try retrying { try log.append(event) }
            op.process(event)
            next += 1
            if next % checkpointEvery == 0 {
                merge(op.sink, into: &sink)
                try retrying { try writeSink(sink) }  // the sink holds every result the checkpoint no longer re-emits
                try retrying { try store.save(op.checkpoint(logOffset: Int64(next)), durableIn: log) }
            }
        }
        op.finish()
        merge(op.sink, into: &sink)
        try retrying { try log.flush() }
        try writeAtomically(directory + "/result.txt", Array(try result(op: op, sink: sink, log: log).utf8))
    }

    /// Runs `body`, once more after a failed write (a full disk that frees up).
    func retrying(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch LogError.io(_, "write", _), CheckpointError.log(.io(_, "write", _)), is Failure {
            retries.count += 1
            try body()
        } catch CheckpointError.io(let path, let reason) where reason.hasPrefix("cannot write") {
            retries.count += 1
            _ = (path, reason)
            try body()
        }
    }

    func merge(_ results: UpsertSink, into sink: inout [RowID: Row]) {
        for (key, aggregate) in results.rows {
            sink[RowID(start: key.window.startMillis, key: key.key, end: key.window.endMillis)] = Row(count: aggregate.count, sum: aggregate.sum.bitPattern, min: aggregate.min.bitPattern,
                            max: aggregate.max.bitPattern)
        }
    }

    /// The result as text: counters, late events, a digest of the log, the sink's rows in order.
    func result(op: WindowOperator<TumblingWindows>, sink: [RowID: Row], log: SegmentedEventLog) throws -> String {
        var digest: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ value: UInt64) { digest = (digest ^ value) &* 0x0000_0100_0000_01B3 }
        var logged = 0
        try log.replay(from: 0) { _, event in
            mix(event.id); mix(UInt64(event.key)); mix(UInt64(bitPattern: event.timestampMillis)); mix(event.value.bitPattern)
            logged += 1
        }
        var lines = [
            "events \(eventCount)", "log_end_offset \(log.endOffset)", "log_records \(logged)", "log_digest \(digest)",
            "events_seen \(op.eventsSeen)", "duplicates_dropped \(op.duplicatesDropped)", "watermark \(op.watermark.millis)",
            "open_windows \(op.openWindowCount)", "remembered_ids \(op.rememberedIdCount)", "late_events \(op.lateEvents.count)",
        ]
        for event in op.lateEvents {
            lines.append("late \(event.id) \(event.key) \(event.timestampMillis) \(event.value.bitPattern)")
        }
        lines.append("rows \(sink.count)")
        for key in sink.keys.sorted() {
            guard let row = sink[key] else { continue }
            lines.append("row \(key.key) \(key.start) \(key.end) \(row.count) \(row.sum) \(row.min) \(row.max)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - The external sink

    private var sinkPath: String { directory + "/sink.txt" }

    /// The sink's rows as last written; empty before the first checkpoint.
    func readSink() throws -> [RowID: Row] {
        guard FileManager.default.fileExists(atPath: sinkPath) else { return [:] }
        guard let data = FileManager.default.contents(atPath: sinkPath) else { throw Failure(description: "\(sinkPath): cannot read") }
        var sink: [RowID: Row] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ").compactMap { Int64($0) }
            guard fields.count == 7 else { throw Failure(description: "\(sinkPath): a bad line '\(line)'") }
            let key = RowID(start: fields[1], key: UInt32(fields[0]), end: fields[2])
            sink[key] = Row(count: fields[3], sum: UInt64(bitPattern: fields[4]), min: UInt64(bitPattern: fields[5]),
                            max: UInt64(bitPattern: fields[6]))
        }
        return sink
    }

    func writeSink(_ sink: [RowID: Row]) throws {
        var text = ""
        for (key, row) in sink {
            text += "\(key.key) \(key.start) \(key.end) \(row.count) "
                + "\(Int64(bitPattern: row.sum)) \(Int64(bitPattern: row.min)) \(Int64(bitPattern: row.max))\n"
        }
        try writeAtomically(sinkPath, Array(text.utf8))
    }

    /// Temporary file, fsync, rename, directory fsync.
    func writeAtomically(_ path: String, _ bytes: [UInt8]) throws {
        let temporary = path + ".tmp"
        let descriptor = files.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "\(temporary): cannot create") }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { files.write(descriptor, UnsafeRawBufferPointer(rebasing: $0[written...])) }
            guard result > 0 else { throw Failure(description: "\(temporary): cannot write") }
            written += result
        }
        guard files.fsync(descriptor) == 0 else { throw Failure(description: "\(temporary): cannot fsync") }
        _ = files.close(descriptor)
        guard files.rename(temporary, path) == 0 else { throw Failure(description: "\(path): cannot rename") }
        let directoryDescriptor = files.open(directory, O_RDONLY | O_DIRECTORY, 0)
        guard directoryDescriptor >= 0, files.fsync(directoryDescriptor) == 0 else { throw Failure(description: "\(directory): cannot fsync") }
        _ = files.close(directoryDescriptor)
    }
}
