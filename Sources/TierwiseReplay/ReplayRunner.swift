import TierwiseEngine
import TierwiseModel

/// `tierwise replay` as one call: checks the settings (before any event is
/// read), reads the file with its quarantine, refuses a file without events
/// unless asked otherwise, and replays it through the engine.
public enum ReplayRunner {
    /// The replay's result, held whole in memory, or the first reason it cannot run.
    public static func run(_ request: ReplayRequest) throws(ReplayError) -> ReplayResult {
        let collector = ReplayCollector()
        return collector.result(try run(request, output: collector))
    }

    /// Runs the replay, handing its rows, late events and quarantined lines to
    /// `output` as they become final; returns the summary, or the first reason
    /// it cannot run (a file without events is found at its end, after `output`
    /// has seen its quarantined lines: write nothing until this returns).
    public static func run(_ request: ReplayRequest, output: any ReplayOutput) throws(ReplayError) -> ReplaySummary {
        let windows = try windowSpecification(request.windowText)
        let bound = try duration(request.outOfOrdernessText, setting: .outOfOrderness)
        let lateness = try duration(request.allowedLatenessText, setting: .allowedLateness)
        let ttl = try request.deduplicationTTLText.map { text throws(ReplayError) in try duration(text, setting: .deduplicationTTL) }
        do {
            try Replay.validate(windows: windows, outOfOrdernessMillis: bound, allowedLatenessMillis: lateness,
                                deduplicationTTLMillis: ttl)
        } catch {
            let setting: ReplaySetting = switch error {
            case .invalidWindowSize, .slideLargerThanSize, .tooManyWindowsPerEvent: .window
            default: .timing
            }
            throw .invalidSetting(setting, message: error.description)
        }
        // The file is read and replayed as one stream.
        let (summary, contents) = try Replay.run(
            contentsOfFile: request.path, layout: request.inputFormat, windows: windows, outOfOrdernessMillis: bound,
            allowedLatenessMillis: lateness, deduplicationTTLMillis: ttl, tracksDistinctValues: request.tracksDistinctValues,
            output: output)
        if summary.eventsRead == 0 && contents.nonBlankLineCount > 0 && !request.allowsEmptyInput {
            throw .noEvents(path: request.path, message: noEventsMessage(contents))
        }
        return summary
    }

    /// "no events in 2 non-blank lines, read as CSV (...): 1 quarantined, the first at line 1: …".
    static func noEventsMessage(_ contents: EventFileReader.Contents) -> String {
        let lines = contents.nonBlankLineCount == 1 ? "1 non-blank line" : "\(contents.nonBlankLineCount) non-blank lines"
        let how = switch contents.layoutSource {
        case .given: "as given by --input-format"
        case .pathExtension: "from the file's extension"
        case .content: "judged from the first lines"
        }
        var message = "no events in \(lines), read as \(contents.layout.name) (\(how))"
        if contents.layout == .csv && contents.nonBlankLineCount == 1 && contents.quarantinedCount == 0 {
            message += ": the one line is the CSV header"
        }
        if let first = contents.quarantined.first {
            message += "; \(contents.quarantinedCount) quarantined, the first at line \(first.line): \(first.reason)"
        }
        return message + ". Use --input-format to choose the format, or --allow-empty to accept a file without events."
    }

    private static func windowSpecification(_ text: String) throws(ReplayError) -> WindowSpecification {
        switch WindowSpecification.parse(text) {
        case .success(let windows):
            return windows
        case .failure(.durationTooLong(let duration)):
            throw .invalidSetting(.window, message: "\(duration) exceeds the maximum duration, \(DurationText.maximumText)")
        case .failure(.notASpecification):
            throw .invalidSetting(.window, message: "expected tumbling:DURATION, sliding:SIZE/SLIDE or session:GAP "
                + "(durations like 500ms, 5s, 1m, 2h, 1d), got '\(text)'")
        }
    }

    private static func duration(_ text: String, setting: ReplaySetting) throws(ReplayError) -> Int64 {
        switch DurationText.parse(text) {
        case .success(let millis):
            return millis
        case .failure(.tooLong):
            throw .invalidSetting(setting, message: "\(text) exceeds the maximum duration, \(DurationText.maximumText)")
        case .failure(.notADuration):
            throw .invalidSetting(setting, message: "expected a duration like 500ms, 5s, 1m, 2h or 1d, got '\(text)'")
        }
    }
}
