/// What a simulated pipeline promises, checked as claims.
public struct SimulationTargets: Sendable, Equatable {
    /// The p99 freshness the consumers are promised, seconds; nil: no latency claim.
    public var latencyP99Seconds: Double?
    /// The tier the bound comes from, for reasons ("real_time"); nil for scenarios.
    public var tier: String?
    /// Whether exactly-once under a crash is claimed.
    public var requiresExactlyOnce: Bool
    /// The largest share of events dropped as late that is acceptable (0 to 1).
    public var maximumLateShare: Double
    /// Cores assumed for the pipeline's busiest stage at peak; nil: none assumed.
    public var assumedCores: Int?

    /// Creates a `SimulationTargets` from its parts.
    public init(
        latencyP99Seconds: Double?, tier: String? = nil, requiresExactlyOnce: Bool = false, maximumLateShare: Double = 0.01,
        assumedCores: Int? = nil
    ) {
        self.latencyP99Seconds = latencyP99Seconds
        self.tier = tier
        self.requiresExactlyOnce = requiresExactlyOnce
        self.maximumLateShare = maximumLateShare
        self.assumedCores = assumedCores
    }
}
