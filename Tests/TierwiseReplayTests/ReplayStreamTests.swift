import Foundation
import Testing
import TierwiseModel
@testable import TierwiseReplay
import TierwiseSimulator

@Suite("Replay: events file as a stream")
struct ReplayStreamTests {
    private let path = FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-replay-stream-\(UUID().uuidString)").path

    /// The streamed replay and the in-memory replay of the same bytes.
    private func both(_ bytes: [UInt8], layout: EventFileReader.Layout?, windows: WindowSpecification, lineLimit: Int = 1 << 20)
        throws -> (streamed: ReplayResult, inMemory: ReplayResult)
    {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let streamed = try Replay.run(contentsOfFile: path, layout: layout, maximumLineBytes: lineLimit, windows: windows,
                                      outOfOrdernessMillis: 5_000, allowedLatenessMillis: 1_000).result
        let contents = EventFileReader.read(bytes, layout: layout, maximumLineBytes: lineLimit, scansFast: false)
        let inMemory = try Replay.run(contents, windows: windows, outOfOrdernessMillis: 5_000, allowedLatenessMillis: 1_000)
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
            let (streamed, inMemory) = try both(bytes, layout: layout, windows: windows[index % 3], lineLimit: 512)
            if streamed != inMemory { failures.append("case \(index):\nstreamed: \(streamed)\nin memory: \(inMemory)") }
            if failures.count > 3 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
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
