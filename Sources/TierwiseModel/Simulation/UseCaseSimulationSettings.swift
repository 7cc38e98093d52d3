/// What a catalog's use case says about its own simulation: its optional
/// `workload` and `architecture` objects (docs/simulator.md, "Catalog overrides").
/// Nil fields keep the simulator's documented defaults.
public struct UseCaseSimulationSettings: Sendable, Equatable {
    /// The workload, the use case's rate and peak included (nil: the defaults at its rate).
    public var workload: WorkloadSpec?
    /// Cores of the continuous stages (nil: what the mean rate needs at 70%).
    public var parallelism: Int?
    /// Checkpoint interval of continuous stages, seconds (nil: 1 s when exactly-once is required, else none).
    public var commitIntervalSeconds: Double?
    /// An explicit pipeline replacing the recommended one (its `stages` and engine settings).
    public var pipeline: PipelineSpec?

    /// Creates a `UseCaseSimulationSettings` from its parts.
    public init(workload: WorkloadSpec? = nil, parallelism: Int? = nil, commitIntervalSeconds: Double? = nil, pipeline: PipelineSpec? = nil) {
        self.workload = workload
        self.parallelism = parallelism
        self.commitIntervalSeconds = commitIntervalSeconds
        self.pipeline = pipeline
    }
}
