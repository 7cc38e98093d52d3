import Foundation
import TierwiseReports
import TierwiseSimulator

/// `tierwise replay EVENTS`: run event samples through the embedded engine.
enum ReplayCommand: Command {
    static let spec = CommandSpec(
        name: "replay",
        abstract: "Run event samples through the embedded streaming engine.",
        summary: "Replay events (JSON Lines, or CSV with a header; fields id, key, event_time in epoch milliseconds or "
            + "ISO 8601, value) through the engine's event-time windows, with a bounded-out-of-orderness watermark "
            + "advanced per event. Prints each window's count, sum, min, max and average, the late events, the "
            + "duplicates dropped and the quarantined lines.",
        positionals: [.init(name: "EVENTS", help: "Path to the events file.")],
        options: [
            .init(name: "--window", valueName: "SPEC", help: "tumbling:1m (default), sliding:5m/1m or session:30s."),
            .init(name: "--out-of-orderness", valueName: "DURATION", help: "Watermark bound (default 5s)."),
            .init(name: "--allowed-lateness", valueName: "DURATION", help: "How long fired windows accept updates (default 0s)."),
            .init(name: "--distinct", valueName: nil, help: "Also estimate each window's distinct values (HyperLogLog, ±3%)."),
            .init(name: "--input-format", valueName: "FORMAT",
                  help: "jsonl or csv (default: from the extension, else the first 20 non-empty lines)."),
            .init(name: "--allow-empty", valueName: nil, help: "Accept an input with lines but no events (exit 0)."),
            .init(name: "--format", valueName: "FORMAT", help: "json, csv or markdown (default: json)."),
            outputOption,
        ],
        details: "Durations: a number with ms, s, m, h or d, at most 3650000d. A window fires when the watermark\n"
            + "(largest event time minus the bound) reaches its end; an event is late when all its windows are\n"
            + "past end + lateness. A repeated id is a duplicate, never late. Bad lines are quarantined, not fatal.\n"
            + "Input: .jsonl, .ndjson and .json files are JSON Lines, .csv files CSV; other files are read as the\n"
            + "majority of their first 20 non-empty lines suggests. Limits: event times from 0000-01-01T00:00:00Z\n"
            + "to 9999-12-31T23:59:59.999Z, at most 10000 sliding windows per event (size/slide), lines of at most\n"
            + "1 MiB (longer ones are quarantined).\n"
            + "Exit status: 0 on success (even with quarantined lines), 2 for bad usage, an unreadable file, or a\n"
            + "file with lines but no events (unless --allow-empty), 3 when the output cannot be written."
    )

    private enum Format: String, CaseIterable { case json, csv, markdown }

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let windows = try windowSpecification(arguments)
        let bound = try duration(arguments, "--out-of-orderness", default: "5s")
        let lateness = try duration(arguments, "--allowed-lateness", default: "0s")
        let format = try arguments.choice("--format", as: Format.self, command: spec.name) ?? .json
        let layout = try arguments.choice("--input-format", as: EventFileReader.Layout.self, command: spec.name)
        do {
            try Replay.validate(windows: windows, outOfOrdernessMillis: bound, allowedLatenessMillis: lateness)
        } catch {
            // The window's own problems name the option; the others name their duration.
            let option = switch error {
            case .invalidWindowSize, .slideLargerThanSize, .tooManyWindowsPerEvent: "--window: "
            default: ""
            }
            throw UsageError(command: spec.name, message: option + error.description)
        }
        let path = arguments.positionals[0]
        let contents: EventFileReader.Contents
        do {
            contents = try EventFileReader.read(contentsOfFile: path, layout: layout)
        } catch {
            console.writeError("tierwise: \(error.description)\n")
            return ExitStatus.badInput
        }
        if contents.events.isEmpty && contents.nonBlankLineCount > 0 && !arguments.flags.contains("--allow-empty") {
            console.writeError("tierwise: \(path): \(noEventsMessage(contents))\n")
            return ExitStatus.badInput
        }
        let result: Replay.Result
        do {
            result = try Replay.run(contents, windows: windows, outOfOrdernessMillis: bound, allowedLatenessMillis: lateness,
                                    tracksDistinctValues: arguments.flags.contains("--distinct"))
        } catch {
            throw UsageError(command: spec.name, message: error.description)
        }
        for line in result.quarantined.prefix(20) {
            console.writeError("tierwise: warning: \(path): line \(line.line): \(line.reason); quarantined\n")
        }
        if result.quarantined.count > 20 {
            console.writeError("tierwise: warning: \(path): \(result.quarantined.count - 20) more lines quarantined\n")
        }
        let report: String = switch format {
        case .json: ReplayReport.json(result, windows: windows)
        case .csv: ReplayReport.csv(result)
        case .markdown: ReplayReport.markdown(result, windows: windows)
        }
        return deliver(report, arguments: arguments, console: console)
    }

    /// "no events in 2 non-blank lines read as CSV (...): 1 quarantined, the first at line 1: …".
    private static func noEventsMessage(_ contents: EventFileReader.Contents) -> String {
        let lines = contents.nonBlankLineCount == 1 ? "1 non-blank line" : "\(contents.nonBlankLineCount) non-blank lines"
        let how = switch contents.layoutSource {
        case .given: "as given by --input-format"
        case .pathExtension: "from the file's extension"
        case .content: "judged from the first lines"
        }
        var message = "no events in \(lines), read as \(contents.layout.name) (\(how))"
        if let first = contents.quarantined.first {
            message += "; \(contents.quarantined.count) quarantined, the first at line \(first.line): \(first.reason)"
        }
        return message + ". Use --input-format to choose the format, or --allow-empty to accept a file without events."
    }

    private static func windowSpecification(_ arguments: ParsedArguments) throws(UsageError) -> WindowSpecification {
        let text = arguments.values["--window"] ?? "tumbling:1m"
        switch WindowSpecification.parse(text) {
        case .success(let windows):
            return windows
        case .failure(.durationTooLong(let duration)):
            throw UsageError(command: spec.name, message: "--window: \(duration) exceeds the maximum duration, \(DurationText.maximumText)")
        case .failure(.notASpecification):
            throw UsageError(command: spec.name, message: "--window: expected tumbling:DURATION, sliding:SIZE/SLIDE or session:GAP "
                + "(durations like 500ms, 5s, 1m, 2h, 1d), got '\(text)'")
        }
    }

    private static func duration(_ arguments: ParsedArguments, _ name: String, default fallback: String) throws(UsageError) -> Int64 {
        let text = arguments.values[name] ?? fallback
        switch DurationText.parse(text) {
        case .success(let millis):
            return millis
        case .failure(.tooLong):
            throw UsageError(command: spec.name, message: "\(name): \(text) exceeds the maximum duration, \(DurationText.maximumText)")
        case .failure(.notADuration):
            throw UsageError(command: spec.name, message: "\(name): expected a duration like 500ms, 5s, 1m, 2h or 1d, got '\(text)'")
        }
    }
}
