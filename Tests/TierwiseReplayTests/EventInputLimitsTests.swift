import Foundation
import Testing
import TierwiseEngine
import TierwiseModel
@testable import TierwiseReplay

/// The accepted range in the words of every out-of-range message.
private let rangeText = "0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z (-62167219200000 to 253402300799999 ms)"

@Suite("Event times: one accepted range")
struct EventTimeRangeTests {
    @Test("Text outside years 0000-9999 is out of range, whether integer or ISO 8601", arguments: [
        ("-9223372036854775808", EventTimeParser.Failure.outOfRange),
        ("9223372036854775807", .outOfRange),
        ("99999999999999999999999", .outOfRange),  // beyond Int64: still an integer, still out of range
        ("-62167219200001", .outOfRange),
        ("253402300800000", .outOfRange),
        ("9999-12-31T23:59:59.999-00:01", .outOfRange),  // a minute into the year 10000 in UTC
        ("0000-01-01T00:00:00+00:01", .outOfRange),  // a minute before the year 0 in UTC
        ("9999-12-31T23:59:60Z", .outOfRange),  // a leap second that would be 10000-01-01T00:00:00Z
        ("10000-01-01T00:00:00Z", .notATime),  // five-digit years are not ISO 8601's basic form
        ("", .notATime),
        ("--5", .notATime),
    ])
    func outOfRangeText(text: String, failure: EventTimeParser.Failure) {
        #expect(EventTimeParser.parse(text) == .failure(failure))
        #expect(EventTimeParser.millis(from: text) == nil)
    }

    @Test("The ends of the range are accepted in both forms", arguments: [
        ("-62167219200000", -62_167_219_200_000 as Int64),
        ("0000-01-01T00:00:00Z", -62_167_219_200_000),
        ("253402300799999", 253_402_300_799_999),
        ("9999-12-31T23:59:59.999Z", 253_402_300_799_999),
        ("9999-12-31T23:59:59.999+00:01", 253_402_300_739_999),
        ("+5", 5),
    ])
    func ends(text: String, millis: Int64) {
        #expect(EventTimeParser.parse(text) == .success(millis))
    }

    @Test("JSON numbers go through the same check", arguments: [
        (1.5, Result<Int64, EventTimeParser.Failure>.failure(.notWholeMillis)),
        (253_402_300_800_000, .failure(.outOfRange)),
        (-62_167_219_200_001, .failure(.outOfRange)),
        (9.2e18, .failure(.outOfRange)),
        (1e300, .failure(.outOfRange)),
        (.infinity, .failure(.outOfRange)),
        (.nan, .failure(.outOfRange)),
        (-0.0, .success(0)),
        (253_402_300_799_999, .success(253_402_300_799_999)),
    ])
    func numbers(number: Double, expected: Result<Int64, EventTimeParser.Failure>) {
        #expect(EventTimeParser.parse(number: number) == expected)
    }

    @Test("An out-of-range time is quarantined by every route: JSON string, JSON number and CSV field")
    func everyRoute() {
        let jsonLines = """
        {"id":1,"key":"a","event_time":"-9223372036854775808","value":1}
        {"id":2,"key":"a","event_time":"9223372036854775807","value":1}
        {"id":3,"key":"a","event_time":9e15,"value":1}
        {"id":4,"key":"a","event_time":0,"value":1}
        """
        let read = EventFileReader.read(Array(jsonLines.utf8))
        #expect(read.events.map(\.line) == [4])
        #expect(read.quarantined == [
            QuarantinedLine(line: 1, reason: "event_time: expected a time from \(rangeText), got \"-9223372036854775808\""),
            QuarantinedLine(line: 2, reason: "event_time: expected a time from \(rangeText), got \"9223372036854775807\""),
            QuarantinedLine(line: 3, reason: "event_time: expected a time from \(rangeText), got 9000000000000000.0"),  // JSONNumberFormat writes integers above 1e15 in Swift's form
        ])
        let csv = EventFileReader.read(Array("id,key,event_time,value\n1,a,9223372036854775807,1\n2,a,10000-01-01T00:00:00Z,1\n".utf8))
        #expect(csv.quarantined == [
            QuarantinedLine(line: 2, reason: "event_time: expected a time from \(rangeText), got \"9223372036854775807\""),
            QuarantinedLine(line: 3, reason: #"event_time: expected epoch milliseconds or ISO 8601, got "10000-01-01T00:00:00Z""#),
        ])
    }

    @Test("Echoed input shows control characters as escapes and is cut at 40 characters")
    func echoedInput() {
        let long = String(repeating: "z", count: 100)
        let text = #"{"id":1,"key":"a","event_time":"\u001b[2J\u0007\n","value":1}"# + "\n"
            + #"{"id":2,"key":"a","event_time":""# + long + #"","value":1}"# + "\n"
            + #"{"id":3,"key":"a","event_time":0,"value":"\u202eevil"}"# + "\n"
        let read = EventFileReader.read(Array(text.utf8))
        #expect(read.quarantined.map(\.reason) == [
            #"event_time: expected epoch milliseconds or ISO 8601, got "\u001b[2J\u0007\n""#,
            "event_time: expected epoch milliseconds or ISO 8601, got \"" + String(repeating: "z", count: 40) + "…\"",
            #"value: expected a finite number, got "\u202eevil""#,
        ])
    }
}

