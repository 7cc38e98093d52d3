/// A consistent cut of a ``WindowOperator``: its state after processing every
/// event before ``logOffset``. Restoring it and replaying the log from that
/// offset gives the same results as never stopping (with an idempotent sink).
///
/// Binary layout: magic `TWCK`, format version (u32), then the body, then a
/// CRC-32 of everything before it. The sink is not included: it is external
/// and idempotent, so results emitted again after a restore overwrite
/// themselves.
///
/// Version 2 writes each sum as its double-double (``ValueSummary``) and the
/// panes of sliding windows kept per pane; version 1 (one double per sum, no
/// panes) is still read, its sums taken as exact.
public struct Checkpoint: Sendable, Equatable {
    /// The layout version written; readers refuse other versions but ``readableVersions``.
    public static let formatVersion: UInt32 = 2
    /// The layout versions read.
    static let readableVersions: ClosedRange<UInt32> = 1...2
    static let magic: [UInt8] = Array("TWCK".utf8)

    /// The next log offset to process after restoring.
    public var logOffset: Int64
    /// Describes the operator's configuration, checked on restore.
    public var configuration: String
    var maxTimestampMillis: Int64
    var watermarkMillis: Int64
    var eventsSeen: Int64
    var duplicatesDropped: Int64
    /// Open windows' entries (with panes: the fired windows within their lateness).
    var windows: [(key: UInt32, window: TimeWindow, aggregate: Aggregate)]
    /// Panes' entries, for sliding windows kept per pane.
    var panes: [(key: UInt32, window: TimeWindow, aggregate: Aggregate)]
    var deduplication: [(bucket: Int64, ids: [UInt64])]
    var lateEvents: [Event]

    /// Equal when their bytes are equal.
    public static func == (lhs: Checkpoint, rhs: Checkpoint) -> Bool { lhs.encoded() == rhs.encoded() }

    // MARK: - Encoding

