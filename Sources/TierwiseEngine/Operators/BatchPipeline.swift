import Foundation

/// A batch run on two cores without changing a single bit of its results: a
/// two-stage pipeline. A producer thread reads the source and deduplicates
/// (with the operator's own ``Deduplicator`` and batch expiry rule); the
/// calling thread windows and aggregates the surviving events. Every event
/// meets the same state in the same order as in ``WindowOperator/process(_:)``,
/// so sums, counts, duplicates and window contents are identical to a
/// sequential run; only the work is split.
public enum BatchPipeline {
    /// Events per chunk handed between the stages (256 KiB: both stages' working sets stay in cache).
    public static let chunkEvents = 8_192
    /// Full chunks that may wait between the stages.
    static let chunksInFlight = 4

    /// Feeds every event of `source` through `windowOperator` (which must be
    /// in batch mode) and finishes it. Counters (`eventsSeen`,
    /// `duplicatesDropped`) and the deduplicator's memory end as they would
    /// after processing the events one by one. Rethrows the source's error,
    /// after which the operator holds the events read before it, unfinished.
    ///
    /// The source is an existential, read once per chunk, so this function is
    /// generic over the assigner alone and callers in any module reach its
    /// specializations for the built-in assigners.
    @_specialize(exported: true, where Assigner == TumblingWindows)
    @_specialize(exported: true, where Assigner == SlidingWindows)
    public static func run<Assigner: WindowAssigner>(
        _ source: any EventBatchSource & Sendable, through windowOperator: inout WindowOperator<Assigner>
    ) throws {
        precondition(windowOperator.mode == .batch, "a batch pipeline runs an operator in batch mode")
        let handoff = ChunkHandoff<[Event]>(capacity: chunksInFlight)
        let producer = Producer(source: source, deduplicator: windowOperator.time.deduplicator, latest: windowOperator.time.watermarks)
        // Two processors allowed: keep this thread on one and the producer on the other
        // for the run (ThreadPlacement explains why); the caller's affinity comes back after.
        let callerMask = ThreadPlacement.currentMask()
        let allowed = callerMask.map(ThreadPlacement.cpus(in:)) ?? []
        var producerCPU: Int?
        if allowed.count >= 2, let here = ThreadPlacement.currentCPU(), allowed.contains(here),
           ThreadPlacement.restrictCurrentThread(to: ThreadPlacement.mask(of: here)) {
            producerCPU = allowed.first { $0 != here }
        }
        defer { if producerCPU != nil, let callerMask { ThreadPlacement.restrictCurrentThread(to: callerMask) } }
        let thread = Thread { [producerCPU] in
            if let producerCPU { ThreadPlacement.restrictCurrentThread(to: ThreadPlacement.mask(of: producerCPU)) }
            producer.run(into: handoff)
        }
        thread.start()
        while let chunk = handoff.take() {
            windowOperator.window(chunk)
            handoff.recycle(chunk)
        }
        // take() returned nil: the producer has finished and published its state under the lock.
        let outcome = producer.outcome
        windowOperator.time.deduplicator = outcome.deduplicator
        windowOperator.time.watermarks = outcome.latest
        windowOperator.time.eventsSeen += outcome.eventsRead
        windowOperator.time.duplicatesDropped += outcome.duplicates
        if let error = handoff.producerError { throw error }
        windowOperator.finish()
    }

    /// The first stage: reads chunks and keeps each event seen for the first time.
    /// Its fields are touched by the producer thread until ``ChunkHandoff/finish(throwing:)``,
    /// by the consumer only after ``ChunkHandoff/take()`` has returned nil.
    private final class Producer: @unchecked Sendable {
        struct Outcome {
            var deduplicator: Deduplicator
            var latest: BoundedOutOfOrdernessWatermarks
            var eventsRead = 0
            var duplicates = 0
        }

        private var source: any EventBatchSource & Sendable
        private(set) var outcome: Outcome

        init(source: any EventBatchSource & Sendable, deduplicator: Deduplicator, latest: BoundedOutOfOrdernessWatermarks) {
            self.source = source
            outcome = Outcome(deduplicator: deduplicator, latest: latest)
        }

        /// Static, over `inout` state: one access to the class's storage per chunk, not per event.
        private static func removeDuplicates(from chunk: inout [Event], state: inout Outcome) {
            state.eventsRead += chunk.count
            state.duplicates += state.deduplicator.removeDuplicates(from: &chunk, latest: &state.latest)
        }

        func run(into handoff: ChunkHandoff<[Event]>) {
            do {
                var chunk = handoff.emptyChunk(reserving: BatchPipeline.chunkEvents)
                while try source.read(into: &chunk, maximum: BatchPipeline.chunkEvents) {
                    Self.removeDuplicates(from: &chunk, state: &outcome)
                    if chunk.isEmpty { continue }
                    handoff.put(chunk)
                    chunk = handoff.emptyChunk(reserving: BatchPipeline.chunkEvents)
                }
                handoff.finish()
            } catch {
                handoff.finish(throwing: error)
            }
        }

    }
}
