/// The architecture patterns tierwise recommends (seeds 001 and 002).
public enum ArchitecturePattern: String, CaseIterable, Sendable {
    /// Batch layer + speed layer, merged at serving.
    case lambda
    /// One replayable log, one stream processor; reprocessing is replay.
    case kappa
    /// Streaming ingestion into bronze, silver and gold tables of a lakehouse.
    case hybridLakehouse = "hybrid_lakehouse"
    /// Durable streaming capture, simple scheduled batch processing.
    case streamingIngestionBatchProcessing = "streaming_ingestion_batch_processing"
    /// Aggregates refreshed on their own intervals over a lakehouse table.
    case materializedViews = "materialized_views"
    /// A scheduled batch job; nothing streams.
    case batch

    /// "Hybrid lakehouse (medallion)", for reports.
    public var title: String {
        switch self {
        case .lambda: "Lambda"
        case .kappa: "Kappa"
        case .hybridLakehouse: "Hybrid lakehouse (medallion)"
        case .streamingIngestionBatchProcessing: "Streaming ingestion, batch processing"
        case .materializedViews: "Materialized views"
        case .batch: "Batch"
        }
    }
}
