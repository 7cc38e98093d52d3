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
        var chunk: [Event] = []
        chunk.reserveCapacity(BatchPipeline.chunkEvents)
        for event in events {
            chunk.append(event)
            if chunk.count == BatchPipeline.chunkEvents {
                windowOperator.process(chunk: &chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        windowOperator.process(chunk: &chunk)
        windowOperator.finish()
        return windowOperator.sink.sortedResults
    }

    /// Feeds every event of `source` through `windowOperator`, one core, and
    /// finishes it. ``BatchPipeline/run(_:through:)`` gives the same results on two.
    ///
    /// The source is an existential, read once per chunk, so this function is
    /// generic over the assigner alone and callers in any module reach its
    /// specializations for the built-in assigners.
    @_specialize(exported: true, where Assigner == TumblingWindows)
    @_specialize(exported: true, where Assigner == SlidingWindows)
    public static func run<Assigner: WindowAssigner>(
        _ source: any EventBatchSource, through windowOperator: inout WindowOperator<Assigner>
    ) throws {
        var source = source
        var chunk: [Event] = []
        chunk.reserveCapacity(BatchPipeline.chunkEvents)
        while try source.read(into: &chunk, maximum: BatchPipeline.chunkEvents) {
            windowOperator.process(chunk: &chunk)
            chunk.removeAll(keepingCapacity: true)
        }
        windowOperator.finish()
    }
}
