/// A pipeline run live on the wall clock (`--clock wall`): the same open-loop
/// schedule in real time, real engine processing and real waiting, to compare
/// with the simulated figures. Not deterministic.
public struct WallClockCheck: Sendable, Equatable {
    /// Events per second offered live (the use case's rate, or scaled down).
    public var eventsPerSecond: Double
    /// How many events each live one stands for (1 when not scaled down); service times are multiplied by it.
    public var scale: Double
    /// Wall seconds run, warm-up included.
    public var seconds: Double
    /// Events run live.
    public var events: Int
    /// Measured latency, from each event's intended arrival on the wall clock to the end of its processing.
    public var latencySeconds: LatencySummary
    /// Why it did not run, when it did not (then every figure is empty).
    public var skippedReason: String?

    /// Creates a `WallClockCheck` from its parts.
    public init(eventsPerSecond: Double, scale: Double, seconds: Double, events: Int, latencySeconds: LatencySummary,
                skippedReason: String?) {
        self.eventsPerSecond = eventsPerSecond
        self.scale = scale
        self.seconds = seconds
        self.events = events
        self.latencySeconds = latencySeconds
        self.skippedReason = skippedReason
    }
}
