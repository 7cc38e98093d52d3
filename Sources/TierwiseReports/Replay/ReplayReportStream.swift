import TierwiseJSON
import TierwiseModel

/// The report of `tierwise replay` written as a stream: rows are rendered as
/// they arrive, into one buffer per section (windows, late events,
/// quarantined lines) that the caller empties as it likes; the parts between
/// the sections, which hold the counts, are rendered from the
/// ``ReplaySummary`` once the replay has ended. The document is
///
///     head(summary) + windows + afterWindows(summary) + late events
///         + afterLateEvents(summary) + quarantined + tail(summary)
///
/// and is the same bytes whether rows are streamed or the whole result is
/// rendered at once (``ReplayReport``). CSV holds the window rows only.
public struct ReplayReportStream: Sendable {
    /// The report formats.
    public enum Format: String, Sendable, CaseIterable {
        /// One JSON object: counts, windows, late events, quarantined lines.
        case json
        /// One row per window.
        case csv
        /// A summary line and tables.
        case markdown
    }

    /// The format written.
    public let format: Format
    /// Whether window rows carry the distinct-value column.
    public let tracksDistinctValues: Bool
    private var windowWriter: JSONWriter
    private var lateWriter: JSONWriter
    private var quarantineWriter: JSONWriter
    private var windowText: [UInt8] = []
    private var lateText: [UInt8] = []
    private var quarantineText: [UInt8] = []

    /// A stream in `format`; `tracksDistinctValues` as the replay runs.
    public init(format: Format, tracksDistinctValues: Bool) {
        self.format = format
        self.tracksDistinctValues = tracksDistinctValues
        // Rows sit in an array two containers deep: {"windows": [ row, … ]}.
        windowWriter = JSONWriter(fragmentAtDepth: 2, followsElement: false, reservingCapacity: format == .json ? 1 << 16 : 0)
        lateWriter = JSONWriter(fragmentAtDepth: 2, followsElement: false, reservingCapacity: 0)
        quarantineWriter = JSONWriter(fragmentAtDepth: 2, followsElement: false, reservingCapacity: 0)
    }

    // MARK: - Rows

    /// Renders a window row (rows come in (start, key, end) order).
    public mutating func append(window row: ReplayWindowRow) {
        switch format {
        case .json:
            windowWriter.beginObject(inline: true)
            windowWriter.member("key", row.key)
            windowWriter.member("window_start", Int(row.windowStartMillis))
            windowWriter.member("window_end", Int(row.windowEndMillis))
            windowWriter.member("count", Int(row.count))
            windowWriter.member("sum", row.sum)
            windowWriter.member("min", row.min)
            windowWriter.member("max", row.max)
            windowWriter.key("avg"); windowWriter.optionalNumber(row.average)
            if let distinct = row.distinctValues { windowWriter.member("distinct_values", distinct.rounded()) }
            windowWriter.endObject()
        case .csv:
            var fields = [Self.csvField(row.key), String(row.windowStartMillis), String(row.windowEndMillis), String(row.count),
                          Self.number(row.sum), Self.number(row.min), Self.number(row.max), row.average.map(Self.number) ?? ""]
            if tracksDistinctValues { fields.append(row.distinctValues.map { Self.number($0.rounded()) } ?? "") }
            windowText.append(contentsOf: (fields.joined(separator: ",") + "\n").utf8)
        case .markdown:
            var line = "| \(MarkdownText.inline(row.key)) | \(row.windowStartMillis) | \(row.windowEndMillis) | \(row.count) "
            line += "| \(Self.number(row.sum)) | \(Self.number(row.min)) | \(Self.number(row.max)) | \(row.average.map(Self.number) ?? "") |\n"
            windowText.append(contentsOf: line.utf8)
        }
    }

    /// Renders a late event (in file order).
    public mutating func append(lateEvent event: EventRecord) {
        switch format {
        case .json:
            lateWriter.beginObject(inline: true)
            lateWriter.member("line", event.line)
            lateWriter.member("id", event.id)
            lateWriter.member("key", event.key)
            lateWriter.member("event_time", Int(event.timestampMillis))
            lateWriter.member("value", event.value)
            lateWriter.endObject()
        case .csv:
            break
        case .markdown:
            var line = "| \(event.line) | \(MarkdownText.inline(event.id)) | \(MarkdownText.inline(event.key)) "
            line += "| \(event.timestampMillis) | \(Self.number(event.value)) |\n"
            lateText.append(contentsOf: line.utf8)
        }
    }

