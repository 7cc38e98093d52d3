import Foundation
import TierwiseEngine
import TierwiseModel

/// One run of a pipeline in simulated time: the workload's events go through
/// the engine's window operator (deduplication, tumbling windows, the
/// bounded-out-of-orderness watermark, late-event detection) in arrival order,
/// and every event the engine keeps goes through the stages, which say when
/// its result is visible.
///
/// The engine decides, event by event, what is a duplicate (dropped: it makes
/// no new result) and what is late (dropped: it never becomes visible), so the
/// counts are the engine's, not the generator's intentions.
struct PipelineRunner {
    /// Events generated and pushed through per step.
    static let chunkSize = 16_384

    let scenario: SimulationScenario
    let horizonSeconds: Double
    let warmupSeconds: Double
    let seed: UInt64
    let maximumEvents: Int

    /// Runs at the workload's own shape and mean rate (`atPeak` false) or at
    /// the sustained peak rate (`atPeak` true: Poisson, or constant for a constant workload).
    func run(atPeak: Bool, progress: (Double, Int) -> Void = { _, _ in }) throws(EngineError) -> SimulationRun {
        let clock = ContinuousClock()
        let started = clock.now
        let workload = scenario.workload
        let pipeline = scenario.pipeline
        let multiplier = atPeak ? max(workload.peakMultiplier, 1) : 1
        let rate = workload.eventsPerSecond * multiplier
        let arrival: ArrivalProcess = atPeak ? (workload.arrival == .constant ? .constant : .poisson) : workload.arrival
        let expected = rate * horizonSeconds
        let scale = expected > Double(maximumEvents) && maximumEvents > 0 ? expected / Double(maximumEvents) : 1

        // Engine settings in milliseconds, each within the engine's limits (checked where specs are made).
        let windowMillis = max(Int64((pipeline.windowSeconds * 1_000).rounded()), 1)
        let boundMillis = Int64((pipeline.outOfOrdernessBoundSeconds * 1_000).rounded())
        let latenessMillis = Int64((pipeline.allowedLatenessSeconds * 1_000).rounded())
        let ttlMillis = Int64((pipeline.deduplicationTTLSeconds * 1_000).rounded())
        var engine = try WindowOperator(
            assigner: TumblingWindows(sizeMillis: windowMillis), mode: .streaming(outOfOrdernessMillis: boundMillis),
            allowedLatenessMillis: latenessMillis, deduplicationTTLMillis: ttlMillis)
        engine.retainsResults = false
        engine.retainsLateEvents = false

        let lateLag = pipeline.outOfOrdernessBoundSeconds + pipeline.windowSeconds + pipeline.allowedLatenessSeconds + 1
        var generator = WorkloadGenerator(
            workload: workload, arrival: arrival, rate: rate / scale, horizonSeconds: horizonSeconds, lateLagSeconds: lateLag,
            seed: seed &+ (atPeak ? 0x9E37 : 0))

        let specs = pipeline.stages
        var stages = specs.enumerated().map { index, spec in
            StageSimulator(spec: spec, warmupSeconds: warmupSeconds, horizonSeconds: horizonSeconds,
                           seed: seed &+ UInt64(index + 1) &* 0xA24B_AED4_963E_E407, sampledRate: scale > 1 ? rate : nil)
        }
        let roots = specs.indices.filter { specs[$0].input == nil }
        let children: [[Int]] = specs.indices.map { parent in
            specs.indices.filter { specs[$0].input == specs[parent].name }
        }
        for index in stages.indices {
            stages[index].hasReaders = !children[index].isEmpty
            stages[index].tracksEventTime = index == pipeline.servingStageIndex
        }
        var scratch: [Cohort] = []

        func propagate() {
            for index in stages.indices where !stages[index].output.isEmpty {
                swap(&scratch, &stages[index].output)
                for child in children[index] {
                    for cohort in scratch { stages[child].accept(cohort) }
                }
                scratch.removeAll(keepingCapacity: true)
            }
        }

        var lastReport = clock.now
        var generated = 0
        if expected / scale >= Double(Self.twoThreadMinimumEvents) && ProcessInfo.processInfo.activeProcessorCount >= 2 {
            // Two threads: this one runs the stages while the producer generates and runs the engine.
            let handoff = ChunkHandoff<[Cohort]>(capacity: 4)
            let producer = Producer(generator: generator, engine: engine, scale: scale)
            let thread = Thread { producer.run(into: handoff) }
            thread.start()
            while let chunk = handoff.take() {
                for cohort in chunk { for root in roots { stages[root].accept(cohort) } }
                propagate()
                if let last = chunk.last, clock.now - lastReport > .seconds(1) {
                    lastReport = clock.now
                    progress(last.origin, Int(last.origin * rate / scale))
                }
            }
            // take() returned nil: the producer has finished and published its state under the lock.
            engine = producer.engine
            generated = producer.generator.generated
        } else {
            var chunk: [Cohort] = []
            chunk.reserveCapacity(Self.chunkSize)
            while generator.generate(maximum: Self.chunkSize, { arrival, lag, event in
                let late = engine.lateEventCount, duplicates = engine.duplicatesDropped
                engine.process(event)
                guard engine.lateEventCount == late, engine.duplicatesDropped == duplicates else { return }
                chunk.append(Cohort(origin: arrival, arrival: arrival, weight: scale, lag: lag))
            }) {
                for cohort in chunk { for root in roots { stages[root].accept(cohort) } }
                propagate()
                if let last = chunk.last, clock.now - lastReport > .seconds(1) {
                    lastReport = clock.now
                    progress(last.origin, generator.generated)
                }
                chunk.removeAll(keepingCapacity: true)
            }
            generated = generator.generated
        }
        for index in stages.indices {
            stages[index].finish()
            propagate()
        }
        engine.finish()

        return summarize(
            stages: stages, engine: engine, generated: generated, scale: scale, atPeak: atPeak,
            wallSeconds: Self.seconds(clock.now - started))
    }

