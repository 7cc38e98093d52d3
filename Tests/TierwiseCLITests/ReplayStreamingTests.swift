import Foundation
import Testing
@testable import TierwiseCLI
import TierwiseModel
@testable import TierwiseReplay
import TierwiseReports
import TierwiseSimulator

@Suite("Replay: the streamed file gives the report of the file read whole")
struct ReplayStreamingTests {
    /// The report, warnings and status `replay` gives when the file is read whole by the generic reader
    /// and replayed in memory, as before the stream.
    private func expected(_ bytes: [UInt8], path: String, format: String) throws -> (output: String, error: String, status: Int32) {
        var contents = EventFileReader.read(bytes, layout: .jsonLines, maximumLineBytes: EventFileReader.maximumLineBytes, scansFast: false)
        contents.layoutSource = .pathExtension  // the files end in .jsonl
        if contents.events.isEmpty && contents.nonBlankLineCount > 0 {
            return ("", "tierwise: \(path): \(ReplayRunner.noEventsMessage(contents))\n", 2)
        }
        let result = try Replay.run(contents, windows: .tumbling(sizeMillis: 60_000), outOfOrdernessMillis: 5_000, allowedLatenessMillis: 0)
        let warnings = ReplayReport.diagnostics(result, path: path).map { "tierwise: warning: \($0)\n" }.joined()
        let report = switch format {
        case "csv": ReplayReport.csv(result)
        case "markdown": ReplayReport.markdown(result)
        default: ReplayReport.json(result)
        }
        return (report, warnings, 0)
    }

    @Test("Mutated JSON Lines files: the same report bytes, warnings and status in every format")
    func mutatedFiles() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var mutator = EventFileMutator(seed: 0x5743_A11E, longestString: 400)
        var failures: [String] = []
        for index in 0..<150 {
            let bytes = mutator.file(isCSV: false)
            let path = directory.appendingPathComponent("events-\(index).jsonl").path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let format = ["json", "csv", "markdown"][index % 3]
            let actual = run(["replay", path, "--format", format])
            let wanted = try expected(bytes, path: path, format: format)
            if actual.output != wanted.output || actual.error != wanted.error || actual.status != wanted.status {
                failures.append("case \(index) (\(format)): got \(actual), expected \(wanted)")
            }
            if failures.count > 3 { break }
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n\n"))")
    }
}
