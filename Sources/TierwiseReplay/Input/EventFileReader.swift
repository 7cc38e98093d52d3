import TierwiseEngine
import TierwiseJSON
import TierwiseModel

/// Reads event samples for `tierwise replay`: JSON Lines (one object per
/// line) or CSV with a header, each with `id`, `key`, `event_time` (epoch
/// milliseconds or ISO 8601, within ``EventTime/accepted``) and `value`. A
/// line that does not make an event is quarantined with its line number and
/// the reason; the rest is read.
///
/// Lines longer than ``maximumLineBytes`` are quarantined without being held
/// whole. The layout is the one given, else the file's extension, else the
/// verdict of the first ``detectionLineCount`` non-blank lines (see ``detectLayout(_:)``).
///
///     let contents = EventFileReader.read(Array(#"{"id":1,"key":"k","event_time":0,"value":2}"#.utf8))
///     contents.events.count  // 1
public enum EventFileReader {
    /// The two layouts.
    public enum Layout: String, Sendable, Equatable, CaseIterable {
        /// One JSON object per line.
        case jsonLines = "jsonl"
        /// Comma-separated values with a header row.
        case csv

        /// The layout a file extension names: `jsonl`, `ndjson` or `json` for
        /// JSON Lines, `csv` for CSV (any case); nil for any other.
        public init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "jsonl", "ndjson", "json": self = .jsonLines
            case "csv": self = .csv
            default: return nil
            }
        }

        /// The layout's name for messages.
        public var name: String {
            switch self {
            case .jsonLines: "JSON Lines"
            case .csv: "CSV"
            }
        }
    }

    /// How the layout of a read was chosen.
    public enum LayoutSource: Sendable, Equatable {
        /// Given by the caller (`--input-format`).
        case given
        /// From the file's extension.
        case pathExtension
        /// From the first non-blank lines.
        case content
    }

    /// The longest line read, in bytes, not counting its line break: 1 MiB.
    /// A longer line is quarantined; at most this much of it is ever in memory.
    public static let maximumLineBytes = 1 << 20

    /// How many non-blank lines decide the layout when neither the caller nor
    /// the extension does.
    public static let detectionLineCount = 20

    /// What was read.
    public struct Contents: Sendable, Equatable {
        /// Events generated.
        public var events: [EventRecord] = []
        /// Lines that were not events (when streamed, only the first
        /// ``ReplaySummary/quarantineExampleLimit``: the sink sees them all).
        public var quarantined: [QuarantinedLine] = []
        /// How many lines were quarantined.
        public var quarantinedCount = 0
        /// Lines that were not blank: events, quarantined lines and a CSV header.
        public var nonBlankLineCount = 0
        /// The layout the lines were read in.
        public var layout: Layout = .jsonLines
        /// How that layout was chosen.
        public var layoutSource: LayoutSource = .content

        /// Empty contents.
        public init() {}
    }

    /// The layout of `bytes` judged from its first ``detectionLineCount``
    /// non-blank lines: a line starting with `{` votes for JSON Lines; any
    /// other line with a comma votes for CSV; the rest abstain. CSV when its
    /// votes are the majority, JSON Lines otherwise, so one stray line
    /// never decides.
    ///
    ///     EventFileReader.detectLayout(Array("42\n{\"id\":1}\n".utf8))  // .jsonLines
    public static func detectLayout(_ bytes: [UInt8]) -> Layout {
        var vote = LayoutVote()
        var splitter = EventLineSplitter(maximumBytes: maximumLineBytes)
        splitter.feed(bytes) { vote.count($0) }
        splitter.finish { vote.count($0) }
        return vote.verdict
    }

    /// Reads every line of `bytes` in `layout` (detected when nil), lines
    /// longer than `maximumLineBytes` quarantined.
    public static func read(_ bytes: [UInt8], layout: Layout? = nil, maximumLineBytes: Int = maximumLineBytes) -> Contents {
        read(bytes, layout: layout, maximumLineBytes: maximumLineBytes, scansFast: true)
    }

    /// ``read(_:layout:maximumLineBytes:)``, common lines read by ``EventFastScanner`` when `scansFast`, else every line by the generic reader.
    static func read(_ bytes: [UInt8], layout: Layout?, maximumLineBytes: Int, scansFast: Bool) -> Contents {
        var decoder = Decoder(layout: layout, source: layout == nil ? .content : .given, maximumLineBytes: maximumLineBytes,
                              sink: RecordCollector(), scansFast: scansFast)
        var splitter = EventLineSplitter(maximumBytes: maximumLineBytes)
        bytes.withUnsafeBufferPointer { splitter.feed($0, views: { decoder.take($0) }) }
        splitter.finish(views: { decoder.take($0) })
        var contents = decoder.finish()
        contents.events = decoder.sink.records
        return contents
    }

    // MARK: - Internal API

    /// Turns lines into events as they come, handing each to `sink`, and
    /// buffering only the first ``detectionLineCount`` non-blank ones while
    /// the layout is unknown.
    struct Decoder<Sink: EventSink> {
        /// Where the events go.
        var sink: Sink
        private let scansFast: Bool
        private var layout: Layout?
        private var source: LayoutSource
        private var vote = LayoutVote()
        private var pending: [EventLineSplitter.Line] = []
        private var csv = CSVState.awaitingHeader
        /// The header's columns once read, for the fast scanner.
        private var fastColumns: EventFastScanner.CSVColumns?
        private var contents = Contents()
        private let maximumLineBytes: Int
        /// How many quarantined lines ``Contents/quarantined`` keeps.
        private let keptQuarantineCount: Int

        private enum CSVState {
            case awaitingHeader
            case unreadable
            case ready(columns: [Int], fieldCount: Int)
        }

        /// A decoder for `layout` (nil: decided from the first lines), chosen
        /// as `source` says, of lines split at `maximumLineBytes`.
        init(
            layout: Layout?, source: LayoutSource, maximumLineBytes: Int, sink: Sink, scansFast: Bool = true,
            keptQuarantineCount: Int = .max
        ) {
            self.sink = sink
            self.keptQuarantineCount = keptQuarantineCount
            self.scansFast = scansFast
            self.layout = layout
            self.source = source
            self.maximumLineBytes = maximumLineBytes
        }

        /// Takes the next line of the file.
        mutating func take(_ line: EventLineSplitter.Line) {
            switch line {
            case .text(let number, let bytes):
                bytes.withUnsafeBufferPointer { take(.text(number: number, bytes: $0)) }
            case .tooLong(let number, let byteCount, let prefix):
                prefix.withUnsafeBufferPointer { take(.tooLong(number: number, byteCount: byteCount, prefix: $0)) }
            }
        }

        /// Takes the next line of the file where it lies (kept only while the layout is undecided).
        mutating func take(_ line: EventLineSplitter.View) {
            guard let layout else {
                if case .text(_, let bytes) = line, isBlank(bytes) { return }
                let copied = line.line
                vote.count(copied)
                pending.append(copied)
                if pending.count == detectionLineCount { decide() }
                return
            }
            if case .text(_, let bytes) = line, isBlank(bytes) { return }
            contents.nonBlankLineCount += 1
            switch line {
            case .tooLong(let number, let byteCount, let prefixBytes):
                let prefix = Array(prefixBytes)
                if case .csv = layout, case .awaitingHeader = csv {
                    csv = .unreadable
                    quarantine(number, "CSV header: \(tooLongReason(byteCount, prefix)); every line is unreadable")
                } else if case .csv = layout, case .unreadable = csv {
                    return
                } else {
                    quarantine(number, tooLongReason(byteCount, prefix))
                }
            case .text(let number, let bytes):
                switch layout {
                case .jsonLines: readJSONLine(number, bytes)
                case .csv: readCSVLine(number, bytes)
                }
            }
        }

        /// End of the file: what was read.
        mutating func finish() -> Contents {
            if layout == nil { decide() }
            contents.layout = layout ?? .jsonLines
            contents.layoutSource = source
            return contents
        }

        private mutating func decide() {
            layout = vote.verdict
            let lines = pending
            pending = []
            for line in lines { take(line) }
        }

        private mutating func quarantine(_ line: Int, _ reason: String) {
            let line = QuarantinedLine(line: line, reason: reason)
            contents.quarantinedCount += 1
            if contents.quarantined.count < keptQuarantineCount { contents.quarantined.append(line) }
            sink.quarantine(line)
        }

        private func tooLongReason(_ byteCount: Int, _ prefix: [UInt8]) -> String {
            "expected a line of at most \(EventFileReader.describe(lineLimit: maximumLineBytes)), got \(byteCount) bytes starting "
                + VisibleText.quoted(String(decoding: prefix, as: UTF8.self))
        }

        // MARK: JSON Lines

        private mutating func readJSONLine(_ number: Int, _ buffer: UnsafeBufferPointer<UInt8>) {
            if scansFast, let fields = EventFastScanner.jsonLine(buffer) {
                sink.take(line: number, fields, in: buffer)
                return
            }
            let value: JSONValue
            do {
                value = try JSONParser.parse(Array(buffer))
            } catch {
                quarantine(number, "not valid JSON: column \(error.column): \(VisibleText.escaped(error.message, limit: 200))")
                return
            }
            guard case .object(let members) = value else {
                quarantine(number, "expected a JSON object, got \(value.excerpt)")
                return
            }
            // A field given twice: which one counts is not obvious (JSON
            // readers disagree), so the line is quarantined, as a catalog's is refused.
            for field in ["id", "key", "event_time", "value"] where members.count(where: { $0.key == field }) > 1 {
                quarantine(number, "\(field) appears more than once in the object; keep one")
                return
            }
            record(number, id: value["id"], key: value["key"], time: value["event_time"], value: value["value"])
        }

        // MARK: CSV

        private mutating func readCSVLine(_ number: Int, _ buffer: UnsafeBufferPointer<UInt8>) {
            if scansFast, let columns = fastColumns, let fields = EventFastScanner.csvLine(buffer, columns: columns) {
                sink.take(line: number, fields, in: buffer)
                return
            }
            let bytes = Array(buffer)
            switch csv {
            case .unreadable:
                return
            case .awaitingHeader:
                let names = parseCSVLine(bytes[...]).map { $0.trimmingSpaces().lowercased() }
                var firstIndex: [String: Int] = [:]
                for (index, name) in names.enumerated() where firstIndex[name] == nil { firstIndex[name] = index }
                let required = ["id", "key", "event_time", "value"]
                let missing = required.filter { firstIndex[$0] == nil }
                guard missing.isEmpty else {
                    csv = .unreadable
                    quarantine(number, "CSV header lacks \(missing.joined(separator: ", ")); every line is unreadable")
                    return
                }
                let columns = required.compactMap { firstIndex[$0] }
                csv = .ready(columns: columns, fieldCount: names.count)
                fastColumns = EventFastScanner.CSVColumns(id: columns[0], key: columns[1], time: columns[2], value: columns[3],
                                                          fieldCount: names.count)
            case .ready(let columns, let fieldCount):
                let fields = parseCSVLine(bytes[...])
                guard fields.count >= fieldCount else {
                    quarantine(number, "expected \(fieldCount) fields, got \(fields.count)")
                    return
                }
                let text = columns.map { fields[$0].trimmingSpaces() }
                let value: JSONValue = switch DecimalText.parse(text[3]) {
                case .success(let number): .number(number)
                default: .string(text[3])
                }
                record(number, id: .string(text[0]), key: .string(text[1]), time: .string(text[2]), value: value)
            }
        }

        // MARK: Events

        private mutating func record(_ number: Int, id: JSONValue?, key: JSONValue?, time: JSONValue?, value: JSONValue?) {
            switch event(line: number, id: id, key: key, time: time, value: value) {
            case .success(let record): sink.take(record)
            case .failure(let reason): quarantine(number, reason.message)
            }
        }
    }

    /// The running vote of ``detectLayout(_:)``.
    struct LayoutVote {
        private var jsonLines = 0
        private var csv = 0
        private var lines = 0

        /// Counts one line (blank lines and lines past the first ``detectionLineCount`` non-blank ones are ignored).
        mutating func count(_ line: EventLineSplitter.Line) {
            let bytes: [UInt8]
            switch line {
            case .text(_, let text): bytes = text
            case .tooLong(_, _, let prefix): bytes = prefix
            }
            guard !isBlank(bytes), lines < detectionLineCount else { return }
            lines += 1
            if bytes.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "{") {
                jsonLines += 1
            } else if bytes.contains(UInt8(ascii: ",")) {
                csv += 1
            }
        }

        /// CSV when CSV-like lines are the majority of those that voted, else JSON Lines.
        var verdict: Layout { csv > jsonLines ? .csv : .jsonLines }
    }

    /// A line limit in words: "1048576 bytes (1 MiB)".
    static func describe(lineLimit bytes: Int) -> String {
        bytes % (1 << 20) == 0 ? "\(bytes) bytes (\(bytes >> 20) MiB)" : "\(bytes) bytes"
    }

    private struct Reason: Error { var message: String }

    private static func event(line: Int, id: JSONValue?, key: JSONValue?, time: JSONValue?, value: JSONValue?) -> Result<EventRecord, Reason> {
        func text(_ field: String, _ value: JSONValue?) -> Result<String, Reason> {
            switch value {
            case .string(let text)? where !text.isEmpty: return .success(text)
            case .number(let number)?:
                // Beyond 2^53 a JSON number is rounded when read: two different
                // 64-bit ids would become one and an event would be dropped as a duplicate.
                guard number.isFinite, abs(number) <= 9_007_199_254_740_992 else {
                    return .failure(Reason(message: "\(field): a number beyond 2^53 (9007199254740992) cannot be read "
                        + "exactly; write it as a string"))
                }
                if number == number.rounded() { return .success(String(Int64(number))) }
                if let text = JSONNumberFormat.string(number) { return .success(text) }
                return .failure(Reason(message: "\(field): expected a non-empty string or a number, got a non-finite number"))
            case nil: return .failure(Reason(message: "missing \(field)"))
            case let other?: return .failure(Reason(message: "\(field): expected a non-empty string or a number, got \(other.excerpt)"))
            }
        }
        let idText: String, keyText: String
        switch text("id", id) { case .success(let t): idText = t; case .failure(let r): return .failure(r) }
        switch text("key", key) { case .success(let t): keyText = t; case .failure(let r): return .failure(r) }
        guard let time else { return .failure(Reason(message: "missing event_time")) }
        let millis: Int64
        switch EventTimeParser.parse(time) {
        case .success(let parsed): millis = parsed
        case .failure(let failure):
            let expected = switch failure {
            case .notATime: "epoch milliseconds or ISO 8601"
            case .notWholeMillis: "whole epoch milliseconds or ISO 8601"
            case .outOfRange: "a time from " + EventTimeParser.acceptedRangeText
            }
            return .failure(Reason(message: "event_time: expected \(expected), got \(time.excerpt)"))
        }
        guard let value else { return .failure(Reason(message: "missing value")) }
        guard case .number(let number) = value, number.isFinite else {
            return .failure(Reason(message: "value: expected a finite number, got \(value.excerpt)"))
        }
        return .success(EventRecord(line: line, id: idText, key: keyText, timestampMillis: millis, value: number))
    }

    // MARK: - CSV fields

    /// Fields of one CSV line (RFC 4180 quoting: `"a,b"`, `""` for a quote).
    static func parseCSVLine(_ bytes: ArraySlice<UInt8>) -> [String] {
        var fields: [String] = []
        var current: [UInt8] = []
        var inQuotes = false
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if index + 1 < bytes.endIndex, bytes[index + 1] == UInt8(ascii: "\"") {
                        current.append(byte)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(byte)
                }
            } else if byte == UInt8(ascii: ",") {
                fields.append(String(decoding: current, as: UTF8.self))
                current = []
            } else if byte == UInt8(ascii: "\"") && current.isEmpty {
                inQuotes = true
            } else {
                current.append(byte)
            }
            index += 1
        }
        fields.append(String(decoding: current, as: UTF8.self))
        return fields
    }

    // MARK: - Lines

    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}

private extension String {
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first == " " || slice.first == "\t" { slice.removeFirst() }
        while slice.last == " " || slice.last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
