/// A pipeline to simulate: its stages and the engine settings its events go through.
public struct PipelineSpec: Sendable, Equatable {
    /// The architecture pattern's raw name ("hybrid_lakehouse"), or "custom".
    public var pattern: String
    /// The processing approach's raw name ("real_time"), or "custom".
    public var approach: String
    /// The stages, each after the stage it reads (``StageSpec/input``).
    public var stages: [StageSpec]
    /// The stage whose freshness the latency claim checks; nil: the first consumed stage.
    public var servingStage: String?
    /// The engine's tumbling window, seconds.
    public var windowSeconds: Double
    /// The watermark's out-of-orderness bound, seconds.
    public var outOfOrdernessBoundSeconds: Double
    /// How long fired windows accept updates, seconds.
    public var allowedLatenessSeconds: Double
    /// How long ids are remembered for deduplication, seconds of event time.
    public var deduplicationTTLSeconds: Double
    /// Lines saying where each default came from (for reports).
    public var notes: [String]

    /// The index of the stage the latency claim checks.
    public var servingStageIndex: Int {
        if let servingStage, let index = stages.firstIndex(where: { $0.name == servingStage }) { return index }
        return stages.firstIndex(where: \.isConsumed) ?? max(stages.count - 1, 0)
    }

    /// Creates a `PipelineSpec` from its parts.
    public init(
        pattern: String, approach: String, stages: [StageSpec], servingStage: String? = nil, windowSeconds: Double = 60,
        outOfOrdernessBoundSeconds: Double = 5, allowedLatenessSeconds: Double = 0, deduplicationTTLSeconds: Double = 600,
        notes: [String] = []
    ) {
        self.pattern = pattern
        self.approach = approach
        self.stages = stages
        self.servingStage = servingStage
        self.windowSeconds = windowSeconds
        self.outOfOrdernessBoundSeconds = outOfOrdernessBoundSeconds
        self.allowedLatenessSeconds = allowedLatenessSeconds
        self.deduplicationTTLSeconds = deduplicationTTLSeconds
        self.notes = notes
    }
}
