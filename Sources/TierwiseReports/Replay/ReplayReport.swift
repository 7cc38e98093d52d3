import TierwiseJSON
import TierwiseModel

/// The output of `tierwise replay` as JSON, CSV or Markdown.
public enum ReplayReport {
    /// `{"windows": [...], "late_events": [...], "duplicates_dropped", "quarantined": [...], ...}`.
    public static func json(_ result: ReplayResult) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("window", result.windowDescription)
        writer.member("events_read", result.eventsRead)
        writer.key("windows")
        writer.beginArray()
        for row in result.windows {
            writer.beginObject(inline: true)
            writer.member("key", row.key)
            writer.member("window_start", Int(row.windowStartMillis))
            writer.member("window_end", Int(row.windowEndMillis))
            writer.member("count", Int(row.count))
            writer.member("sum", row.sum)
            writer.member("min", row.min)
            writer.member("max", row.max)
            writer.key("avg"); writer.optionalNumber(row.average)
            if let distinct = row.distinctValues { writer.member("distinct_values", distinct.rounded()) }
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
    public static func csv(_ result: ReplayResult) -> String {
        let distinct = result.windows.contains { $0.distinctValues != nil }
        var out = "key,window_start,window_end,count,sum,min,max,avg" + (distinct ? ",distinct_values" : "") + "\n"
        for row in result.windows {
            let a = row
            var fields = [csvField(row.key), String(row.windowStartMillis), String(row.windowEndMillis), String(a.count),
                          number(a.sum), number(a.min), number(a.max), a.average.map(number) ?? ""]
            if distinct { fields.append(a.distinctValues.map { number($0.rounded()) } ?? "") }
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// A summary and a table of windows.
    public static func markdown(_ result: ReplayResult) -> String {
        var out = "# Replay: \(MarkdownText.inline(result.windowDescription))\n\n"
        out += "\(result.eventsRead) events read; \(result.windows.count) windows; \(result.lateEvents.count) late; "
        out += "\(result.duplicatesDropped) duplicates dropped; \(result.quarantined.count) lines quarantined.\n\n"
        out += "| Key | Window start (ms) | Window end (ms) | Count | Sum | Min | Max | Avg |\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|\n"
        for row in result.windows {
            let a = row
            out += "| \(MarkdownText.inline(row.key)) | \(row.windowStartMillis) | \(row.windowEndMillis) | \(a.count) "
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

    /// Standard error's lines for the quarantined lines (the first 20, then
    /// how many more) and for windows whose sum overflowed a double (their
    /// `sum` and `avg` are null in JSON and empty in CSV and Markdown).
    public static func diagnostics(_ result: ReplayResult, path: String) -> [String] {
        var lines = result.quarantined.prefix(20).map { "\(path): line \($0.line): \($0.reason); quarantined" }
        if result.quarantined.count > 20 { lines.append("\(path): \(result.quarantined.count - 20) more lines quarantined") }
        let overflowed = result.windows.count { !$0.sum.isFinite }
        if overflowed > 0 {
            lines.append("\(path): \(overflowed) window\(overflowed == 1 ? "'s" : "s'") sum exceeded ±1.8e308; "
                + "sum and avg are written as null (JSON) or left empty (CSV, Markdown)")
        }
        return lines
    }

    private static func number(_ value: Double) -> String { JSONNumberFormat.string(value) ?? "" }

    /// A CSV field (RFC 4180): quoted when it holds a comma, a quote or a
    /// line break anywhere, judged by bytes (a Swift `Character` can hide a
    /// comma or CR under a combining mark or inside "\r\n").
    private static func csvField(_ text: String) -> String {
        let special: Set<UInt8> = [UInt8(ascii: ","), UInt8(ascii: "\""), 0x0A, 0x0D]
        guard text.utf8.contains(where: special.contains) else { return text }
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            out.append(byte)
            if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }
}
