/// What one stage did in one run.
public struct StageResult: Sendable, Equatable {
    /// The stage's name.
    public var name: String
    /// Busy share of its cores (0 to 1; 1 when overloaded).
    public var utilization: Double
    /// Offered load over capacity, ρ = λ·E[S]/c (may exceed 1).
    public var offeredLoad: Double
    /// False when the stage cannot keep up (ρ ≥ 1): its latencies are nil.
    public var isStable: Bool
    /// Time from reaching the stage to leaving it (waiting, trigger wait, batch, commit).
    public var latencySeconds: LatencySummary
    /// Freshness at this stage: from an event's intended arrival to its result being visible here.
    public var freshnessSeconds: LatencySummary
    /// Largest number of events in the stage at the sampled instants.
    public var maxBacklogEvents: Double
    /// Mean number of events in the stage, sampled (Little's L).
    public var meanBacklogEvents: Double
    /// Events per second reaching the stage (λ).
    public var arrivalEventsPerSecond: Double
    /// Batches run (0 for continuous stages).
    public var batches: Int
    /// Whether consumers read it.
    public var isConsumed: Bool

    /// Creates a `StageResult` from its parts.
    public init(
        name: String, utilization: Double, offeredLoad: Double, isStable: Bool, latencySeconds: LatencySummary,
        freshnessSeconds: LatencySummary, maxBacklogEvents: Double, meanBacklogEvents: Double, arrivalEventsPerSecond: Double,
        batches: Int, isConsumed: Bool
    ) {
        self.name = name
        self.utilization = utilization
        self.offeredLoad = offeredLoad
        self.isStable = isStable
        self.latencySeconds = latencySeconds
        self.freshnessSeconds = freshnessSeconds
        self.maxBacklogEvents = maxBacklogEvents
        self.meanBacklogEvents = meanBacklogEvents
        self.arrivalEventsPerSecond = arrivalEventsPerSecond
        self.batches = batches
        self.isConsumed = isConsumed
    }

    /// Little's law for this stage: mean number in the stage over λ × mean time in it (1 when it
    /// holds); nil when λW is below 0.05 events, too few for the sampled number to resolve.
    public var littlesLawRatio: Double? {
        guard let mean = latencySeconds.mean, mean > 0, arrivalEventsPerSecond * mean >= 0.05 else { return nil }
        return meanBacklogEvents / (arrivalEventsPerSecond * mean)
    }
}
