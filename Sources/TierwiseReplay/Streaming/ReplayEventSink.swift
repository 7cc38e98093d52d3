import Foundation
import TierwiseEngine
import TierwiseModel

/// The operators a replay drives, as the stream needs them.
protocol ReplayOperator {
    mutating func process(_ event: Event)
    mutating func finish()
    var retainsResults: Bool { get set }
    var collectsFinalResults: Bool { get set }
    var retainsLateEvents: Bool { get set }
    var hasFinalResults: Bool { get }
    mutating func takeFinalResults() -> [WindowResult]
    var lateEventCount: Int { get }
    var duplicatesDropped: Int { get }
    /// True when results are taken in order of start already (windows of one size).
    static var takesFinalResultsInOrder: Bool { get }
}

extension WindowOperator: ReplayOperator {
    static var takesFinalResultsInOrder: Bool { true }
}

extension SessionWindowOperator: ReplayOperator {
    static var takesFinalResultsInOrder: Bool { false }
}

/// Takes the reading thread's batches (``ParsedEventBatch``) straight into an operator and hands
/// what the report lists to a ``ReplayOutput`` as it becomes final: keys and
/// ids interned by their bytes, integer ids used as they are; a window's rows
/// when the window is purged, sorted by key; a late event as it is found,
/// with its record made from the line being read; quarantined lines as read.
/// Memory holds open windows, deduplication state and the keys, not results.
///
/// Ids name the same event exactly when their texts are equal, as strings
/// compare (canonically equivalent text is one id, as before): a canonical
/// decimal integer below 10^18 is its own id; any other text gets
/// 2^63 + its interned index (or, with a deduplication TTL, 2^63 + a 63-bit
/// hash of its text). An event is found late while it is processed, so its
/// record is made from the line being read.
struct ReplayEventSink<Operator: ReplayOperator> {
    private(set) var windowOperator: Operator
    let output: any ReplayOutput
    /// Keys by their bytes (non-ASCII keys in NFC, so byte order is the order strings compare in).
    private var keys = ByteInterner()
    private var keyNames: [String] = []
    /// Ids that are not canonical integers.
    private var textIDs = ByteInterner()
    private(set) var eventsRead = 0
    private(set) var lateEventsWritten = 0
    private(set) var windowsWritten = 0
    private(set) var overflowedSums = 0
    /// Session results, held until the end of the input (see ``writeFinalResults(isEnd:)``).
    private var unordered: [WindowResult] = []

    /// Text ids as hashes rather than interned (see ``id(_:)``).
    private let hashesTextIDs: Bool

    /// A sink feeding `windowOperator` and writing to `output`; `hashesTextIDs`
    /// when ids are forgotten after a TTL, so that text ids cost no memory beyond the deduplicator's.
    init(_ windowOperator: Operator, output: any ReplayOutput, hashesTextIDs: Bool = false) {
        self.hashesTextIDs = hashesTextIDs
        var windowOperator = windowOperator
        windowOperator.retainsResults = false
        windowOperator.collectsFinalResults = true
        windowOperator.retainsLateEvents = false
        self.windowOperator = windowOperator
        self.output = output
    }

