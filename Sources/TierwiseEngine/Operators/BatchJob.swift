/// The batch side of the engine: the same ``WindowOperator`` over a bounded
/// collection of events, with exact deduplication and nothing late.
public enum BatchJob {
    /// Aggregates `events` into the windows of `assigner`; results sorted by (window start, key).
    @_specialize(exported: true, where Assigner == TumblingWindows, Events == [Event])
    @_specialize(exported: true, where Assigner == SlidingWindows, Events == [Event])
    public static func run<Assigner: WindowAssigner, Events: Sequence<Event>>(
        _ events: Events, assigner: Assigner
    ) -> [WindowResult] {
        // Batch mode with no TTL and no lateness cannot fail to configure.
        var windowOperator = try! WindowOperator(assigner: assigner, mode: .batch)
        for event in events { windowOperator.process(event) }
        windowOperator.finish()
        return windowOperator.sink.sortedResults
    }
}
