import Foundation
import TierwiseEngine
import TierwiseModel

/// The operators a replay drives, as the stream needs them.
protocol ReplayOperator {
    mutating func process(_ event: Event)
    mutating func finish()
    var sink: UpsertSink { get }
    var lateEvents: [Event] { get }
    var duplicatesDropped: Int { get }
}

extension WindowOperator: ReplayOperator {}
extension SessionWindowOperator: ReplayOperator {}

/// Takes events as the reader reads them straight into an operator: keys and
/// ids interned by their bytes, integer ids used as they are, and only late
/// events kept as records, for the report.
///
/// Ids name the same event exactly when their texts are equal, as strings
/// compare (canonically equivalent text is one id, as before): a canonical
/// decimal integer below 10^18 is its own id; any other text gets
/// 2^63 + its interned index. Since deduplication comes before lateness, a
/// late event is the first occurrence of its id: its record is the current line's.
struct ReplayEventSink<Operator: ReplayOperator>: EventSink {
    var windowOperator: Operator
    /// Keys by their bytes (non-ASCII keys in NFC), and their names as first written.
    private var keys = ByteInterner()
    private(set) var keyNames: [String] = []
    /// Ids that are not canonical integers.
    private var textIDs = ByteInterner()
    private(set) var eventsRead = 0
    private(set) var lateRecords: [EventRecord] = []

    init(_ windowOperator: Operator) {
        self.windowOperator = windowOperator
    }

    mutating func take(line: Int, _ fields: EventFastScanner.Fields, in bytes: UnsafeBufferPointer<UInt8>) {
        let key = key(UnsafeBufferPointer(rebasing: bytes[fields.key])) {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[fields.key]), as: UTF8.self)
        }
        let id = id(UnsafeBufferPointer(rebasing: bytes[fields.id]))
        process(Event(id: id, key: key, timestampMillis: fields.timestampMillis, value: fields.value)) {
            EventRecord(line: line, fields, in: bytes)
        }
    }

    mutating func take(_ record: EventRecord) {
        var keyText = Self.comparable(record.key)
        var idText = Self.comparable(record.id)
        let key = keyText.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> UInt32 in self.key(bytes) { record.key } }
        let id = idText.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> UInt64 in self.id(bytes) }
        process(Event(id: id, key: key, timestampMillis: record.timestampMillis, value: record.value)) { record }
    }

    /// End of input: every window fires.
    mutating func finish() { windowOperator.finish() }

    @inline(__always)
    private mutating func process(_ event: Event, record: () -> EventRecord) {
        eventsRead += 1
        windowOperator.process(event)
        let late = windowOperator.lateEvents.count
        while lateRecords.count < late { lateRecords.append(record()) }
    }

    @inline(__always)
    private mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, name: () -> String) -> UInt32 {
        let (index, isNew) = keys.intern(bytes)
        if isNew { keyNames.append(name()) }
        return index
    }

    @inline(__always)
    private mutating func id(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.count <= 18, let first = bytes.first, first &- 48 < 10, first != UInt8(ascii: "0") || bytes.count == 1 {
            var value: UInt64 = 0
            var isInteger = true
            for byte in bytes {
                guard byte &- 48 < 10 else { isInteger = false; break }
                value = value &* 10 &+ UInt64(byte &- 48)
            }
            if isInteger { return value }
        }
        return 1 << 63 | UInt64(textIDs.intern(bytes).index)
    }

    /// Text whose bytes are equal exactly when the strings are: ASCII as it is, anything else in NFC.
    private static func comparable(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
    }
}
