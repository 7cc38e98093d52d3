import TierwiseModel

/// A Mermaid flowchart of an architecture pattern, for the Markdown report.
public enum MermaidDiagram {
    /// The diagram of `pattern`, fed from `dataSource` (sanitized into a label).
    public static func flowchart(for recommendation: ArchitectureRecommendation, dataSource: String) -> String {
        let source = "src[\"" + MarkdownText.mermaidLabel(dataSource) + "\"]"
        let schedule = recommendation.scheduleIntervalMinutes.map { DisplayFormat.duration(minutes: $0) } ?? ""
        let lines: [String]
        switch recommendation.pattern {
        case .lambda:
            lines = [
                "\(source) --> log[(\"Immutable master data\")]",
                "src --> speed[\"Speed layer: incremental stream processing\"]",
                "log --> batchLayer[\"Batch layer: full recompute\"]",
                "batchLayer --> serving[\"Serving layer: merge batch and speed views\"]",
                "speed --> serving",
            ]
        case .kappa:
            lines = [
                "\(source) --> log[(\"Replayable event log\")]",
                "log --> processor[\"Stream processor: one codebase, live and replay\"]",
                "processor --> serving[\"Serving layer\"]",
                "log -. \"reprocess by replay\" .-> processor",
            ]
        case .hybridLakehouse:
            let gold = schedule.isEmpty ? "Gold: streaming aggregates" : "Gold: aggregates every \(schedule)"
            lines = [
                "\(source) --> ingest[\"Streaming ingestion\"]",
                "ingest --> bronze[(\"Bronze: raw events\")]",
                "bronze --> silver[(\"Silver: validated, deduplicated\")]",
                "silver --> gold[(\"\(gold)\")]",
                "silver -. \"bad records\" .-> quarantine[(\"Quarantine\")]",
                "gold --> consumers[\"Consumers\"]",
            ]
        case .materializedViews:
            lines = [
                "\(source) --> ingest[\"Streaming ingestion\"]",
                "ingest --> silver[(\"Silver: cleaned events\")]",
                "silver --> view[(\"Materialized view, refreshed every \(schedule)\")]",
                "view --> dashboard[\"Dashboards and reports\"]",
            ]
        case .streamingIngestionBatchProcessing:
            lines = [
                "\(source) --> ingest[\"Streaming ingestion: durable capture\"]",
                "ingest --> bronze[(\"Bronze: raw events\")]",
                "bronze --> job[\"Batch job every \(schedule)\"]",
                "job --> gold[(\"Gold tables\")]",
            ]
        case .batch:
            lines = [
                "\(source) --> landing[(\"Landing zone\")]",
                "landing --> job[\"Batch job every \(schedule)\"]",
                "job --> warehouse[(\"Warehouse tables\")]",
            ]
        }
        return "```mermaid\nflowchart LR\n" + lines.map { "    " + $0 }.joined(separator: "\n") + "\n```"
    }
}
