import TierwiseJSON
import TierwiseModel

/// The output of `tierwise replay` as JSON, CSV or Markdown.
public enum ReplayReport {
    /// `{"window", "events_read", "windows": [...], "late_events": [...], "late_event_count", "duplicates_dropped", "quarantined": [...]}`.
    public static func json(_ result: ReplayResult) -> String { render(result, .json) }

    /// `key,window_start,window_end,count,sum,min,max,avg` (and `distinct_values` when tracked), one row per window.
    public static func csv(_ result: ReplayResult) -> String { render(result, .csv) }

    /// A summary and a table of windows.
    public static func markdown(_ result: ReplayResult) -> String { render(result, .markdown) }

    /// `result` in `format`, through the stream `tierwise replay` writes with.
    private static func render(_ result: ReplayResult, _ format: ReplayReportStream.Format) -> String {
        let tracksDistinct = result.windows.contains { $0.distinctValues != nil }
        var stream = ReplayReportStream(format: format, tracksDistinctValues: tracksDistinct)
        for row in result.windows { stream.append(window: row) }
        for event in result.lateEvents { stream.append(lateEvent: event) }
        for line in result.quarantined { stream.append(quarantined: line) }
        let frame = stream.frame(result.summary(tracksDistinctValues: tracksDistinct))
        var bytes = frame.head
        bytes += stream.takeWindowBytes()
        bytes += frame.afterWindows
        bytes += stream.takeLateEventBytes()
        bytes += frame.afterLateEvents
        bytes += stream.takeQuarantinedBytes()
        bytes += frame.tail
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Standard error's lines for the quarantined lines (the first 20, then
    /// how many more) and for windows whose sum overflowed a double (their
    /// `sum` and `avg` are null in JSON and empty in CSV and Markdown).
    public static func diagnostics(_ result: ReplayResult, path: String) -> [String] {
        diagnostics(result.summary(tracksDistinctValues: false), path: path)
    }

    /// ``diagnostics(_:path:)-(ReplayResult,_)`` for a streamed replay's summary.
    public static func diagnostics(_ summary: ReplaySummary, path: String) -> [String] {
        var lines = summary.firstQuarantined.prefix(20).map { "\(path): line \($0.line): \($0.reason); quarantined" }
        if summary.quarantinedCount > 20 { lines.append("\(path): \(summary.quarantinedCount - 20) more lines quarantined") }
        let overflowed = summary.overflowedSumCount
        if overflowed > 0 {
            lines.append("\(path): \(overflowed) window\(overflowed == 1 ? "'s" : "s'") sum exceeded ±1.8e308; "
                + "sum and avg are written as null (JSON) or left empty (CSV, Markdown)")
        }
        return lines
    }
}