    /// Renders a quarantined line (in file order).
    public mutating func append(quarantined line: QuarantinedLine) {
        switch format {
        case .json:
            quarantineWriter.beginObject(inline: true)
            quarantineWriter.member("line", line.line)
            quarantineWriter.member("reason", line.reason)
            quarantineWriter.endObject()
        case .csv:
            break
        case .markdown:
            quarantineText.append(contentsOf: "| \(line.line) | \(MarkdownText.inline(line.reason)) |\n".utf8)
        }
    }

    /// The window rows rendered since the last call.
    public mutating func takeWindowBytes() -> [UInt8] { Self.take(&windowWriter, &windowText, format) }
    /// The late events rendered since the last call.
    public mutating func takeLateEventBytes() -> [UInt8] { Self.take(&lateWriter, &lateText, format) }
    /// The quarantined lines rendered since the last call.
    public mutating func takeQuarantinedBytes() -> [UInt8] { Self.take(&quarantineWriter, &quarantineText, format) }

    /// Bytes rendered and not yet taken, over the three sections.
    public var pendingByteCount: Int {
        format == .json
            ? windowWriter.byteCount + lateWriter.byteCount + quarantineWriter.byteCount
            : windowText.count + lateText.count + quarantineText.count
    }

    // MARK: - The parts between the rows

    /// The four parts around the three row sections: before the windows,
    /// between windows and late events, between late events and quarantined
    /// lines, and after them.
    public func frame(_ summary: ReplaySummary) -> (head: [UInt8], afterWindows: [UInt8], afterLateEvents: [UInt8], tail: [UInt8]) {
        switch format {
        case .json:
            var writer = JSONWriter()
            writer.beginObject()
            writer.member("window", summary.windowDescription)
            writer.member("events_read", summary.eventsRead)
            writer.key("windows")
            writer.beginArray()
            let head = writer.takeBytes()
            if summary.windowCount > 0 { writer.noteFragmentsWritten() }
            writer.endArray()
            writer.key("late_events")
            writer.beginArray()
            let afterWindows = writer.takeBytes()
            if summary.lateEventCount > 0 { writer.noteFragmentsWritten() }
            writer.endArray()
            writer.member("late_event_count", summary.lateEventCount)
            writer.member("duplicates_dropped", summary.duplicatesDropped)
            writer.key("quarantined")
            writer.beginArray()
            let afterLate = writer.takeBytes()
            if summary.quarantinedCount > 0 { writer.noteFragmentsWritten() }
            writer.endArray()
            writer.endObject()
            return (head, afterWindows, afterLate, writer.takeBytes())
        case .csv:
            let distinct = tracksDistinctValues && summary.windowCount > 0
            let header = "key,window_start,window_end,count,sum,min,max,avg" + (distinct ? ",distinct_values" : "") + "\n"
            return (Array(header.utf8), [], [], [])
        case .markdown:
            var head = "# Replay: \(MarkdownText.inline(summary.windowDescription))\n\n"
            head += "\(summary.eventsRead) events read; \(summary.windowCount) windows; \(summary.lateEventCount) late; "
            head += "\(summary.duplicatesDropped) duplicates dropped; \(summary.quarantinedCount) lines quarantined.\n\n"
            head += "| Key | Window start (ms) | Window end (ms) | Count | Sum | Min | Max | Avg |\n"
            head += "|---|---:|---:|---:|---:|---:|---:|---:|\n"
            let late = summary.lateEventCount == 0 ? ""
                : "\n## Late events\n\n| Line | Id | Key | Event time (ms) | Value |\n|---:|---|---|---:|---:|\n"
            let quarantined = summary.quarantinedCount == 0 ? "" : "\n## Quarantined lines\n\n| Line | Reason |\n|---:|---|\n"
            return (Array(head.utf8), Array(late.utf8), Array(quarantined.utf8), [])
        }
    }

    // MARK: - Internals

    private static func take(_ writer: inout JSONWriter, _ text: inout [UInt8], _ format: Format) -> [UInt8] {
        if format == .json { return writer.takeBytes() }
        defer { text = [] }
        return text
    }

    static func number(_ value: Double) -> String { JSONNumberFormat.string(value) ?? "" }

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
