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
            .init(name: "--format", valueName: "FORMAT", help: "json, csv or markdown (default: json)."),
            outputOption,
        ],
        details: "Durations: a number with ms, s, m, h or d. A window fires when the watermark (largest event time\n"
            + "minus the bound) reaches its end; an event is late when all its windows are past end + lateness.\n"
            + "A repeated id is a duplicate, never late. Bad lines are quarantined, not fatal.\n"
            + "Exit status: 0 on success (even with quarantined lines), 2 for bad usage or an unreadable file,\n"
            + "3 when the output cannot be written."
    )

    private enum Format: String, CaseIterable { case json, csv, markdown }

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let windows = try duration(arguments, "--window", default: "tumbling:1m") { WindowSpecification(parsing: $0) }
        let bound = try duration(arguments, "--out-of-orderness", default: "5s") { DurationText.millis($0) }
        let lateness = try duration(arguments, "--allowed-lateness", default: "0s") { DurationText.millis($0) }
        let format = try arguments.choice("--format", as: Format.self, command: spec.name) ?? .json
        let path = arguments.positionals[0]
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let data = FileManager.default.contents(atPath: path)
        else {
            console.writeError("tierwise: \(path): cannot read the events file (missing, a directory, or unreadable)\n")
            return ExitStatus.badInput
        }
        let contents = EventFileReader.read([UInt8](data))
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

    private static func duration<Value>(
        _ arguments: ParsedArguments, _ name: String, default fallback: String, parse: (String) -> Value?
    ) throws(UsageError) -> Value {
        let text = arguments.values[name] ?? fallback
        guard let value = parse(text) else {
            let expectation = name == "--window"
                ? "tumbling:DURATION, sliding:SIZE/SLIDE or session:GAP (durations like 500ms, 5s, 1m, 2h, 1d)"
                : "a duration like 500ms, 5s, 1m, 2h or 1d"
            throw UsageError(command: spec.name, message: "\(name): expected \(expectation), got '\(text)'")
        }
        return value
    }
}
