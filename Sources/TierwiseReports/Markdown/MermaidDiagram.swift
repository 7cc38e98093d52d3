import TierwiseModel

/// A Mermaid flowchart of an architecture pattern, for the Markdown report.
public enum MermaidDiagram {
    /// The diagram of `pattern`, fed from `dataSource` (sanitized into a label).
    public static func flowchart(for recommendation: ArchitectureRecommendation, dataSource: String) -> String {
        var out = MarkdownWriter(reservingCapacity: 512)
        flowchart(for: recommendation, dataSource: dataSource, into: &out)
        return out.text
    }

    /// Writes ``flowchart(for:dataSource:)``: a fenced block whose lines are
    /// indented four spaces, without a newline after the closing fence.
    static func flowchart(for recommendation: ArchitectureRecommendation, dataSource: String, into out: inout MarkdownWriter) {
        out.raw("```mermaid\nflowchart LR\n    src[\"")
        out.mermaidLabel(dataSource)
        out.raw("\"]")
        /// The schedule, "15 min", or nothing when the pattern has none.
        func schedule() {
            if let interval = recommendation.scheduleIntervalMinutes { out.duration(minutes: interval) }
        }
        switch recommendation.pattern {
        case .lambda:
            out.raw(" --> log[(\"Immutable master data\")]\n")
            out.raw("    src --> speed[\"Speed layer: incremental stream processing\"]\n")
            out.raw("    log --> batchLayer[\"Batch layer: full recompute\"]\n")
            out.raw("    batchLayer --> serving[\"Serving layer: merge batch and speed views\"]\n")
            out.raw("    speed --> serving")
        case .kappa:
            out.raw(" --> log[(\"Replayable event log\")]\n")
            out.raw("    log --> processor[\"Stream processor: one codebase, live and replay\"]\n")
            out.raw("    processor --> serving[\"Serving layer\"]\n")
            out.raw("    log -. \"reprocess by replay\" .-> processor")
        case .hybridLakehouse:
            out.raw(" --> ingest[\"Streaming ingestion\"]\n")
            out.raw("    ingest --> bronze[(\"Bronze: raw events\")]\n")
            out.raw("    bronze --> silver[(\"Silver: validated, deduplicated\")]\n")
            if recommendation.scheduleIntervalMinutes == nil {
                out.raw("    silver --> gold[(\"Gold: streaming aggregates\")]\n")
            } else {
                out.raw("    silver --> gold[(\"Gold: aggregates every ")
                schedule()
                out.raw("\")]\n")
            }
            out.raw("    silver -. \"bad records\" .-> quarantine[(\"Quarantine\")]\n")
            out.raw("    gold --> consumers[\"Consumers\"]")
        case .materializedViews:
            out.raw(" --> ingest[\"Streaming ingestion\"]\n")
            out.raw("    ingest --> silver[(\"Silver: cleaned events\")]\n")
            out.raw("    silver --> view[(\"Materialized view, refreshed every ")
            schedule()
            out.raw("\")]\n")
            out.raw("    view --> dashboard[\"Dashboards and reports\"]")
        case .streamingIngestionBatchProcessing:
            out.raw(" --> ingest[\"Streaming ingestion: durable capture\"]\n")
            out.raw("    ingest --> bronze[(\"Bronze: raw events\")]\n")
            out.raw("    bronze --> job[\"Batch job every ")
            schedule()
            out.raw("\"]\n")
            out.raw("    job --> gold[(\"Gold tables\")]")
        case .batch:
            out.raw(" --> landing[(\"Landing zone\")]\n")
            out.raw("    landing --> job[\"Batch job every ")
            schedule()
            out.raw("\"]\n")
            out.raw("    job --> warehouse[(\"Warehouse tables\")]")
        }
        out.raw("\n```")
    }
}
