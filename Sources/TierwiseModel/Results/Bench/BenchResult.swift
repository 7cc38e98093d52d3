/// Events per second of each stage, and the process's peak resident memory.
public struct BenchResult: Sendable, Equatable {
    /// Events generated.
    public var events: Int
    /// Distinct keys.
    public var keys: Int
    /// Durable log appends per second (fsync at the end).
    public var logAppendEventsPerSecond: Double
    /// Durable log replay, events per second, checksums verified.
    public var logReplayEventsPerSecond: Double
    /// Streaming tumbling-window aggregation, events per second.
    public var streamingWindowEventsPerSecond: Double
    /// The same aggregation as a batch over the generated events, on both
    /// cores (the engine's two-core batch pipeline), events per second.
    public var batchRecomputeEventsPerSecond: Double
    /// The same batch on one core (the engine's one-core batch job), events per second.
    public var batchOneCoreEventsPerSecond: Double
    /// The same batch on both cores reading the durable log (checksums verified), events per second.
    public var batchDurableLogEventsPerSecond: Double
    /// Peak resident memory of the whole run, bytes.
    public var peakRSSBytes: Int
    /// Peak resident memory during the streaming stage alone (0 where it cannot be isolated).
    public var streamingPeakRSSBytes: Int
    /// Windows the streaming and batch runs produced (they must agree).
    public var windowCount: Int

    /// Creates a `BenchResult` from its parts.
    public init(
        events: Int, keys: Int, logAppendEventsPerSecond: Double, logReplayEventsPerSecond: Double, streamingWindowEventsPerSecond: Double, batchRecomputeEventsPerSecond: Double, batchOneCoreEventsPerSecond: Double, batchDurableLogEventsPerSecond: Double, peakRSSBytes: Int, streamingPeakRSSBytes: Int, windowCount: Int
    ) {
        self.events = events
        self.keys = keys
        self.logAppendEventsPerSecond = logAppendEventsPerSecond
        self.logReplayEventsPerSecond = logReplayEventsPerSecond
        self.streamingWindowEventsPerSecond = streamingWindowEventsPerSecond
        self.batchRecomputeEventsPerSecond = batchRecomputeEventsPerSecond
        self.batchOneCoreEventsPerSecond = batchOneCoreEventsPerSecond
        self.batchDurableLogEventsPerSecond = batchDurableLogEventsPerSecond
        self.peakRSSBytes = peakRSSBytes
        self.streamingPeakRSSBytes = streamingPeakRSSBytes
        self.windowCount = windowCount
    }
}
