/// How heavy the transformation is; the decision matrix's "processing complexity"
/// factor (simple transformations favor real time, complex joins and ML favor batch).
public enum ProcessingComplexity: String, CaseIterable, Sendable {
    /// Filters, projections, simple per-event rules.
    case simple
    /// Windowed aggregations, light enrichment.
    case moderate
    /// Large joins, ML feature pipelines, multi-stage transformations.
    case complex
}
