import TierwiseEngine
import TierwiseModel

/// Feeds the workload's events through the engine's ``LambdaTopology`` (master
/// log, batch layer, speed layer, serving merge) and compares the merged view
/// with a full recompute over every event so far, just before each batch-layer
/// run and at the end. Processing time is the events' arrival time; the batch
/// layer runs four times over the sample, every fifth of its span (its daily interval scaled to the
/// sample's span, which a short sample could not otherwise reach).
enum LambdaMergeChecker {
    static func run(workload: WorkloadSpec, pipeline: PipelineSpec, seed: UInt64, eventCount: Int = 20_000) throws -> LambdaMergeCheck {
        let rate = max(workload.eventsPerSecond, 1)
        let span = Double(eventCount) / rate
        let lateLag = pipeline.outOfOrdernessBoundSeconds + pipeline.windowSeconds + pipeline.allowedLatenessSeconds + 1
        var generator = WorkloadGenerator(
            workload: workload, arrival: workload.arrival == .constant ? .constant : .poisson, rate: rate,
            horizonSeconds: span * 4 + 1, lateLagSeconds: lateLag, seed: seed ^ 0x1A3B)
        var schedule: [(arrival: Double, event: Event)] = []
        _ = generator.generate(maximum: eventCount) { arrival, _, event in schedule.append((arrival, event)) }
        let assigner = try TumblingWindows(sizeMillis: max(Int64((pipeline.windowSeconds * 1_000).rounded()), 1))
        let clock = SimulatedClock()
        let intervalMillis = max(Int64((span / 5 * 1_000).rounded()), 1)
        var lambda = try LambdaTopology(
            assigner: assigner, outOfOrdernessMillis: Int64((pipeline.outOfOrdernessBoundSeconds * 1_000).rounded()),
            batchIntervalMillis: intervalMillis, clock: clock)
        var seen = Set<UInt64>()
        var unique: [Event] = []
        var comparisons = 0, worst = 0, recomputed = 0, late = 0
        func compare() {
            let full = BatchJob.run(unique, assigner: assigner)
            var expected: [UpsertSink.RowKey: Aggregate] = [:]
            for result in full { expected[UpsertSink.RowKey(key: result.key, window: result.window)] = result.aggregate }
            var mismatched = 0
            var served = Set<UpsertSink.RowKey>()
            for result in lambda.servingView {
                let row = UpsertSink.RowKey(key: result.key, window: result.window)
                served.insert(row)
                guard let want = expected[row], want.count == result.aggregate.count,
                      abs(want.sum - result.aggregate.sum) <= 1e-9 * max(1, abs(want.sum)) else {
                    mismatched += 1
                    continue
                }
            }
            mismatched += expected.keys.filter { !served.contains($0) }.count
            comparisons += 1
            worst = max(worst, mismatched)
            recomputed = full.count
        }
        var lastMillis: Int64 = 0
        for (arrival, event) in schedule {
            let now = Int64((arrival * 1_000).rounded(.down))
            if now > lastMillis {
                clock.advance(byMillis: now - lastMillis)
                lastMillis = now
            }
            if lambda.batchRuns < 4, clock.nowMillis >= Int64(lambda.batchRuns + 1) * intervalMillis {
                compare()
                lambda.runBatchLayer()
            }
            let before = lambda.speedLayer.lateEventCount
            lambda.ingest(event)
            late += lambda.speedLayer.lateEventCount - before
            if seen.insert(event.id).inserted { unique.append(event) }
        }
        compare()
        return LambdaMergeCheck(events: schedule.count, batchRuns: lambda.batchRuns, comparisons: comparisons,
                                recomputedResults: recomputed, mostMismatchedResults: worst, speedLayerLateEvents: late)
    }
}
