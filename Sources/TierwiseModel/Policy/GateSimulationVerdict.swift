/// A use case's simulation verdict handed to the gate (`check` with a
/// `simulation_verdict` rule runs the simulator and passes these in).
public struct GateSimulationVerdict: Sendable, Equatable {
    /// "pass", "at_risk" or "fail".
    public var verdict: String
    /// The first failing (or at-risk) claim's reason, for the finding's sentence.
    public var reason: String

    /// Creates a `GateSimulationVerdict` from its parts.
    public init(verdict: String, reason: String) {
        self.verdict = verdict
        self.reason = reason
    }
}
