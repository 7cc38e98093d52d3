/// Events of one run, as the engine counted them (scaled when a sample was simulated).
public struct SimulationEventCounts: Sendable, Equatable {
    /// Events the workload generated, duplicates and late ones included.
    public var generated: Double
    /// Events whose results became visible.
    public var processed: Double
    /// Events the engine dropped as late (every window they belong to was purged).
    public var late: Double
    /// Repeated ids the engine's deduplication dropped.
    public var duplicatesDropped: Double
    /// Window results the engine fired.
    public var windowResults: Double

    /// Creates a `SimulationEventCounts` from its parts.
    public init(generated: Double, processed: Double, late: Double, duplicatesDropped: Double, windowResults: Double) {
        self.generated = generated
        self.processed = processed
        self.late = late
        self.duplicatesDropped = duplicatesDropped
        self.windowResults = windowResults
    }
}