    /// The checkpoint's bytes.
    public func encoded() -> [UInt8] {
        var w = BinaryWriter()
        for byte in Self.magic { w.write(byte) }
        w.write(Self.formatVersion)
        w.write(logOffset)
        w.write(configuration)
        w.write(maxTimestampMillis)
        w.write(watermarkMillis)
        w.write(eventsSeen)
        w.write(duplicatesDropped)
        Self.write(windows, to: &w)
        Self.write(panes, to: &w)
        w.write(UInt64(deduplication.count))
        for bucket in deduplication {
            w.write(bucket.bucket)
            w.write(UInt64(bucket.ids.count))
            for id in bucket.ids { w.write(id) }
        }
        w.write(UInt64(lateEvents.count))
        for event in lateEvents { w.write(event.id); w.write(event.key); w.write(event.timestampMillis); w.write(event.value) }
        var bytes = w.bytes
        let crc = CRC32.checksum(bytes)
        withUnsafeBytes(of: crc.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Decodes and verifies checkpoint bytes.
    public init(decoding bytes: [UInt8]) throws(CheckpointError) {
        guard bytes.count >= 12, Array(bytes[0..<4]) == Self.magic else { throw .malformed("no TWCK header") }
        let body = Array(bytes[0..<(bytes.count - 4)])
        var trailer = BinaryReader(Array(bytes[(bytes.count - 4)...]))
        guard try trailer.read(UInt32.self) == CRC32.checksum(body) else { throw .malformed("the checksum does not match") }
        var r = BinaryReader(body)
        _ = try r.read(UInt32.self)  // magic
        let version = try r.read(UInt32.self)
        guard Self.readableVersions.contains(version) else {
            throw .malformed("format version \(version); this build reads \(Self.readableVersions.lowerBound) to \(Self.readableVersions.upperBound)")
        }
        logOffset = try r.read(Int64.self)
        configuration = try r.readString()
        maxTimestampMillis = try r.read(Int64.self)
        watermarkMillis = try r.read(Int64.self)
        eventsSeen = try r.read(Int64.self)
        duplicatesDropped = try r.read(Int64.self)
        windows = try Self.readEntries(from: &r, version: version)
        panes = version >= 2 ? try Self.readEntries(from: &r, version: version) : []
        deduplication = []
        for _ in 0..<(try r.readCount(minimumItemSize: 16)) {
            let bucket = try r.read(Int64.self)
            var ids: [UInt64] = []
            for _ in 0..<(try r.readCount(minimumItemSize: 8)) { ids.append(try r.read(UInt64.self)) }
            deduplication.append((bucket, ids))
        }
        lateEvents = []
        for _ in 0..<(try r.readCount(minimumItemSize: 28)) {
            lateEvents.append(Event(id: try r.read(UInt64.self), key: try r.read(UInt32.self),
                                    timestampMillis: try r.read(Int64.self), value: try r.readDouble()))
        }
        guard r.isAtEnd else { throw .malformed("\(body.count - r.position) unexpected bytes at the end") }
    }

    init(logOffset: Int64, configuration: String, maxTimestampMillis: Int64, watermarkMillis: Int64, eventsSeen: Int64,
         duplicatesDropped: Int64, windows: [(key: UInt32, window: TimeWindow, aggregate: Aggregate)],
         panes: [(key: UInt32, window: TimeWindow, aggregate: Aggregate)],
         deduplication: [(bucket: Int64, ids: [UInt64])], lateEvents: [Event]) {
        self.logOffset = logOffset
        self.configuration = configuration
        self.maxTimestampMillis = maxTimestampMillis
        self.watermarkMillis = watermarkMillis
        self.eventsSeen = eventsSeen
        self.duplicatesDropped = duplicatesDropped
        self.windows = windows
        self.panes = panes
        self.deduplication = deduplication
        self.lateEvents = lateEvents
    }

    // MARK: - Entries

    /// Writes (key, window, aggregate) entries: key, start, end, count, sum and
    /// its remainder, min, max, then the sketch's registers (none when not tracked).
    private static func write(_ entries: [(key: UInt32, window: TimeWindow, aggregate: Aggregate)], to w: inout BinaryWriter) {
        w.write(UInt64(entries.count))
        for entry in entries {
            let summary = entry.aggregate.summary
            w.write(entry.key); w.write(entry.window.startMillis); w.write(entry.window.endMillis)
            w.write(summary.count); w.write(summary.sum); w.write(summary.sumRemainder); w.write(summary.min); w.write(summary.max)
            let registers = entry.aggregate.distinctSketch?.registerBytes ?? []
            w.write(UInt32(registers.count))
            for register in registers { w.write(register) }
        }
    }

    /// Reads what ``write(_:to:)`` wrote (version 1: no sum remainder).
    private static func readEntries(
        from r: inout BinaryReader, version: UInt32
    ) throws(CheckpointError) -> [(key: UInt32, window: TimeWindow, aggregate: Aggregate)] {
        var entries: [(key: UInt32, window: TimeWindow, aggregate: Aggregate)] = []
        for _ in 0..<(try r.readCount(minimumItemSize: version >= 2 ? 64 : 56)) {
            let key = try r.read(UInt32.self)
            let window = TimeWindow(startMillis: try r.read(Int64.self), endMillis: try r.read(Int64.self))
            let count = try r.read(Int64.self), sum = try r.readDouble()
            let remainder = version >= 2 ? try r.readDouble() : 0
            let min = try r.readDouble(), max = try r.readDouble()
            let registerCount = Int(try r.read(UInt32.self))
            var sketch: HyperLogLog?
            if registerCount > 0 {
                var registers: [UInt8] = []
                for _ in 0..<registerCount { registers.append(try r.read(UInt8.self)) }
                guard let restored = HyperLogLog(registers: registers) else { throw .malformed("a sketch has \(registerCount) registers") }
                sketch = restored
            }
            entries.append((key, window, Aggregate(count: count, sum: sum, sumRemainder: remainder, min: min, max: max,
                                                   distinctSketch: sketch)))
        }
        return entries
    }
}
