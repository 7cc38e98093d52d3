import Foundation
import Testing
import TierwiseModel
@testable import TierwiseSimulator

@Suite("Simulator mechanics")
struct SimulatorMechanicsTests {
    // MARK: - Histogram

    @Test("Every percentile is within 1/128 of the exact one")
    func histogramError() {
        var random = SplitMix64(seed: 3)
        var values: [Double] = []
        var histogram = LatencyHistogram()
        for _ in 0..<100_000 {
            // Log-uniform over 1 µs to 1,000 s: every octave gets values.
            let value = pow(10, -6 + 9 * random.nextUnitDouble())
            values.append(value)
            histogram.record(value, weight: 1)
        }
        values.sort()
        for q in [0.01, 0.1, 0.5, 0.9, 0.99, 0.999] {
            let exact = values[Int((q * Double(values.count)).rounded(.up)) - 1]
            let measured = histogram.percentile(q)
            #expect(abs(measured - exact) / exact <= 1.0 / 128, "q \(q): \(measured) vs \(exact)")
        }
        #expect(histogram.maximum == values.last)
        #expect(abs(histogram.mean - values.reduce(0, +) / Double(values.count)) < 1e-9 * histogram.mean)
    }

    @Test("Zero, negative, NaN and huge values are counted without a trap")
    func histogramEdges() {
        var histogram = LatencyHistogram()
        for value in [0, -1, Double.nan, 1e300, Double.infinity] { histogram.record(value, weight: 1) }
        #expect(histogram.total == 5)
        #expect(histogram.percentile(0.4) == 0)
        #expect(histogram.percentile(1) > 4e9)
    }

    // MARK: - Random variates

    @Test("The portable logarithm agrees with the C library's to 1e-9")
    func fastLogarithm() {
        var random = SplitMix64(seed: 11)
        for _ in 0..<100_000 {
            let x = 1 - random.nextUnitDouble()
            let exact = log(x)
            #expect(abs(FastLogarithm.ln(x) - exact) <= 1e-9 * max(abs(exact), 1e-3))
        }
        #expect(FastLogarithm.ln(1) == 0)
        #expect(abs(FastLogarithm.ln(0x1p-53) - log(0x1p-53)) < 1e-9)
    }

    // MARK: - Periodic triggers

    static func run(_ stage: StageSpec, rate: Double, seconds: Double, arrival: ArrivalProcess = .constant,
                    maximumEvents: Int = 10_000_000) throws -> SimulationRun {
        let scenario = SimulationScenario(
            name: "t", workload: QueueingTheoryTests.clean(rate: rate, arrival: arrival),
            pipeline: PipelineSpec(pattern: "custom", approach: "custom", stages: [stage]),
            targets: SimulationTargets(latencyP99Seconds: nil))
        return try PipelineRunner(scenario: scenario, horizonSeconds: seconds, warmupSeconds: 0, seed: 5,
                                  maximumEvents: maximumEvents).run(atPeak: false)
    }

    @Test("An idle trigger runs no batch")
    func idleTrigger() throws {
        // One event every 10 s against a 1 s trigger: a batch per event, not per trigger.
        let run = try Self.run(StageSpec(name: "b", trigger: .every(intervalSeconds: 1)), rate: 0.1, seconds: 1_000)
        #expect(run.stages[0].batches == 100)
    }

    @Test("A batch that overruns its trigger makes the next one start as soon as it ends")
    func lateBatchStartsAtOnce() throws {
        // 1.2 s batches against a 1 s trigger with data always waiting: back to back, ⌈100 / 1.2⌉ = 84
        // batches in 100 s (waiting for the next trigger instead would give 50).
        let run = try Self.run(StageSpec(name: "b", trigger: .every(intervalSeconds: 1), perBatch: ServiceTime(meanSeconds: 1.2)),
                               rate: 100, seconds: 100)
        #expect(run.stages[0].batches == 84 || run.stages[0].batches == 85)
        #expect(!run.isStable)
    }

    @Test("A commit interval C adds a uniform wait: mean C/2 on an idle continuous stage")
    func commitInterval() throws {
        let run = try Self.run(StageSpec(name: "c", trigger: .continuous, commitIntervalSeconds: 1), rate: 1_000, seconds: 200,
                               arrival: .poisson)
        #expect(QueueingTheoryTests.within(run.latencySeconds.mean, 0.5))
        #expect(QueueingTheoryTests.within(run.latencySeconds.max, 1))
    }

    // MARK: - Sampling