    /// An event the generic reader read.
    private mutating func take(_ record: EventRecord) {
        var keyText = Self.comparable(record.key)
        var idText = Self.comparable(record.id)
        let key = keyText.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> UInt32 in self.key(bytes) { record.key } }
        let id = idText.withUTF8 { (bytes: UnsafeBufferPointer<UInt8>) -> UInt64 in self.id(bytes) }
        process(Event(id: id, key: key, timestampMillis: record.timestampMillis, value: record.value)) { record }
    }

    /// Takes a batch the reading thread made, line by line, as if each line
    /// had come straight from the reader.
    mutating func take(_ batch: ParsedEventBatch) {
        batch.chunk.withUnsafeBufferPointer { chunk in
            batch.extra.withUnsafeBufferPointer { extra in
                for item in batch.lines {
                    switch item.kind {
                    case .event:
                        let bytes = item.inExtra ? extra : chunk
                        let idBytes = UnsafeBufferPointer(rebasing: bytes[Int(item.idStart)..<Int(item.idStart + item.idCount)])
                        let keyBytes = UnsafeBufferPointer(rebasing: bytes[Int(item.keyStart)..<Int(item.keyStart + item.keyCount)])
                        let key = key(keyBytes) { String(decoding: keyBytes, as: UTF8.self) }
                        process(Event(id: id(idBytes), key: key, timestampMillis: item.timestampMillis, value: item.value)) {
                            EventRecord(line: item.line, id: String(decoding: idBytes, as: UTF8.self),
                                        key: String(decoding: keyBytes, as: UTF8.self),
                                        timestampMillis: item.timestampMillis, value: item.value)
                        }
                    case .record:
                        take(batch.records[Int(item.idStart)])
                    case .quarantined:
                        output.quarantined(batch.quarantined[Int(item.idStart)])
                    }
                }
            }
        }
    }

    /// End of input: every window fires and its rows are written.
    mutating func finish() {
        windowOperator.finish()
        writeFinalResults(isEnd: true)
    }

    @inline(__always)
    private mutating func process(_ event: Event, record: () -> EventRecord) {
        eventsRead += 1
        windowOperator.process(event)
        if windowOperator.lateEventCount > lateEventsWritten {
            lateEventsWritten += 1
            output.lateEvent(record())
        }
        if windowOperator.hasFinalResults { writeFinalResults(isEnd: false) }
    }

    /// Writes the results purged so far that are next in (start, key, end) order.
    private mutating func writeFinalResults(isEnd: Bool) {
        let results = windowOperator.takeFinalResults()
        if Operator.takesFinalResultsInOrder {
            // Windows of one size: purged in order of start, so each window's rows only need their keys sorted.
            var start = 0
            while start < results.count {
                var end = start + 1
                while end < results.count && results[end].window == results[start].window { end += 1 }
                write(sorted(results[start..<end]))
                start = end
            }
            return
        }
        // Sessions: an open session can still grow backwards (an event within a gap of its start
        // merges into it), so no row is known to come next until the input ends; they wait until then.
        unordered += results
        guard isEnd, !unordered.isEmpty else { return }
        write(sorted(unordered[...]))
        unordered = []
    }

    /// `results` in (start, key, end) order, keys compared by their bytes:
    /// first by their first 8 bytes as one integer, the rest only on a tie.
    private func sorted(_ results: ArraySlice<WindowResult>) -> [WindowResult] {
        var order = results.indices.map { (start: results[$0].window.startMillis, prefix: keys.orderPrefix(results[$0].key), at: $0) }
        order.sort { lhs, rhs in
            if lhs.start != rhs.start { return lhs.start < rhs.start }
            if lhs.prefix != rhs.prefix { return lhs.prefix < rhs.prefix }
            let left = results[lhs.at], right = results[rhs.at]
            if left.key != right.key { return keys.precedes(left.key, right.key) }
            return left.window.endMillis < right.window.endMillis
        }
        return order.map { results[$0.at] }
    }

    private mutating func write<Results: Collection<WindowResult>>(_ results: Results) {
        for result in results {
            let aggregate = result.aggregate
            if !aggregate.sum.isFinite { overflowedSums += 1 }
            output.window(ReplayWindowRow(
                key: keyNames[Int(result.key)], windowStartMillis: result.window.startMillis,
                windowEndMillis: result.window.endMillis, count: aggregate.count, sum: aggregate.sum,
                min: aggregate.min, max: aggregate.max, average: aggregate.average,
                distinctValues: aggregate.distinctValues))
        }
        windowsWritten += results.count
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
        if hashesTextIDs { return 1 << 63 | Self.hash63(bytes) }
        return 1 << 63 | UInt64(textIDs.intern(bytes).index)
    }

    /// A 63-bit hash of a text id: 8-byte words mixed in turn, then
    /// MurmurHash3's finalizer. Two distinct ids remembered at the same time
    /// share a hash with probability about n² / 2^64 for n of them (10^-7
    /// for a million); the second would be counted as a duplicate.
    @inline(__always)
    private static func hash63(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(truncatingIfNeeded: bytes.count)
        var offset = 0
        if let base = bytes.baseAddress {
            while offset + 8 <= bytes.count {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                offset += 8
            }
            var last: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count { last |= UInt64(base[offset]) << shift; shift += 8; offset += 1 }
            hash = (hash ^ last) &* 0x9E37_79B9_7F4A_7C15
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return hash & (1 << 63 - 1)
    }

    /// Text whose bytes are equal exactly when the strings are: ASCII as it is, anything else in NFC.
    private static func comparable(_ text: String) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
    }
}
