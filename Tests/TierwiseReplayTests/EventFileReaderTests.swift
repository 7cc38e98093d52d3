import Testing
import TierwiseEngine
import TierwiseModel
@testable import TierwiseReplay

@Suite("Event files")
struct EventFileReaderTests {
    @Test("Event times: epoch milliseconds or ISO 8601 with offsets", arguments: [
        ("60000", 60_000 as Int64?),
        ("-5", -5),
        ("1970-01-01T00:01:00Z", 60_000),
        ("2026-11-21T14:30:00.250+01:00", 1_795_267_800_250),
        ("2000-02-29T23:59:59Z", 951_868_799_000),
        ("1969-12-31T23:59:59.999Z", -1),
        ("2024-03-10 02:00:00-0530", 1_710_055_800_000),
        ("2023-02-29T00:00:00Z", nil),  // not a leap year
        ("2026-11-21T14:30:00", nil),  // no time zone: ambiguous
        ("yesterday", nil),
    ])
    func eventTimes(text: String, expected: Int64?) {
        #expect(EventTimeParser.millis(from: text) == expected)
    }

    @Test("Durations take ms, s, m, h and d", arguments: [
        ("250ms", 250 as Int64?), ("5s", 5_000), ("1.5m", 90_000), ("2h", 7_200_000), ("1d", 86_400_000), ("0s", 0),
        ("5", nil), ("-5s", nil), ("5 s", nil), ("fast", nil), ("ms", nil),
    ])
    func durations(text: String, expected: Int64?) {
        #expect(DurationText.millis(text) == expected)
    }

    @Test("Window specifications", arguments: [
        ("tumbling:1m", WindowSpecification.tumbling(sizeMillis: 60_000) as WindowSpecification?),
        ("sliding:5m/1m", .sliding(sizeMillis: 300_000, slideMillis: 60_000)),
        ("session:30s", .session(gapMillis: 30_000)),
        ("tumbling", nil), ("sliding:5m", nil), ("hopping:1m", nil), ("session:soon", nil),
    ])
    func windowSpecs(text: String, expected: WindowSpecification?) {
        #expect(WindowSpecification(parsing: text) == expected)
    }

    @Test("JSON Lines: good lines become events, bad lines are quarantined with a reason")
    func jsonLines() {
        let text = """
        {"id": "a", "key": "k", "event_time": 1000, "value": 2.5}
        {"id": 7, "key": "k", "event_time": "1970-01-01T00:00:02Z", "value": -1}

        [1, 2]
        {"id": "c", "key": "k", "event_time": "later", "value": 1}
        {"id": "d", "key": "k", "event_time": 3000, "value": "x"}
        {"id": "e", "key": "k", "event_time": 3000
        """
        let contents = EventFileReader.read(Array(text.utf8))
        #expect(contents.events == [
            EventRecord(line: 1, id: "a", key: "k", timestampMillis: 1_000, value: 2.5),
            EventRecord(line: 2, id: "7", key: "k", timestampMillis: 2_000, value: -1),
        ])
        #expect(contents.quarantined.map(\.line) == [4, 5, 6, 7])
        #expect(contents.quarantined[0].reason == "expected a JSON object, got an array")
        #expect(contents.quarantined[1].reason == #"event_time: expected epoch milliseconds or ISO 8601, got "later""#)
        #expect(contents.quarantined[2].reason == #"value: expected a finite number, got "x""#)
        #expect(contents.quarantined[3].reason.hasPrefix("not valid JSON"))
    }

    @Test("CSV with a header, quoted fields, CRLF line ends and columns in any order")
    func csv() {
        let text = "value,event_time,key,id\r\n1.5,1000,\"north, east\",a\r\n2,2000,k,\"b\"\"q\"\r\noops,3000,k,c\r\n4,4000,k\r\n"
        let contents = EventFileReader.read(Array(text.utf8))
        #expect(EventFileReader.detectLayout(Array(text.utf8)) == .csv)
        #expect(contents.events == [
            EventRecord(line: 2, id: "a", key: "north, east", timestampMillis: 1_000, value: 1.5),
            EventRecord(line: 3, id: "b\"q", key: "k", timestampMillis: 2_000, value: 2),
        ])
        #expect(contents.quarantined == [
            QuarantinedLine(line: 4, reason: #"value: expected a finite number, got "oops""#),
            QuarantinedLine(line: 5, reason: "expected 4 fields, got 3"),
        ])
    }

    @Test("A CSV header without the required columns quarantines the file's header line")
    func csvHeader() {
        let contents = EventFileReader.read(Array("id,key,time,value\n1,k,5,1\n".utf8))
        #expect(contents.events.isEmpty)
        #expect(contents.quarantined == [QuarantinedLine(line: 1, reason: "CSV header lacks event_time; every line is unreadable")])
    }
}

@Suite("Replay")
struct ReplayTests {
    private func contents(_ lines: [(String, String, Int64, Double)]) -> EventFileReader.Contents {
        var contents = EventFileReader.Contents()
        for (index, line) in lines.enumerated() {
            contents.events.append(EventRecord(line: index + 1, id: line.0, key: line.1, timestampMillis: line.2, value: line.3))
        }
        return contents
    }

    @Test("Windows are sorted by start then key name; late events keep their line; duplicates are counted")
    func replay() throws {
        let input = contents([
            ("1", "zeta", 1_000, 5), ("2", "alpha", 30_000, 7), ("3", "alpha", 70_000, 1),
            ("1", "zeta", 1_000, 5), ("4", "zeta", 2_000, 100),
        ])
        let result = try Replay.run(input, windows: .tumbling(sizeMillis: 60_000), outOfOrdernessMillis: 5_000, allowedLatenessMillis: 0)
        #expect(result.windows.map { "\($0.key)@\($0.windowStartMillis):\($0.count)" } == ["alpha@0:1", "zeta@0:1", "alpha@60000:1"])
        #expect(result.lateEvents.map(\.line) == [5])
        #expect(result.duplicatesDropped == 1)
        #expect(result.eventsRead == 5)
    }

    @Test("A sliding window larger than its slide is rejected through the engine's error")
    func badSliding() {
        #expect(throws: TierwiseEngine.EngineError.slideLargerThanSize(slide: 2_000, size: 1_000)) {
            try Replay.run(EventFileReader.Contents(), windows: .sliding(sizeMillis: 1_000, slideMillis: 2_000),
                           outOfOrdernessMillis: 0, allowedLatenessMillis: 0)
        }
    }
}
