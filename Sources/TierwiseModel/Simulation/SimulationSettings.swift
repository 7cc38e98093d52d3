/// How long and how to simulate: the command line's options.
public struct SimulationSettings: Sendable, Equatable {
    /// Simulated seconds per run; nil: each scenario's own, else the mapping's default.
    public var durationSeconds: Double?
    /// Warm-up seconds discarded from the figures; nil: a tenth of the duration.
    public var warmupSeconds: Double?
    /// The seed of every random draw.
    public var seed: UInt64
    /// Independent runs (seeds seed, seed+1, …) for confidence intervals.
    public var replications: Int
    /// Events one run simulates at most; above it a sample stands for the rest (said in the report).
    public var maximumEventsPerRun: Int
    /// Whether each scenario also runs live on the wall clock (`--clock wall`) after its simulation.
    public var runsLive = false

    /// Creates a `SimulationSettings` from its parts.
    public init(
        durationSeconds: Double? = nil, warmupSeconds: Double? = nil, seed: UInt64 = 42, replications: Int = 1,
        maximumEventsPerRun: Int = 2_000_000
    ) {
        self.durationSeconds = durationSeconds
        self.warmupSeconds = warmupSeconds
        self.seed = seed
        self.replications = replications
        self.maximumEventsPerRun = maximumEventsPerRun
    }
}
