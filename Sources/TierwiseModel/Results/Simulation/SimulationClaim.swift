/// One claim about a pipeline and whether it holds.
public struct SimulationClaim: Sendable, Equatable {
    /// Whether a claim holds.
    public enum Verdict: String, Sendable, CaseIterable {
        /// It holds, with margin.
        case pass
        /// It does not hold.
        case fail
        /// It holds on average but not at peak, or only within the confidence interval's width.
        case atRisk = "at_risk"
    }

    /// What is claimed ("latency p99 at peak").
    public var claim: String
    /// The target, in words ("≤ 100 ms").
    public var target: String
    /// The measured figure, in words ("10.2 s"); "unstable" when there is none.
    public var measured: String
    /// The verdict.
    public var verdict: Verdict
    /// One sentence a decision maker can read.
    public var reason: String

    /// Creates a `SimulationClaim` from its parts.
    public init(claim: String, target: String, measured: String, verdict: Verdict, reason: String) {
        self.claim = claim
        self.target = target
        self.measured = measured
        self.verdict = verdict
        self.reason = reason
    }
}
