import TierwiseJSON

/// Reads event samples for `tierwise replay`: JSON Lines (one object per
/// line) or CSV with a header, each with `id`, `key`, `event_time` (epoch
/// milliseconds or ISO 8601) and `value`. A line that does not make an event
/// is quarantined with its line number and the reason; the rest is read.
public enum EventFileReader {
    /// The two layouts.
    public enum Layout: Sendable, Equatable {
        case jsonLines, csv
    }

    /// What was read.
    public struct Contents: Sendable, Equatable {
        /// Events generated.
        public var events: [EventRecord] = []
        /// Lines that were not events.
        public var quarantined: [QuarantinedLine] = []
    }

    /// The layout of `bytes`: JSON Lines when the first non-blank character is `{`, else CSV.
    public static func detectLayout(_ bytes: [UInt8]) -> Layout {
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first == UInt8(ascii: "{") ? .jsonLines : .csv
    }

    /// Reads every line of `bytes` in `layout` (detected when nil).
    public static func read(_ bytes: [UInt8], layout: Layout? = nil) -> Contents {
        let lines = splitLines(bytes)
        switch layout ?? detectLayout(bytes) {
        case .jsonLines: return readJSONLines(lines)
        case .csv: return readCSV(lines)
        }
    }

    // MARK: - JSON Lines

    private static func readJSONLines(_ lines: [(number: Int, bytes: ArraySlice<UInt8>)]) -> Contents {
        var contents = Contents()
        for line in lines where !isBlank(line.bytes) {
            do {
                let value = try JSONParser.parse(Array(line.bytes))
                guard case .object = value else {
                    contents.quarantined.append(QuarantinedLine(line: line.number, reason: "expected a JSON object, got \(value.excerpt)"))
                    continue
                }
                switch event(line: line.number, id: value["id"], key: value["key"], time: value["event_time"], value: value["value"]) {
                case .success(let record): contents.events.append(record)
                case .failure(let reason): contents.quarantined.append(QuarantinedLine(line: line.number, reason: reason.message))
                }
            } catch {
                contents.quarantined.append(QuarantinedLine(line: line.number, reason: "not valid JSON: column \(error.column): \(error.message)"))
            }
        }
        return contents
    }

    private struct Reason: Error { var message: String }

    private static func event(line: Int, id: JSONValue?, key: JSONValue?, time: JSONValue?, value: JSONValue?) -> Result<EventRecord, Reason> {
        func text(_ field: String, _ value: JSONValue?) -> Result<String, Reason> {
            switch value {
            case .string(let text)? where !text.isEmpty: return .success(text)
            case .number(let number)? where number.isFinite: return .success(JSONNumberFormat.string(number)!)
            case nil: return .failure(Reason(message: "missing \(field)"))
            case let other?: return .failure(Reason(message: "\(field): expected a non-empty string or a number, got \(other.excerpt)"))
            }
        }
        let idText: String, keyText: String
        switch text("id", id) { case .success(let t): idText = t; case .failure(let r): return .failure(r) }
        switch text("key", key) { case .success(let t): keyText = t; case .failure(let r): return .failure(r) }
        let millis: Int64
        switch time {
        case .number(let number)? where number.isFinite && number == number.rounded() && abs(number) < 9e15:
            millis = Int64(number)
        case .string(let text)?:
            guard let parsed = EventTimeParser.millis(from: text) else {
                return .failure(Reason(message: "event_time: expected epoch milliseconds or ISO 8601, got \"\(text)\""))
            }
            millis = parsed
        case nil: return .failure(Reason(message: "missing event_time"))
        case let other?: return .failure(Reason(message: "event_time: expected epoch milliseconds or ISO 8601, got \(other.excerpt)"))
        }
        guard case .number(let number)? = value, number.isFinite else {
            return .failure(Reason(message: value == nil ? "missing value" : "value: expected a finite number, got \(value!.excerpt)"))
        }
        return .success(EventRecord(line: line, id: idText, key: keyText, timestampMillis: millis, value: number))
    }

    // MARK: - CSV

    private static func readCSV(_ lines: [(number: Int, bytes: ArraySlice<UInt8>)]) -> Contents {
        var contents = Contents()
        let nonBlank = lines.filter { !isBlank($0.bytes) }
        guard let header = nonBlank.first else { return contents }
        let names = parseCSVLine(header.bytes).map { $0.trimmingSpaces().lowercased() }
        var columns: [String: Int] = [:]
        for (index, name) in names.enumerated() where columns[name] == nil { columns[name] = index }
        let required = ["id", "key", "event_time", "value"]
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            contents.quarantined.append(QuarantinedLine(
                line: header.number, reason: "CSV header lacks \(missing.joined(separator: ", ")); every line is unreadable"))
            return contents
        }
        for line in nonBlank.dropFirst() {
            let fields = parseCSVLine(line.bytes)
            func field(_ name: String) -> JSONValue? {
                let index = columns[name]!
                guard index < fields.count else { return nil }
                return .string(fields[index].trimmingSpaces())
            }
            var value = field("value")
            if case .string(let text)? = value {
                value = Double(text).map { JSONValue.number($0) } ?? .string(text)
            }
            var time = field("event_time")
            if case .string(let text)? = time, let integer = Int64(text) { time = .number(Double(integer)) }
            if fields.count < names.count {
                contents.quarantined.append(QuarantinedLine(line: line.number, reason: "expected \(names.count) fields, got \(fields.count)"))
                continue
            }
            switch event(line: line.number, id: field("id"), key: field("key"), time: time, value: value) {
            case .success(let record): contents.events.append(record)
            case .failure(let reason): contents.quarantined.append(QuarantinedLine(line: line.number, reason: reason.message))
            }
        }
        return contents
    }

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

    private static func splitLines(_ bytes: [UInt8]) -> [(number: Int, bytes: ArraySlice<UInt8>)] {
        var lines: [(Int, ArraySlice<UInt8>)] = []
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var number = 1
        for index in bytes.indices where bytes[index] == 0x0A {
            var end = index
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append((number, bytes[start..<end]))
            start = index + 1
            number += 1
        }
        if start < bytes.count { lines.append((number, bytes[start...])) }
        return lines
    }

    private static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
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
