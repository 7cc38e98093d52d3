import Testing
import TierwiseEngine
import TierwiseJSON
import TierwiseModel
@testable import TierwiseReplay
import TierwiseSimulator

@Suite("Event files: fuzzing")
struct EventFileFuzzTests {
    /// Cases per run: a few thousand, a few seconds in a debug build.
    private static let caseCount = 2_000
    /// A small line limit, so long strings cross it cheaply.
    private static let lineLimit = 2_048

    @Test("Mutated event files never trap, quarantine with located, visible reasons, and read and replay the same twice")
    func mutatedFiles() throws {
        var mutator = EventFileMutator(seed: 0x7133_5EED, longestString: 3 * Self.lineLimit)
        let windows: [WindowSpecification] = [
            .tumbling(sizeMillis: 60_000), .sliding(sizeMillis: 300_000, slideMillis: 60_000), .session(gapMillis: 30_000),
        ]
        var failures: [String] = []
        for index in 0..<Self.caseCount {
            let bytes = mutator.file(isCSV: index % 3 == 0)
            let layout: EventFileReader.Layout? = [nil, .jsonLines, .csv][index % 5 == 0 ? 1 + index % 2 : 0]
            let read = EventFileReader.read(bytes, layout: layout, maximumLineBytes: Self.lineLimit)
            if read != EventFileReader.read(bytes, layout: layout, maximumLineBytes: Self.lineLimit) {
                failures.append("case \(index): two reads differ")
            }
            failures += problems(read, lineCount: bytes.lazy.filter { $0 == 0x0A }.count + 1).map { "case \(index): \($0)" }
            let window = windows[index % windows.count]
            let result = try Replay.run(read, windows: window, outOfOrdernessMillis: 5_000, allowedLatenessMillis: 1_000)
            if result != (try Replay.run(read, windows: window, outOfOrdernessMillis: 5_000, allowedLatenessMillis: 1_000)) {
                failures.append("case \(index): two replays differ")
            }
            if result.eventsRead != read.events.count || result.windows.contains(where: { $0.windowStartMillis > $0.windowEndMillis }) {
                failures.append("case \(index): replay of \(read.events.count) events: \(result.eventsRead) read, or a window ends before it starts")
            }
            if failures.count > 10 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    /// What is wrong with `read` of a file of `lineCount` lines.
    private func problems(_ read: EventFileReader.Contents, lineCount: Int) -> [String] {
        var problems: [String] = []
        let eventLines = read.events.map(\.line), quarantinedLines = read.quarantined.map(\.line)
        if !isIncreasing(eventLines) || !isIncreasing(quarantinedLines) { problems.append("lines out of order") }
        if !Set(eventLines).isDisjoint(with: quarantinedLines) { problems.append("a line both an event and quarantined") }
        if (eventLines + quarantinedLines).contains(where: { !(1...lineCount).contains($0) }) { problems.append("a line number outside 1...\(lineCount)") }
        if read.events.count + read.quarantined.count > read.nonBlankLineCount { problems.append("more results than non-blank lines") }
        for event in read.events where !EventTime.accepted.contains(event.timestampMillis) || !event.value.isFinite {
            problems.append("line \(event.line): time \(event.timestampMillis) or value \(event.value) accepted")
        }
        for line in read.quarantined {
            if line.reason.count > 320 { problems.append("line \(line.line): reason of \(line.reason.count) characters") }
            let invisible = line.reason.unicodeScalars.first {
                [.control, .format, .lineSeparator, .paragraphSeparator].contains($0.properties.generalCategory)
            }
            if let invisible { problems.append("line \(line.line): reason with U+\(String(invisible.value, radix: 16)): \(VisibleText.quoted(line.reason))") }
        }
        return problems
    }

    private func isIncreasing(_ values: [Int]) -> Bool {
        zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
    }
}

/// Seeded mutations of event files: byte flips, truncations, type swaps,
/// extreme numbers, long strings, control characters, deep nesting and
/// line-level damage (blank, repeated, swapped, junk lines, BOM, CRLF).
/// The same seed gives the same files on every run.
struct EventFileMutator {
    private var random: SplitMix64
    /// The longest string a mutation writes (keep it above the line limit under test to cross it).
    private let longestString: Int

    init(seed: UInt64, longestString: Int) {
        random = SplitMix64(seed: seed)
        self.longestString = longestString
    }

    private static let fieldNames = ["id", "key", "event_time", "value"]
    private static let typeSwaps = ["null", "true", "false", "[]", "{}", "\"text\"", "1.5", "-0", "\"\"", "[1,2]", "{\"a\":1}", "\"1\""]
    private static let extremes = [
        "-9223372036854775808", "9223372036854775807", "\"-9223372036854775808\"", "\"9223372036854775807\"",
        "1e308", "-1e308", "1e400", "-1e400", "9007199254740993", "\"99999999999999999999\"", "253402300800000",
        "253402300799999", "-62167219200000", "-62167219200001", "\"9999-12-31T23:59:60Z\"", "\"0000-01-01T00:00:00+23:59\"",
        "\"9999-12-31T23:59:59.999999999999Z\"", "\"2026-02-29T00:00:00Z\"", "4.9e-324", "-0.0", "0.1", "1E+2",
    ]
    private static let junkLines = ["42", "not json", "a,b,c", "{", "}", "[1,2,3]", "\"id\",\"key\"", "\u{FEFF}", "{\"id\":", ",,,,"]

    mutating func below(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
    private mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

    /// One file: `isCSV` picks the layout of the undamaged events.
    mutating func file(isCSV: Bool) -> [UInt8] {
        var rows: [[String]] = (0..<(1 + below(8))).map { index in
            ["\"e\(below(6))\"", "\"k\(below(3))\"", String(index * 20_000 + below(90_000)), String(below(1_000)) + ".5"]
        }
        for _ in 0..<(1 + below(3)) {
            let row = below(rows.count), field = below(4)
            switch below(6) {
            case 0: rows[row][field] = pick(Self.typeSwaps)
            case 1, 2: rows[row][field] = pick(Self.extremes)
            case 3: rows[row][field] = "\"" + String(repeating: pick(["x", "é", ",", "\\\""]), count: 1 + below(longestString)) + "\""
            case 4: rows[row][field] = "\"" + (0..<(1 + below(6))).map { _ in pick(["\\u0000", "\\u001b[2J", "\\n", "\\u202e", "\\u0007", "\\t"]) }.joined() + "\""
            default:
                let depth = 1 + below(120)
                rows[row][field] = below(2) == 0 ? String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                    : String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
            }
            if below(8) == 0 { rows[row][field] = "" }
        }
        var lines: [String]
        if isCSV {
            // JSON string literals are CSV quoted fields too, mostly ("\\\"" is not: that is damage as well).
            lines = [Self.fieldNames.joined(separator: ",")] + rows.map { $0.joined(separator: ",") }
        } else {
            lines = rows.map { row in
                var members = zip(Self.fieldNames, row).map { "\"\($0)\":\($1.isEmpty ? "\"\"" : $1)" }
                if below(10) == 0 { members.remove(at: below(members.count)) }
                return "{" + members.joined(separator: ",") + "}"
            }
        }
        for _ in 0..<below(3) {
            switch below(5) {
            case 0: lines.insert("", at: below(lines.count + 1))
            case 1: lines.insert(lines[below(lines.count)], at: below(lines.count + 1))
            case 2: lines.swapAt(below(lines.count), below(lines.count))
            default: lines.insert(pick(Self.junkLines), at: below(lines.count + 1))
            }
        }
        let ending = below(4) == 0 ? "\r\n" : "\n"
        var bytes = Array(lines.joined(separator: ending).utf8) + (below(2) == 0 ? Array(ending.utf8) : [])
        if below(6) == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        for _ in 0..<below(3) where !bytes.isEmpty {
            switch below(4) {
            case 0: bytes[below(bytes.count)] ^= UInt8(1 << below(8))
            case 1: bytes[below(bytes.count)] = pick([0x00, 0x07, 0x0A, 0x0D, 0x1B, 0x22, 0x2C, 0x7B, 0x7F, 0x80, 0xC3, 0xFF])
            case 2: bytes.removeLast(below(bytes.count))  // truncation
            default: bytes.insert(pick([0x00, 0x1B, 0x7F, 0xFF, 0x0A]), at: below(bytes.count + 1))
            }
        }
        return bytes
    }
}
