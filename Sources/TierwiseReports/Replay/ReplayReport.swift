import Foundation
import TierwiseEngine
import TierwiseJSON
import TierwiseModel
import TierwiseSimulator

/// The output of `tierwise replay` as JSON, CSV or Markdown.
public enum ReplayReport {
    /// `{"windows": [...], "late_events": [...], "duplicates_dropped", "quarantined": [...], ...}`.
    public static func json(_ result: Replay.Result, windows: WindowSpecification) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("window", windows.description)
        writer.member("events_read", result.eventsRead)
        writer.key("windows")
        writer.beginArray()
        for row in result.windows {
            writer.beginObject(inline: true)
            writer.member("key", row.key)
            writer.member("window_start", Int(row.window.startMillis))
            writer.member("window_end", Int(row.window.endMillis))
            writer.member("count", Int(row.aggregate.count))
            writer.member("sum", row.aggregate.sum)
            writer.member("min", row.aggregate.min)
            writer.member("max", row.aggregate.max)
            writer.key("avg"); writer.optionalNumber(row.aggregate.average)
            if let distinct = row.aggregate.distinctValues { writer.member("distinct_values", distinct.rounded()) }
            writer.endObject()
        }
        writer.endArray()
        writer.key("late_events")
        writer.beginArray()
        for event in result.lateEvents {
            writer.beginObject(inline: true)
            writer.member("line", event.line)
            writer.member("id", event.id)
            writer.member("key", event.key)
            writer.member("event_time", Int(event.timestampMillis))
            writer.member("value", event.value)
            writer.endObject()
        }
        writer.endArray()
        writer.member("late_event_count", result.lateEvents.count)
        writer.member("duplicates_dropped", result.duplicatesDropped)
        writer.key("quarantined")
        writer.beginArray()
        for line in result.quarantined {
            writer.beginObject(inline: true)
            writer.member("line", line.line)
            writer.member("reason", line.reason)
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.text
    }

    /// `key,window_start,window_end,count,sum,min,max,avg` (and `distinct_values` when tracked), one row per window.
    public static func csv(_ result: Replay.Result) -> String {
        let distinct = result.windows.contains { $0.aggregate.distinctValues != nil }
        var out = "key,window_start,window_end,count,sum,min,max,avg" + (distinct ? ",distinct_values" : "") + "\n"
        for row in result.windows {
            let a = row.aggregate
            var fields = [csvField(row.key), String(row.window.startMillis), String(row.window.endMillis), String(a.count),
                          number(a.sum), number(a.min), number(a.max), a.average.map(number) ?? ""]
            if distinct { fields.append(a.distinctValues.map { number($0.rounded()) } ?? "") }
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A summary and a table of windows.
    public static func markdown(_ result: Replay.Result, windows: WindowSpecification) -> String {
        var out = "# Replay: \(windows.description)\n\n"
        out += "\(result.eventsRead) events read; \(result.windows.count) windows; \(result.lateEvents.count) late; "
        out += "\(result.duplicatesDropped) duplicates dropped; \(result.quarantined.count) lines quarantined.\n\n"
        out += "| Key | Window start (ms) | Window end (ms) | Count | Sum | Min | Max | Avg |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|\n"
        for row in result.windows {
            let a = row.aggregate
            out += "| \(MarkdownText.inline(row.key)) | \(row.window.startMillis) | \(row.window.endMillis) | \(a.count) "
            out += "| \(number(a.sum)) | \(number(a.min)) | \(number(a.max)) | \(a.average.map(number) ?? "") |\n"
        }
        if !result.lateEvents.isEmpty {
            out += "\n## Late events\n\n| Line | Id | Key | Event time (ms) | Value |\n|---:|---|---|---:|---:|\n"
            for event in result.lateEvents {
                out += "| \(event.line) | \(MarkdownText.inline(event.id)) | \(MarkdownText.inline(event.key)) "
                out += "| \(event.timestampMillis) | \(number(event.value)) |\n"
            }
        }
        if !result.quarantined.isEmpty {
            out += "\n## Quarantined lines\n\n| Line | Reason |\n|---:|---|\n"
            for line in result.quarantined { out += "| \(line.line) | \(MarkdownText.inline(line.reason)) |\n" }
        }
        return out
    }

    private static func number(_ value: Double) -> String { JSONNumberFormat.string(value) ?? "" }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
