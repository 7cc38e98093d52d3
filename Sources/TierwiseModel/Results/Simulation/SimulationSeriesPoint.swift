/// One point of the chart over simulated time.
public struct SimulationSeriesPoint: Sendable, Equatable {
    /// Start of the interval, simulated seconds.
    public var timeSeconds: Double
    /// Mean freshness of the events that arrived in the interval; nil when none did or the stage is unstable.
    public var meanLatencySeconds: Double?
    /// Events in the pipeline (all stages) at the interval's start.
    public var backlogEvents: Double

    /// Creates a `SimulationSeriesPoint` from its parts.
    public init(timeSeconds: Double, meanLatencySeconds: Double?, backlogEvents: Double) {
        self.timeSeconds = timeSeconds
        self.meanLatencySeconds = meanLatencySeconds
        self.backlogEvents = backlogEvents
    }
}
