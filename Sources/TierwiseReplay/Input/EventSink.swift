import TierwiseModel

/// Where ``EventFileReader`` hands the events it reads, in file order: as
/// bytes of the line when ``EventFastScanner`` read it, as a record when the
/// generic reader did. Both describe the same event the same way.
protocol EventSink {
    /// An event the fast scanner read from `line`'s bytes (id and key are printable ASCII).
    mutating func take(line: Int, _ fields: EventFastScanner.Fields, in bytes: UnsafeBufferPointer<UInt8>)
    /// An event the generic reader read.
    mutating func take(_ record: EventRecord)
    /// A line that did not make an event.
    mutating func quarantine(_ line: QuarantinedLine)
    /// The file's next chunk is `chunk`: the bytes handed to
    /// ``take(line:_:in:)`` until ``endChunk()`` lie in it, unless their line
    /// began in an earlier chunk (or was held while the layout was detected).
    mutating func begin(chunk: [UInt8])
    /// The chunk given to ``begin(chunk:)`` is done with.
    mutating func endChunk()
}

extension EventSink {
    /// Quarantined lines are in the reader's ``EventFileReader/Contents`` already.
    mutating func quarantine(_ line: QuarantinedLine) {}
    mutating func begin(chunk: [UInt8]) {}
    mutating func endChunk() {}
}

/// Keeps every event as a record: what ``EventFileReader/Contents/events`` holds.
struct RecordCollector: EventSink {
    var records: [EventRecord] = []

    mutating func take(line: Int, _ fields: EventFastScanner.Fields, in bytes: UnsafeBufferPointer<UInt8>) {
        records.append(EventRecord(line: line, fields, in: bytes))
    }

    mutating func take(_ record: EventRecord) {
        records.append(record)
    }
}

extension EventRecord {
    /// The record of an event the fast scanner read.
    init(line: Int, _ fields: EventFastScanner.Fields, in bytes: UnsafeBufferPointer<UInt8>) {
        self.init(
            line: line, id: String(decoding: UnsafeBufferPointer(rebasing: bytes[fields.id]), as: UTF8.self),
            key: String(decoding: UnsafeBufferPointer(rebasing: bytes[fields.key]), as: UTF8.self),
            timestampMillis: fields.timestampMillis, value: fields.value)
    }
}
