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
