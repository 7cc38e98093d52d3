/// Everything `tierwise simulate` reports: one result per use case or scenario.
public struct SimulationReport: Sendable, Equatable {
    /// The catalog's or scenario file's name, if it has one.
    public var sourceName: String?
    /// The results, in catalog order.
    public var simulations: [SimulationResult]
    /// The calibration every service time came from.
    public var calibration: SimulationCalibration
    /// The seed.
    public var seed: UInt64
    /// Replications per run.
    public var replications: Int
    /// Wall-clock seconds of the whole simulation (not deterministic).
    public var wallSeconds: Double

    /// Creates a `SimulationReport` from its parts.
    public init(
        sourceName: String?, simulations: [SimulationResult], calibration: SimulationCalibration, seed: UInt64, replications: Int,
        wallSeconds: Double
    ) {
        self.sourceName = sourceName
        self.simulations = simulations
        self.calibration = calibration
        self.seed = seed
        self.replications = replications
        self.wallSeconds = wallSeconds
    }
}
