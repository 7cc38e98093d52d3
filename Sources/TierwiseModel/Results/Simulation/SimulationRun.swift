/// One run of a pipeline at one load (the mean, or the peak).
public struct SimulationRun: Sendable, Equatable {
    /// "average" or "peak".
    public var load: String
    /// Events per second offered (the schedule's mean over the run).
    public var offeredEventsPerSecond: Double
    /// Events per second whose results became visible.
    public var processedEventsPerSecond: Double
    /// Freshness at the consumed stage checked by the latency claim (the first consumed stage).
    public var latencySeconds: LatencySummary
    /// Freshness measured from event time instead of arrival (includes the event's own lag).
    public var eventTimeLatencySeconds: LatencySummary
    /// Every stage.
    public var stages: [StageResult]
    /// The engine's counts.
    public var events: SimulationEventCounts
    /// 1 when every event was simulated; else how many events each simulated one stands for.
    public var sampleScale: Double
    /// Latency and backlog over simulated time (for the chart).
    public var series: [SimulationSeriesPoint]
    /// Wall-clock seconds the run took (not deterministic; JSON keeps it apart).
    public var wallSeconds: Double
    /// Half-width of the 95% confidence interval of the mean latency over replications; nil with one.
    public var meanConfidenceHalfWidthSeconds: Double? = nil
    /// Half-width of the 95% confidence interval of the p99 latency over replications; nil with one.
    public var p99ConfidenceHalfWidthSeconds: Double? = nil
    /// Replications behind the mean and p99 (their averages when more than one).
    public var replications: Int = 1

    /// Creates a `SimulationRun` from its parts.
    public init(
        load: String, offeredEventsPerSecond: Double, processedEventsPerSecond: Double, latencySeconds: LatencySummary,
        eventTimeLatencySeconds: LatencySummary, stages: [StageResult], events: SimulationEventCounts, sampleScale: Double,
        series: [SimulationSeriesPoint], wallSeconds: Double
    ) {
        self.load = load
        self.offeredEventsPerSecond = offeredEventsPerSecond
        self.processedEventsPerSecond = processedEventsPerSecond
        self.latencySeconds = latencySeconds
        self.eventTimeLatencySeconds = eventTimeLatencySeconds
        self.stages = stages
        self.events = events
        self.sampleScale = sampleScale
        self.series = series
        self.wallSeconds = wallSeconds
    }

    /// True when every stage keeps up.
    public var isStable: Bool { stages.allSatisfy(\.isStable) }
}