@Suite("Event files: JSON syntax errors")
struct JSONSyntaxReasonTests {
    @Test("The JSON parser's message, which repeats input, reaches the reason with control characters escaped")
    func parserMessage() {
        // The key is written with a JSON escape; the parser decodes it to ESC and repeats it.
        let read = EventFileReader.read(Array(#"{"a\u001b[2J" 1}"#.utf8), layout: .jsonLines)
        #expect(read.quarantined.map(\.reason) == [#"not valid JSON: column 15: expected ':' after member name "a\u001b[2J", found '1'"#])
    }
}

@Suite("Durations and window specifications: limits")
struct DurationLimitTests {
    @Test("Durations above 3,650,000 days are too long, however they are written", arguments: [
        ("100000000000d", DurationText.Failure.tooLong),
        ("9999999999999999999ms", .tooLong),
        ("3650000.1d", .tooLong),
        ("315360000000001ms", .tooLong),
        (String(repeating: "9", count: 400) + "ms", .tooLong),  // infinite as a Double
        ("1e400ms", .notADuration),
        ("5", .notADuration),
    ])
    func tooLong(text: String, failure: DurationText.Failure) {
        #expect(DurationText.parse(text) == .failure(failure))
    }

    @Test("The maximum itself is a duration")
    func maximum() {
        #expect(DurationText.parse("3650000d") == .success(315_360_000_000_000))
        #expect(DurationText.parse("315360000000000ms") == .success(315_360_000_000_000))
    }

    @Test("A window specification says which duration is too long", arguments: [
        ("sliding:100000000000d/1d", WindowSpecification.Failure.durationTooLong("100000000000d")),
        ("sliding:1d/9999999999999999999ms", .durationTooLong("9999999999999999999ms")),
        ("tumbling:4000000d", .durationTooLong("4000000d")),
        ("session:4000000d", .durationTooLong("4000000d")),
        ("sliding:5m/", .notASpecification),
        ("sliding:5m/1m/1s", .notASpecification),
    ])
    func windowSpecification(text: String, failure: WindowSpecification.Failure) {
        #expect(WindowSpecification.parse(text) == .failure(failure))
    }

    @Test("Replay settings are checked before any event: too many sliding windows per event")
    func replaySettings() {
        #expect(throws: EngineError.tooManyWindowsPerEvent(size: 86_400_000, slide: 1, windows: 86_400_000, maximum: 10_000)) {
            try Replay.validate(windows: .sliding(sizeMillis: 86_400_000, slideMillis: 1), outOfOrdernessMillis: 0, allowedLatenessMillis: 0)
        }
    }
}

@Suite("Event files: format detection")
struct LayoutDetectionTests {
    private let event = #"{"id":1,"key":"a","event_time":0,"value":1}"#

    @Test("One junk first line does not decide: the majority of the first lines does")
    func junkFirstLine() {
        let bytes = Array("42\n\(event)\n".utf8)
        #expect(EventFileReader.detectLayout(bytes) == .jsonLines)
        let read = EventFileReader.read(bytes)
        #expect(read.layout == .jsonLines && read.layoutSource == .content)
        #expect(read.events == [EventRecord(line: 2, id: "1", key: "a", timestampMillis: 0, value: 1)])
        #expect(read.quarantined == [QuarantinedLine(line: 1, reason: "expected a JSON object, got 42")])
        #expect(read.nonBlankLineCount == 2)
    }

    @Test("Votes: lines starting with { for JSON Lines, other lines with a comma for CSV, the rest abstain", arguments: [
        ("id,key,event_time,value\n1,a,0,1\n", EventFileReader.Layout.csv),
        ("{\"x\": 1}\nid,key\n1,a\n", .csv),  // 2 CSV-like lines against 1
        ("{\"x\": 1}\nid,key\n", .jsonLines),  // a tie is not a majority
        ("42\n\n  \n", .jsonLines),  // nobody voted
        ("\u{FEFF}  {\"x\": 1}\n", .jsonLines),
    ])
    func votes(text: String, layout: EventFileReader.Layout) {
        #expect(EventFileReader.detectLayout(Array(text.utf8)) == layout)
    }

    @Test("Only the first 20 non-blank lines vote")
    func firstTwenty() {
        let text = String(repeating: "{\"x\": 1}\n\n", count: 20) + String(repeating: "a,b\n", count: 100)
        #expect(EventFileReader.detectLayout(Array(text.utf8)) == .jsonLines)
    }

