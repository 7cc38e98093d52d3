import TierwiseEngine
import TierwiseModel

/// Exactly-once under crashes, checked on the engine's real output: the same
/// events are appended to a log and processed twice, once without
/// interruption and once crashing at seeded points. After each crash the
/// operator's memory is thrown away, the last checkpoint is restored and the
/// log is replayed from the checkpoint's offset into an idempotent (upsert)
/// sink that survived the crash. Every window's count and sum must match.
enum CrashRecoveryCheck {
    /// Runs the check on the first `eventCount` events of `workload` with `crashes` crashes,
    /// checkpointing every `checkpointEvery` events. `skipsRestore` is a fault the tests inject
    /// (replay from the checkpoint's offset into an empty operator) to show the check catches lost events.
    static func run(
        workload: WorkloadSpec, pipeline: PipelineSpec, seed: UInt64, eventCount: Int = 50_000, crashes: Int = 3,
        checkpointEvery: Int = 5_000, skipsRestore: Bool = false
    ) throws -> CrashCheckResult {
        let windowMillis = max(Int64((pipeline.windowSeconds * 1_000).rounded()), 1)
        let boundMillis = Int64((pipeline.outOfOrdernessBoundSeconds * 1_000).rounded())
        let latenessMillis = Int64((pipeline.allowedLatenessSeconds * 1_000).rounded())
        let ttlMillis = Int64((pipeline.deduplicationTTLSeconds * 1_000).rounded())
        func makeOperator() throws -> WindowOperator<TumblingWindows> {
            var op = try WindowOperator(
                assigner: TumblingWindows(sizeMillis: windowMillis), mode: .streaming(outOfOrdernessMillis: boundMillis),
                allowedLatenessMillis: latenessMillis, deduplicationTTLMillis: ttlMillis)
            op.retainsLateEvents = false
            return op
        }
        // The events: the workload's own schedule (at least 1 event/s so a small use case still fills the log).
        let rate = max(workload.eventsPerSecond, 1)
        let lateLag = pipeline.outOfOrdernessBoundSeconds + pipeline.windowSeconds + pipeline.allowedLatenessSeconds + 1
        var generator = WorkloadGenerator(
            workload: workload, arrival: workload.arrival == .constant ? .constant : .poisson, rate: rate,
            horizonSeconds: Double(eventCount) / rate * 4 + 1, lateLagSeconds: lateLag, seed: seed ^ 0xC0A5)
        var log = InMemoryEventLog()
        var arrivals: [Double] = [], lags: [Double] = [], events: [Event] = []
        while log.endOffset < Int64(eventCount),
              generator.fill(arrivals: &arrivals, lags: &lags, events: &events, maximum: min(4_096, eventCount - Int(log.endOffset))) {
            for event in events { _ = try log.append(event) }
            arrivals.removeAll(keepingCapacity: true)
            lags.removeAll(keepingCapacity: true)
            events.removeAll(keepingCapacity: true)
        }
        let total = Int(log.endOffset)

        var reference = try makeOperator()
        try log.replay(from: 0) { _, event in reference.process(event) }
        reference.finish()
        let expected = reference.sink.rows

        // Crash points: seeded, distinct, in order.
        var random = SplitMix64(seed: seed ^ 0xDEAD)
        var points = Set<Int>()
        while points.count < min(crashes, max(total - 1, 0)) {
            points.insert(1 + Int(truncatingIfNeeded: (random.next() >> 33) % UInt64(max(total - 1, 1))))
        }
        let crashPoints = points.sorted()

        var external = UpsertSink()
        var op = try makeOperator()
        var checkpoint = op.checkpoint(logOffset: 0)
        var offset = 0
        var nextCrash = 0
        while offset < total {
            var crashed = false
            try log.replay(from: Int64(offset)) { position, event in
                guard !crashed else { return }
                let index = Int(position)
                if nextCrash < crashPoints.count && index == crashPoints[nextCrash] {
                    crashed = true
                    return
                }
                op.process(event)
                offset = index + 1
                if offset % checkpointEvery == 0 {
                    // What the sink already has stays there; the checkpoint is durable.
                    for (row, aggregate) in op.sink.rows { external.upsert(key: row.key, window: row.window, aggregate: aggregate) }
                    checkpoint = op.checkpoint(logOffset: Int64(offset))
                }
            }
            if crashed {
                // The results fired before the crash reached the sink; everything else in memory is lost.
                for (row, aggregate) in op.sink.rows { external.upsert(key: row.key, window: row.window, aggregate: aggregate) }
                nextCrash += 1
                op = try makeOperator()
                if !skipsRestore { try op.restore(checkpoint) }
                offset = Int(checkpoint.logOffset)
            }
        }
        op.finish()
        for (row, aggregate) in op.sink.rows { external.upsert(key: row.key, window: row.window, aggregate: aggregate) }

        var mismatched = 0
        for (row, aggregate) in expected {
            guard let found = external.rows[row], found.count == aggregate.count, found.sum == aggregate.sum else {
                mismatched += 1
                continue
            }
        }
        mismatched += external.rows.keys.filter { expected[$0] == nil }.count
        return CrashCheckResult(crashes: crashPoints.count, events: total, expectedResults: expected.count,
                                mismatchedResults: mismatched)
    }
}
