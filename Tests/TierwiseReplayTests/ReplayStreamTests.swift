import Foundation
import Testing
import TierwiseModel
@testable import TierwiseReplay
import TierwiseSimulator

@Suite("Replay: events file as a stream")
struct ReplayStreamTests {
    private let path = FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-replay-stream-\(UUID().uuidString)").path

    /// The streamed replay and the in-memory replay of the same bytes.
    private func both(
        _ bytes: [UInt8], layout: EventFileReader.Layout?, windows: WindowSpecification, lineLimit: Int = 1 << 20,
        chunkBytes: Int = EventFileReader.chunkBytes, ttl: Int64? = nil
    ) throws -> (streamed: ReplayResult, inMemory: ReplayResult) {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let streamed = try Replay.run(contentsOfFile: path, layout: layout, maximumLineBytes: lineLimit, windows: windows,
                                      outOfOrdernessMillis: 5_000, allowedLatenessMillis: 1_000, deduplicationTTLMillis: ttl,
                                      tracksDistinctValues: false, chunkBytes: chunkBytes).result
        let contents = EventFileReader.read(bytes, layout: layout, maximumLineBytes: lineLimit, scansFast: false)
        let inMemory = try Replay.run(contents, windows: windows, outOfOrdernessMillis: 5_000, allowedLatenessMillis: 1_000,
                                      deduplicationTTLMillis: ttl)
        return (streamed, inMemory)
    }

