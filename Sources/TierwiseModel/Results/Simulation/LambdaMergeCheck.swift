/// Lambda's serving layer checked against a full recompute: the merged batch
/// and speed views compared, window by window, with a batch job over every
/// event, just before each batch-layer run and at the end.
public struct LambdaMergeCheck: Sendable, Equatable {
    /// Events fed through the topology.
    public var events: Int
    /// Batch-layer runs during the check.
    public var batchRuns: Int
    /// Comparisons made.
    public var comparisons: Int
    /// Window results of the full recompute at the last comparison.
    public var recomputedResults: Int
    /// The most results that differed at any comparison.
    public var mostMismatchedResults: Int
    /// Late events the speed layer dropped (the batch layer counts them at its next run).
    public var speedLayerLateEvents: Int

    /// Creates a `LambdaMergeCheck` from its parts.
    public init(events: Int, batchRuns: Int, comparisons: Int, recomputedResults: Int, mostMismatchedResults: Int, speedLayerLateEvents: Int) {
        self.events = events
        self.batchRuns = batchRuns
        self.comparisons = comparisons
        self.recomputedResults = recomputedResults
        self.mostMismatchedResults = mostMismatchedResults
        self.speedLayerLateEvents = speedLayerLateEvents
    }
}
