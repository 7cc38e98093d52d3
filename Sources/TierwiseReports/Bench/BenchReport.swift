import TierwiseJSON
import TierwiseModel

/// The output of `tierwise bench`: every stage's events per second and the
/// peak resident memory, as JSON (keys in docs/cli.md) or as text.
public enum BenchReport {
    /// One object; rates rounded to whole events per second, memory in bytes.
    public static func json(_ result: BenchResult) -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("events", result.events)
        writer.member("keys", result.keys)
        writer.member("log_append_events_per_second", result.logAppendEventsPerSecond.rounded())
        writer.member("log_replay_events_per_second", result.logReplayEventsPerSecond.rounded())
        writer.member("streaming_window_events_per_second", result.streamingWindowEventsPerSecond.rounded())
        writer.member("batch_recompute_events_per_second", result.batchRecomputeEventsPerSecond.rounded())
        writer.member("batch_recompute_one_core_events_per_second", result.batchOneCoreEventsPerSecond.rounded())
        writer.member("batch_recompute_durable_log_events_per_second", result.batchDurableLogEventsPerSecond.rounded())
        writer.member("peak_rss_bytes", result.peakRSSBytes)
        writer.member("streaming_peak_rss_bytes", result.streamingPeakRSSBytes)
        writer.endObject()
        return writer.text
    }

    /// A line per stage, labels padded to one column.
    public static func text(_ result: BenchResult) -> String {
        func label(_ name: String) -> String { name + String(repeating: " ", count: max(0, 34 - name.count)) }
        func line(_ name: String, _ value: Double) -> String {
            label(name) + DisplayFormat.number(value, decimals: 0) + " events/s\n"
        }
        var out = "\(DisplayFormat.number(Double(result.events), decimals: 0)) events, "
            + "\(DisplayFormat.number(Double(result.keys), decimals: 0)) keys\n"
        out += line("log append (durable)", result.logAppendEventsPerSecond)
        out += line("log replay", result.logReplayEventsPerSecond)
        out += line("streaming tumbling windows", result.streamingWindowEventsPerSecond)
        out += line("batch recompute (two cores)", result.batchRecomputeEventsPerSecond)
        out += line("batch recompute (one core)", result.batchOneCoreEventsPerSecond)
        out += line("batch from the durable log", result.batchDurableLogEventsPerSecond)
        out += label("peak resident memory") + DisplayFormat.number(Double(result.peakRSSBytes) / 1_048_576, decimals: 1) + " MiB\n"
        out += label("  during streaming")
            + DisplayFormat.number(Double(result.streamingPeakRSSBytes) / 1_048_576, decimals: 1) + " MiB\n"
        return out
    }
}
