import TierwiseModel

/// What the reading thread of a replay hands the windowing thread for one
/// chunk of the file: the chunk itself, and its lines as read, in file order
/// (events the fast scanner read as ranges of the chunk's bytes, events the
/// generic reader read as records, quarantined lines). Ids and keys stay
/// bytes: interning them is the windowing thread's work.
struct ParsedEventBatch: Sendable {
    /// One line, as plain data (no references), so the array of them is cheap to build and walk.
    struct Line {
        enum Kind: UInt8 {
            /// A fast-scanned event; id and key are ranges of ``ParsedEventBatch/chunk`` or ``ParsedEventBatch/extra``.
            case event
            /// An event read by the generic reader: ``ParsedEventBatch/records``[`idStart`].
            case record
            /// A quarantined line: ``ParsedEventBatch/quarantined``[`idStart`].
            case quarantined
        }

        var kind: Kind
        /// Whether id and key lie in ``ParsedEventBatch/extra`` (their line began before the chunk).
        var inExtra: Bool
        var line: Int
        var timestampMillis: Int64
        var value: Double
        var idStart: UInt32
        var idCount: UInt32
        var keyStart: UInt32
        var keyCount: UInt32
    }

    /// The chunk's bytes.
    var chunk: [UInt8] = []
    /// Ids and keys of lines that do not lie in the chunk.
    var extra: [UInt8] = []
    var lines: [Line] = []
    var records: [EventRecord] = []
    var quarantined: [QuarantinedLine] = []
}

/// The reading thread's ``EventSink``: collects each chunk's lines into a
/// ``ParsedEventBatch`` and hands it over when the chunk is done.
struct ParsedEventBatcher: EventSink {
    private var batch = ParsedEventBatch()
    /// Where the current chunk lies, to tell its bytes from others.
    private var chunkBase: UnsafeRawPointer?
    private var chunkCount = 0
    private let deliver: (ParsedEventBatch) -> Void

    /// A batcher handing each finished batch to `deliver`.
    init(deliver: @escaping (ParsedEventBatch) -> Void) {
        self.deliver = deliver
    }

    mutating func begin(chunk: [UInt8]) {
        flush()
        batch.chunk = chunk
        // The array is kept in the batch, unchanged, so its storage stays where it is.
        chunkBase = batch.chunk.withUnsafeBytes { $0.baseAddress.map(UnsafeRawPointer.init) }
        chunkCount = chunk.count
    }

    mutating func endChunk() {
        flush()
        chunkBase = nil
        chunkCount = 0
    }

    mutating func take(line: Int, _ fields: EventFastScanner.Fields, in bytes: UnsafeBufferPointer<UInt8>) {
        var item = ParsedEventBatch.Line(
            kind: .event, inExtra: false, line: line, timestampMillis: fields.timestampMillis, value: fields.value,
            idStart: 0, idCount: UInt32(truncatingIfNeeded: fields.id.count), keyStart: 0,
            keyCount: UInt32(truncatingIfNeeded: fields.key.count))
        if let base = bytes.baseAddress, let chunkBase, UnsafeRawPointer(base) >= chunkBase,
           UnsafeRawPointer(base) + bytes.count <= chunkBase + chunkCount {
            let offset = UnsafeRawPointer(base) - chunkBase
            item.idStart = UInt32(truncatingIfNeeded: offset + fields.id.lowerBound)
            item.keyStart = UInt32(truncatingIfNeeded: offset + fields.key.lowerBound)
        } else {
            item.inExtra = true
            item.idStart = UInt32(truncatingIfNeeded: batch.extra.count)
            batch.extra.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[fields.id]))
            item.keyStart = UInt32(truncatingIfNeeded: batch.extra.count)
            batch.extra.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[fields.key]))
        }
        batch.lines.append(item)
    }

    mutating func take(_ record: EventRecord) {
        batch.lines.append(ParsedEventBatch.Line(
            kind: .record, inExtra: false, line: record.line, timestampMillis: 0, value: 0,
            idStart: UInt32(truncatingIfNeeded: batch.records.count), idCount: 0, keyStart: 0, keyCount: 0))
        batch.records.append(record)
    }

    mutating func quarantine(_ line: QuarantinedLine) {
        batch.lines.append(ParsedEventBatch.Line(
            kind: .quarantined, inExtra: false, line: line.line, timestampMillis: 0, value: 0,
            idStart: UInt32(truncatingIfNeeded: batch.quarantined.count), idCount: 0, keyStart: 0, keyCount: 0))
        batch.quarantined.append(line)
    }

    /// Hands over what was collected, if anything (also at the end of the file).
    mutating func flush() {
        guard !batch.lines.isEmpty else {
            batch = ParsedEventBatch()
            return
        }
        var reserved = ParsedEventBatch()
        reserved.lines.reserveCapacity(batch.lines.count)
        deliver(batch)
        batch = reserved
    }
}