    private func summarize(
        stages: [StageSimulator], engine: WindowOperator<TumblingWindows>, generated: Int, scale: Double, atPeak: Bool,
        wallSeconds: Double
    ) -> SimulationRun {
        let measuredSpan = max(horizonSeconds - warmupSeconds, 1e-9)
        let serving = scenario.pipeline.servingStageIndex
        var results: [StageResult] = []
        var stable = true
        for stage in stages {
            let load = stage.offeredLoad
            stable = stable && load < 1
            let backlog = stage.backlog.meanAndMaximum(after: warmupSeconds)
            results.append(StageResult(
                name: stage.spec.name, utilization: stage.utilization, offeredLoad: load, isStable: load < 1,
                latencySeconds: stage.stageLatency.summary(isStable: load < 1),
                freshnessSeconds: LatencySummary.unavailable, maxBacklogEvents: backlog.maximum, meanBacklogEvents: backlog.mean,
                arrivalEventsPerSecond: stage.stageLatency.total / measuredSpan, batches: stage.batches,
                isConsumed: stage.spec.isConsumed))
        }
        // Freshness at a stage is only as stable as every stage on its way from the source.
        for index in stages.indices {
            var upstreamStable = true
            var current: Int? = index
            while let at = current {
                upstreamStable = upstreamStable && results[at].isStable
                current = stages[at].spec.input.flatMap { name in stages.firstIndex { $0.spec.name == name } }
            }
            results[index].freshnessSeconds = stages[index].freshness.summary(isStable: upstreamStable)
            if !upstreamStable { results[index].latencySeconds = .unavailable }
        }
        let servingStable = results.indices.contains(serving) ? results[serving].freshnessSeconds.mean != nil
            || stages[serving].freshness.total == 0 && results[serving].isStable : stable
        var series: [SimulationSeriesPoint] = []
        if stages.indices.contains(serving) {
            let fresh = stages[serving].backlog.chartFreshness()
            var backlog = [Double](repeating: 0, count: BacklogSampler.chartPoints)
            for stage in stages {
                for (index, value) in stage.backlog.chartBacklog().enumerated() { backlog[index] += value }
            }
            let width = horizonSeconds / Double(BacklogSampler.chartPoints)
            for index in 0..<BacklogSampler.chartPoints {
                series.append(SimulationSeriesPoint(
                    timeSeconds: Double(index) * width, meanLatencySeconds: servingStable ? fresh[index] : nil,
                    backlogEvents: backlog[index]))
            }
        }
        let processed = stages.indices.contains(serving) ? stages[serving].departedWeight : 0
        let counts = SimulationEventCounts(
            generated: Double(generated) * scale, processed: processed, late: Double(engine.lateEventCount) * scale,
            duplicatesDropped: Double(engine.duplicatesDropped) * scale, windowResults: Double(engine.resultsEmitted))
        return SimulationRun(
            load: atPeak ? "peak" : "average",
            offeredEventsPerSecond: horizonSeconds > 0 ? Double(generated) * scale / horizonSeconds : 0,
            processedEventsPerSecond: horizonSeconds > 0 ? processed / horizonSeconds : 0,
            latencySeconds: stages.indices.contains(serving) ? results[serving].freshnessSeconds : .unavailable,
            eventTimeLatencySeconds: stages.indices.contains(serving)
                ? stages[serving].eventTimeFreshness.summary(isStable: servingStable) : .unavailable,
            stages: results, events: counts, sampleScale: scale, series: series, wallSeconds: wallSeconds)
    }

    /// Runs expected to simulate at least this many events use two threads.
    static let twoThreadMinimumEvents = 1_000_000

    /// The first of two threads: generates the schedule, runs every event
    /// through the engine and hands on the cohorts of the events it keeps.
    /// Its fields are touched by the producer thread until
    /// ``ChunkHandoff/finish(throwing:)``, by the consumer only after
    /// ``ChunkHandoff/take()`` has returned nil: the handoff's lock orders them.
    /// The same events in the same order as one thread: two threads change speed, never results.
    final class Producer: @unchecked Sendable {
        var generator: WorkloadGenerator
        var engine: WindowOperator<TumblingWindows>
        let scale: Double

        init(generator: WorkloadGenerator, engine: WindowOperator<TumblingWindows>, scale: Double) {
            self.generator = generator
            self.engine = engine
            self.scale = scale
        }

        func run(into handoff: ChunkHandoff<[Cohort]>) {
            var generator = self.generator, engine = self.engine
            let scale = self.scale
            var chunk: [Cohort] = []
            chunk.reserveCapacity(PipelineRunner.chunkSize)
            while generator.generate(maximum: PipelineRunner.chunkSize, { arrival, lag, event in
                let late = engine.lateEventCount, duplicates = engine.duplicatesDropped
                engine.process(event)
                guard engine.lateEventCount == late, engine.duplicatesDropped == duplicates else { return }
                chunk.append(Cohort(origin: arrival, arrival: arrival, weight: scale, lag: lag))
            }) {
                handoff.put(chunk)
                chunk = []
                chunk.reserveCapacity(PipelineRunner.chunkSize)
            }
            self.generator = generator
            self.engine = engine
            handoff.finish()
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