    @Test("A sampled M/M/1 run keeps the theory: mean 1/(μ−λ) with one event in 20 simulated")
    func sampledQueue() throws {
        let lambda = 700.0, mu = 1_000.0
        let run = try Self.run(
            StageSpec(name: "q", trigger: .continuous, perEvent: ServiceTime(meanSeconds: 1 / mu, distribution: .exponential)),
            rate: lambda, seconds: 600, arrival: .poisson, maximumEvents: 21_000)
        #expect(run.sampleScale > 19 && run.sampleScale < 21)
        #expect(QueueingTheoryTests.within(run.stages[0].latencySeconds.mean, 1 / (mu - lambda)))
        #expect(QueueingTheoryTests.within(run.offeredEventsPerSecond, lambda, 0.02))
    }

    // MARK: - Engine counts

    @Test("Late events and duplicates are the engine's: close to the workload's shares, dropped from the results")
    func engineCounts() throws {
        let workload = WorkloadSpec(eventsPerSecond: 1_000, keys: 100, outOfOrdernessFraction: 0.1, duplicateFraction: 0.02,
                                    lateFraction: 0.01)
        let scenario = SimulationScenario(
            name: "t", workload: workload,
            pipeline: PipelineSpec(pattern: "custom", approach: "custom", stages: [StageSpec(name: "s", trigger: .continuous)]),
            targets: SimulationTargets(latencyP99Seconds: nil))
        let run = try PipelineRunner(scenario: scenario, horizonSeconds: 600, warmupSeconds: 0, seed: 9, maximumEvents: 10_000_000)
            .run(atPeak: false)
        let generated = run.events.generated
        #expect(abs(run.events.duplicatesDropped / generated - 0.02) < 0.002)
        // Late share: at least the surely-late 1%, a little more from out-of-order lags beyond the 5 s bound.
        #expect(run.events.late / generated >= 0.009 && run.events.late / generated < 0.012)
        #expect(run.events.processed == generated - run.events.late - run.events.duplicatesDropped)
    }

    // MARK: - Exactly-once

    @Test("Recovery from checkpoint plus replay matches the uninterrupted run; replay without the checkpoint's state does not")
    func crashRecovery() throws {
        let workload = WorkloadSpec(eventsPerSecond: 1_000, keys: 50)
        let pipeline = PipelineSpec(pattern: "kappa", approach: "real_time", stages: [StageSpec(name: "s", trigger: .continuous)])
        let good = try CrashRecoveryCheck.run(workload: workload, pipeline: pipeline, seed: 1, eventCount: 20_000)
        #expect(good.crashes == 3)
        #expect(good.expectedResults > 0)
        #expect(good.mismatchedResults == 0)
        let broken = try CrashRecoveryCheck.run(workload: workload, pipeline: pipeline, seed: 1, eventCount: 20_000,
                                                skipsRestore: true)
        #expect(broken.mismatchedResults > 0)
    }

    // MARK: - Claims

    @Test("A lakehouse whose bronze commits every 10 s fails a 100 ms promise with p99 near 10 s")
    func lakehouseFailsRealTime() throws {
        let useCase = UseCase(
            name: "Card fraud", description: "Score card transactions", dataSource: "Kafka", latencyRequirement: .realTime,
            latencyJustification: "Before authorization", eventsPerSecond: 200, peakMultiplier: 2, requiresHistoricalContext: true,
            requiresOrdering: false, requiresExactlyOnce: true, revenueImpactPerMinuteDelayUSD: 5_000, costOfError: .critical)
        let calibration = SimulationCalibration(engineEventsPerSecondPerCore: 1_000_000, source: "test")
        var scenario = CatalogSimulator.scenario(for: useCase, latencies: TierLatencies(), calibration: calibration)
        // The tierwise model sends a < 100 ms decision to a stream processor, never a lakehouse (the seed did):
        // simulate the seed's lakehouse explicitly to show why.
        #expect(scenario.pipeline.pattern == "kappa")
        scenario.pipeline = ArchitectureStages.pipeline(
            for: useCase, recommendation: ArchitectureRecommendation(
                pattern: .hybridLakehouse, approach: .realTime, scheduleIntervalMinutes: nil, reason: "the seed's"),
            calibration: calibration)
        #expect(scenario.pipeline.pattern == "hybrid_lakehouse")
        scenario.durationSeconds = 900
        let result = try ScenarioSimulator.simulate(scenario, settings: SimulationSettings(maximumEventsPerRun: 40_000),
                                                    calibration: calibration)
        let p99 = try #require(result.average.latencySeconds.p99)
        // Uniform waits for a 10 s trigger: p99 ≈ 9.9 s, plus the 0.1 s batch overhead.
        #expect(p99 > 9.5 && p99 < 10.5)
        #expect(result.claims[0].verdict == .fail)
        #expect(result.overallVerdict == .fail)
        #expect(result.claims.contains { $0.claim == "exactly-once under a crash" && $0.verdict == .pass })
    }