    @Test("Extensions name layouts; an explicit layout beats the extension", arguments: [
        ("jsonl", EventFileReader.Layout.jsonLines as EventFileReader.Layout?), ("NDJSON", .jsonLines), ("json", .jsonLines),
        ("csv", .csv), ("CSV", .csv), ("txt", nil), ("", nil),
    ])
    func extensions(pathExtension: String, layout: EventFileReader.Layout?) {
        #expect(EventFileReader.Layout(pathExtension: pathExtension) == layout)
    }

    @Test("Reading a file: extension first, then the given layout overrides it")
    func fileLayouts() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csvPath = directory.appendingPathComponent("events.csv").path
        try Data("\(event)\n".utf8).write(to: URL(fileURLWithPath: csvPath))
        let byExtension = try EventFileReader.read(contentsOfFile: csvPath)
        #expect(byExtension.layout == .csv && byExtension.layoutSource == .pathExtension && byExtension.events.isEmpty)
        let given = try EventFileReader.read(contentsOfFile: csvPath, layout: .jsonLines)
        #expect(given.layout == .jsonLines && given.layoutSource == .given && given.events.count == 1)
        #expect(throws: EventFileReader.FileError.cannotOpen(path: directory.path)) {
            try EventFileReader.read(contentsOfFile: directory.path)
        }
    }
}

@Suite("Event files: line length limit")
struct LineLimitTests {
    private func lines(_ text: String, maximumBytes: Int, chunk: Int) -> [EventLineSplitter.Line] {
        var splitter = EventLineSplitter(maximumBytes: maximumBytes)
        var lines: [EventLineSplitter.Line] = []
        let bytes = Array(text.utf8)
        var start = 0
        while start < bytes.count {
            splitter.feed(Array(bytes[start..<min(start + chunk, bytes.count)])) { lines.append($0) }
            start += chunk
        }
        splitter.finish { lines.append($0) }
        return lines
    }

    @Test("Lines over the limit are reported with their length; line breaks and a BOM do not count", arguments: [1, 2, 3, 7, 1_000])
    func splitter(chunk: Int) {
        let text = "\u{FEFF}abcd\nabcde\r\nab\r\n\r\nabcd\r\nxyz"
        #expect(lines(text, maximumBytes: 4, chunk: chunk) == [
            .text(number: 1, bytes: Array("abcd".utf8)),
            .tooLong(number: 2, byteCount: 5, prefix: Array("abcde".utf8)),
            .text(number: 3, bytes: Array("ab".utf8)),
            .text(number: 4, bytes: []),
            .text(number: 5, bytes: Array("abcd".utf8)),
            .text(number: 6, bytes: Array("xyz".utf8)),
        ])
    }

    @Test("A long line keeps only its first 256 bytes, however it is fed")
    func longLine() {
        let result = lines(String(repeating: "q", count: 1_000_000) + "\nok\n", maximumBytes: 1_000, chunk: 65_536)
        #expect(result == [
            .tooLong(number: 1, byteCount: 1_000_000, prefix: Array(repeating: UInt8(ascii: "q"), count: 256)),
            .text(number: 2, bytes: Array("ok".utf8)),
        ])
    }

    @Test("A too-long line is quarantined with its number, the limit, its length and its start; the next line is read")
    func quarantined() {
        let text = String(repeating: "x", count: 50) + "\n" + #"{"id":1,"key":"a","event_time":0,"value":1}"# + "\n"
        let read = EventFileReader.read(Array(text.utf8), layout: .jsonLines, maximumLineBytes: 48)
        #expect(read.events.map(\.line) == [2])
        #expect(read.quarantined == [QuarantinedLine(
            line: 1, reason: "expected a line of at most 48 bytes, got 50 bytes starting \"" + String(repeating: "x", count: 40) + "…\"")])
    }

    @Test("The default limit is 1 MiB and says so")
    func defaultLimit() {
        #expect(EventFileReader.maximumLineBytes == 1_048_576)
        let text = String(repeating: "{", count: 1_048_577)
        let read = EventFileReader.read(Array(text.utf8))
        #expect(read.quarantined.map(\.reason) == [
            "expected a line of at most 1048576 bytes (1 MiB), got 1048577 bytes starting \"" + String(repeating: "{", count: 40) + "…\"",
        ])
    }

    @Test("A CSV header over the limit makes every line unreadable, once (its start: the limit + 1 bytes kept)")
    func csvHeader() {
        let text = "id,key,event_time,value,padding\n1,a,0,1,x\n"
        let read = EventFileReader.read(Array(text.utf8), layout: .csv, maximumLineBytes: 20)
        #expect(read.events.isEmpty)
        #expect(read.quarantined == [QuarantinedLine(
            line: 1, reason: "CSV header: expected a line of at most 20 bytes, got 31 bytes starting \"id,key,event_time,val\"; every line is unreadable")])
    }
}
