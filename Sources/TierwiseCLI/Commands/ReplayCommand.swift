import TierwiseModel
import TierwiseReplay
import TierwiseReports

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
            .init(name: "--dedup-ttl", valueName: "DURATION",
                  help: "Forget an id this long (event time) after it was seen (default: never)."),
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
            + "Ids are remembered for the whole replay unless --dedup-ttl is given: integer ids cost bits, text ids\n"
            + "about 90 bytes each; with a TTL, text ids are kept as 63-bit hashes and memory stays bounded.\n"
            + "Input: .jsonl, .ndjson and .json files are JSON Lines, .csv files CSV; other files are read as the\n"
            + "majority of their first 20 non-empty lines suggests. Limits: event times from 0000-01-01T00:00:00Z\n"
            + "to 9999-12-31T23:59:59.999Z, at most 10000 sliding windows per event (size/slide), lines of at most\n"
            + "1 MiB (longer ones are quarantined).\n"
            + "Exit status: 0 on success (even with quarantined lines), 2 for bad usage, an unreadable file, or a\n"
            + "file with lines but no events (unless --allow-empty), 3 when the output cannot be written."
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: ReplayReportStream.Format.self, command: spec.name) ?? .json
        let request = ReplayRequest(
            path: arguments.positionals[0],
            inputFormat: try arguments.choice("--input-format", as: EventFileReader.Layout.self, command: spec.name),
            windowText: arguments.values["--window"] ?? "tumbling:1m",
            outOfOrdernessText: arguments.values["--out-of-orderness"] ?? "5s",
            allowedLatenessText: arguments.values["--allowed-lateness"] ?? "0s",
            deduplicationTTLText: arguments.values["--dedup-ttl"],
            tracksDistinctValues: arguments.flags.contains("--distinct"),
            allowsEmptyInput: arguments.flags.contains("--allow-empty"))
        // Rows are rendered and spooled as windows close; nothing is written before the replay has ended.
        let report = SpooledReplayReport(format: format, tracksDistinctValues: request.tracksDistinctValues)
        let summary: ReplaySummary
        do {
            summary = try ReplayRunner.run(request, output: report)
        } catch {
            switch error {
            case .invalidSetting(let setting, let message):
                let option = optionName(setting)
                // "--window: window sizes must be positive", not "--window: Window sizes …".
                let continued = message.prefix(1).lowercased() + message.dropFirst()
                throw UsageError(command: spec.name, message: option.isEmpty ? message : option + ": " + continued)
            case .unreadable, .noEvents:
                console.writeError("tierwise: \(error.description)\n")
                return ExitStatus.badInput
            }
        }
        for warning in ReplayReport.diagnostics(summary, path: request.path) {
            console.writeError("tierwise: warning: \(warning)\n")
        }
        return deliver(arguments: arguments, console: console) { sink throws(ReportSinkError) in
            try report.deliver(summary, to: sink)
        }
    }

    private static func optionName(_ setting: ReplaySetting) -> String {
        switch setting {
        case .window: "--window"
        case .outOfOrderness: "--out-of-orderness"
        case .allowedLateness: "--allowed-lateness"
        case .deduplicationTTL: "--dedup-ttl"
        case .timing: ""
        }
    }
}