    @Test("Mutated files replay the same streamed as read whole by the generic reader: windows, late events, duplicates, quarantine")
    func mutatedFilesReplayTheSame() throws {
        var mutator = EventFileMutator(seed: 0x57AE_A3ED, longestString: 600)
        let windows: [WindowSpecification] = [
            .tumbling(sizeMillis: 60_000), .sliding(sizeMillis: 300_000, slideMillis: 60_000), .session(gapMillis: 30_000),
        ]
        var failures: [String] = []
        for index in 0..<600 {
            let bytes = mutator.file(isCSV: index % 2 == 0)
            let layout: EventFileReader.Layout? = [nil, .jsonLines, .csv][index % 3]
            let (streamed, inMemory) = try both(bytes, layout: layout, windows: windows[index % 3], lineLimit: 512,
                                                chunkBytes: [1 << 20, 1 + index % 97][index % 2],
                                                ttl: index % 5 == 0 ? Int64(index % 7) * 10_000 : nil)
            if streamed != inMemory { failures.append("case \(index):\nstreamed: \(streamed)\nin memory: \(inMemory)") }
            if failures.count > 3 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
    }

    @Test("Chunk boundaries anywhere: a line split across chunks, CRLF, a BOM, a last line without a newline, a line over the limit")
    func chunkBoundaries() throws {
        let jsonLines = "\u{FEFF}" + #"{"id":1,"key":"a","event_time":1000,"value":1.5}"# + "\r\n"
            + #"{"id":2, "key":"bb","event_time":2000,"value":2}"# + "\n\n"
            + #"{"id":"x3","key":"a","event_time":61000,"value":-3.25}"# + "\r\n"
            + "not json\n"
            + #"{"id":4,"key":"c","event_time":"1970-01-01T00:02:00Z","value":4}"# + "\n"
            + String(repeating: "z", count: 90) + "\n"
            + #"{"id":1,"key":"a","event_time":3000,"value":9}"# + "\n"
            + #"{"id":5,"key":"a","event_time":500,"value":5}"#
        let csv = "\u{FEFF}id,key,event_time,value\r\n1,a,1000,1.5\r\n2,bb,2000,2\n\n\"x3\",a,61000,-3.25\nbad,row\n"
            + "4,c,1970-01-01T00:02:00Z,4\n1,a,3000,9\n5,a,500,5"
        for (text, layout) in [(jsonLines, EventFileReader.Layout.jsonLines), (csv, .csv)] {
            let bytes = Array(text.utf8)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            let contents = EventFileReader.read(bytes, layout: nil, maximumLineBytes: 80, scansFast: false)
            #expect(contents.layout == layout)
            let expected = try Replay.run(contents, windows: .tumbling(sizeMillis: 60_000), outOfOrdernessMillis: 0,
                                          allowedLatenessMillis: 0)
            // By hand: 6 events (the ISO time included), id 1 again a duplicate, the event at 500 ms late, and
            // rows a and bb in [0, 60 s), a in [60 s, 120 s), c in [120 s, 180 s), one event each.
            #expect(expected.eventsRead == 6)
            #expect(expected.quarantined.count == (layout == .csv ? 1 : 2))
            #expect(expected.duplicatesDropped == 1)
            #expect(expected.lateEvents.map(\.timestampMillis) == [500])
            #expect(expected.windows.map(\.count) == [1, 1, 1, 1])
            for chunkBytes in [1, 2, 3, 5, 7, 11, 16, 31, 64, 1 << 20] {
                let streamed = try Replay.run(
                    contentsOfFile: path, layout: nil, maximumLineBytes: 80, windows: .tumbling(sizeMillis: 60_000),
                    outOfOrdernessMillis: 0, allowedLatenessMillis: 0, deduplicationTTLMillis: nil, tracksDistinctValues: false,
                    chunkBytes: chunkBytes)
                #expect(streamed.result == expected, "chunks of \(chunkBytes) bytes, \(layout)")
                #expect(streamed.contents.quarantinedCount == expected.quarantined.count)
            }
        }
    }

    @Test("Session rows stay in (start, key, end) order when a session grows backwards after thousands have closed")
    func sessionsGrowingBackwards() throws {
        // Found by a hostile test: 4,096 short sessions close at 6 s; the session of A, open since 10 s,
        // then takes an event at 5 s and starts there, before all of them.
        var lines = [#"{"id":0,"key":"A","event_time":10000,"value":1}"#]
        for index in 0..<4_096 { lines.append(#"{"id":\#(index + 1),"key":"B\#(index)","event_time":6000,"value":1}"#) }
        for (offset, time) in stride(from: 11_000, through: 30_000, by: 1_000).enumerated() {
            lines.append(#"{"id":\#(10_000 + offset),"key":"A","event_time":\#(time),"value":1}"#)
        }
        lines.append(#"{"id":99999,"key":"A","event_time":5000,"value":1}"#)
        let (streamed, inMemory) = try both(Array(lines.joined(separator: "\n").utf8), layout: .jsonLines,
                                            windows: .session(gapMillis: 5_000))
        #expect(streamed == inMemory)
        #expect(streamed.windows.first?.key == "A")
        #expect(streamed.windows.first?.windowStartMillis == 5_000)
        #expect(streamed.windows.first?.windowEndMillis == 35_000)
        #expect(streamed.windows.count == 4_097)
    }

    @Test("With a deduplication TTL an id is a duplicate within the TTL and new after it, integer or text")
    func deduplicationTTL() throws {
        // Watermark = largest time − 0; an id seen at t is forgotten once the watermark passes t + TTL (10 s).
        let lines = [
            #"{"id":1,"key":"a","event_time":1000,"value":1}"#,
            #"{"id":"t","key":"a","event_time":1000,"value":2}"#,
            #"{"id":1,"key":"a","event_time":5000,"value":3}"#,       // duplicate: within 10 s
            #"{"id":"t","key":"a","event_time":5000,"value":4}"#,     // duplicate
            #"{"id":9,"key":"a","event_time":30000,"value":5}"#,      // moves the watermark to 30 s
            #"{"id":1,"key":"a","event_time":31000,"value":6}"#,      // 1 was forgotten: a new event
            #"{"id":"t","key":"a","event_time":31000,"value":7}"#,    // so was "t"
        ]
        let (streamed, inMemory) = try both(Array(lines.joined(separator: "\n").utf8), layout: .jsonLines,
                                            windows: .tumbling(sizeMillis: 60_000), ttl: 10_000)
        #expect(streamed == inMemory)
        #expect(streamed.duplicatesDropped == 2)
        #expect(streamed.windows.map(\.count) == [5])
        #expect(streamed.windows.first?.sum == 21.0)  // 1 + 2 + 5 + 6 + 7
        let forever = try both(Array(lines.joined(separator: "\n").utf8), layout: .jsonLines, windows: .tumbling(sizeMillis: 60_000))
        #expect(forever.streamed.duplicatesDropped == 4)
    }

    @Test("Integer ids, their text, canonically equivalent keys and late first occurrences replay as before")
    func idsKeysAndLateEvents() throws {
        let lines = [
            #"{"id":1,"key":"K","event_time":100000,"value":1}"#,
            #"{"id":"1","key":"K","event_time":100001,"value":2}"#,
            #"{"id":"01","key":"\u212A","event_time":100002,"value":3}"#,
            #"{"id":"e\u0301","key":"caf\u00e9","event_time":100003,"value":4}"#,
            #"{"id":"\u00e9","key":"cafe\u0301","event_time":100004,"value":5}"#,
            #"{"id":9007199254740992,"key":"x","event_time":100005,"value":6}"#,
            #"{"id":"9007199254740992","key":"x","event_time":100006,"value":6}"#,
            #"{"id":7,"key":"late","event_time":1000,"value":7}"#,
            #"{"id":7,"key":"late","event_time":1000,"value":8}"#,
            #"{"id":8,"key":"late","event_time":2000,"value":9}"#,
            #"{"id":"8","key":"late","event_time":2000,"value":10}"#,
        ]
        for windows in [WindowSpecification.tumbling(sizeMillis: 60_000), .session(gapMillis: 30_000)] {
            let (streamed, inMemory) = try both(Array(lines.joined(separator: "\n").utf8), layout: .jsonLines, windows: windows)
            #expect(streamed == inMemory)
            #expect(streamed.lateEvents.map(\.line) == [8, 10])
        }
    }
}
