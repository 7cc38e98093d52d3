/// One thing to simulate: a named workload through a pipeline, with its targets.
/// A use case becomes one through the architecture mapping; a scenario file is one.
public struct SimulationScenario: Sendable, Equatable {
    /// The use case's or the scenario's name.
    public var name: String
    /// The generated load.
    public var workload: WorkloadSpec
    /// The pipeline.
    public var pipeline: PipelineSpec
    /// What is claimed.
    public var targets: SimulationTargets
    /// Simulated seconds, when the scenario fixes it (command-line options win).
    public var durationSeconds: Double?
    /// Warm-up seconds discarded, when the scenario fixes it.
    public var warmupSeconds: Double?

    /// Creates a `SimulationScenario` from its parts.
    public init(
        name: String, workload: WorkloadSpec, pipeline: PipelineSpec, targets: SimulationTargets,
        durationSeconds: Double? = nil, warmupSeconds: Double? = nil
    ) {
        self.name = name
        self.workload = workload
        self.pipeline = pipeline
        self.targets = targets
        self.durationSeconds = durationSeconds
        self.warmupSeconds = warmupSeconds
    }
}