    @Test("An overloaded peak fails throughput and makes the peak latency unavailable")
    func overloadedPeak() throws {
        let scenario = SimulationScenario(
            name: "o", workload: WorkloadSpec(eventsPerSecond: 600, peakMultiplier: 2),
            pipeline: PipelineSpec(pattern: "custom", approach: "custom",
                                   stages: [StageSpec(name: "s", trigger: .continuous, perEvent: ServiceTime(meanSeconds: 0.001))]),
            targets: SimulationTargets(latencyP99Seconds: 0.1), durationSeconds: 120)
        let result = try ScenarioSimulator.simulate(scenario, settings: SimulationSettings(),
                                                    calibration: SimulationCalibration(engineEventsPerSecondPerCore: 1, source: "t"))
        #expect(result.claims[0].verdict == .pass)
        // Unstable is a failure, never a finite figure.
        #expect(result.claims[1].verdict == .fail)
        #expect(result.claims[1].measured == "unstable")
        #expect(result.peak.latencySeconds.p99 == nil)
        #expect(result.claims[2].verdict == .fail)
        // ρ = 1 at 1,000 events/s: the sustainable rate lies below it, above the mean.
        let sustainable = try #require(result.capacity.maxSustainableEventsPerSecond)
        #expect(sustainable > 600 && sustainable < 1_000)
    }

    @Test("A claim that holds on average but not at a stable peak is at risk")
    func atRiskAtPeak() throws {
        // Every 1 s, 0.5 ms per event on one core: batches of 0.25 s at 500 events/s (p99 ≈ 0.99 + 0.25 s),
        // 0.75 s at the 1,500 events/s peak (p99 ≈ 0.99 + 0.75 s, ρ = 0.75, still stable); the bound is 1.5 s.
        let scenario = SimulationScenario(
            name: "r", workload: WorkloadSpec(eventsPerSecond: 500, peakMultiplier: 3, arrival: .constant, outOfOrdernessFraction: 0,
                                              duplicateFraction: 0, lateFraction: 0),
            pipeline: PipelineSpec(pattern: "custom", approach: "custom",
                                   stages: [StageSpec(name: "s", trigger: .every(intervalSeconds: 1), perEvent: ServiceTime(meanSeconds: 0.0005))]),
            targets: SimulationTargets(latencyP99Seconds: 1.5), durationSeconds: 300)
        let result = try ScenarioSimulator.simulate(scenario, settings: SimulationSettings(),
                                                    calibration: SimulationCalibration(engineEventsPerSecondPerCore: 1, source: "t"))
        #expect(result.claims[0].verdict == .pass)
        #expect(result.peak.isStable)
        #expect(result.claims[1].verdict == .atRisk)
        #expect(result.claims[2].verdict == .atRisk)  // ρ = 0.75 > 0.7
        #expect(result.overallVerdict == .atRisk)
    }

    @Test("Lambda's merged view equals a full recompute without late data, and lags it by the late events otherwise")
    func lambdaMerge() throws {
        let pipeline = PipelineSpec(pattern: "lambda", approach: "near_real_time", stages: [StageSpec(name: "s", trigger: .continuous)])
        let clean = WorkloadSpec(eventsPerSecond: 500, keys: 20, outOfOrdernessFraction: 0.2, outOfOrdernessMeanSeconds: 0.5,
                                 duplicateFraction: 0.01, lateFraction: 0)
        let good = try LambdaMergeChecker.run(workload: clean, pipeline: pipeline, seed: 3, eventCount: 10_000)
        #expect(good.batchRuns == 4)
        #expect(good.comparisons == 5)
        #expect(good.recomputedResults > 0)
        #expect(good.speedLayerLateEvents == 0)
        #expect(good.mostMismatchedResults == 0)
        var late = clean
        late.lateFraction = 0.01
        let lagging = try LambdaMergeChecker.run(workload: late, pipeline: pipeline, seed: 3, eventCount: 10_000)
        #expect(lagging.speedLayerLateEvents > 0)
        #expect(lagging.mostMismatchedResults > 0)
        #expect(ClaimJudge.lambdaClaim(lagging).verdict == .atRisk)
        #expect(ClaimJudge.lambdaClaim(good).verdict == .pass)
    }
}
