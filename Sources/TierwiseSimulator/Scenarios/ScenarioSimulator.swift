import Foundation
import TierwiseEngine
import TierwiseModel

/// Simulates one scenario: a run at the workload's mean and one at its
/// peak, each replicated with consecutive seeds; then the capacity, the
/// crash check when exactly-once is claimed, and the claims.
public enum ScenarioSimulator {
    /// Simulated seconds when nothing fixes them: an hour, or ten of the longest trigger interval,
    /// so that the default warm-up (a tenth) is one whole cycle and nine whole cycles are measured.
    public static func defaultDurationSeconds(for pipeline: PipelineSpec) -> Double {
        let longest = pipeline.stages.compactMap(\.trigger.intervalSeconds).max() ?? 0
        return max(3_600, 10 * longest)
    }

    /// A tenth of the run, rounded up to whole cycles of the longest trigger when that stays within
    /// half the run: the figures then cover whole cycles of every periodic stage.
    public static func defaultWarmupSeconds(duration: Double, pipeline: PipelineSpec) -> Double {
        let tenth = duration / 10
        guard let longest = pipeline.stages.compactMap(\.trigger.intervalSeconds).max(), longest > 0 else { return tenth }
        let aligned = (tenth / longest).rounded(.up) * longest
        return aligned <= duration / 2 ? aligned : tenth
    }

    /// Simulates `scenario`; `progress` gets a line now and then (for standard error).
    public static func simulate(
        _ scenario: SimulationScenario, settings: SimulationSettings, calibration: SimulationCalibration,
        progress: (String) -> Void = { _ in }
    ) throws(SimulationError) -> SimulationResult {
        try validate(scenario)
        let duration = settings.durationSeconds ?? scenario.durationSeconds ?? defaultDurationSeconds(for: scenario.pipeline)
        let warmup = min(settings.warmupSeconds ?? scenario.warmupSeconds ?? defaultWarmupSeconds(duration: duration, pipeline: scenario.pipeline),
                         duration / 2)
        func runs(atPeak: Bool) throws(SimulationError) -> SimulationRun {
            var all: [SimulationRun] = []
            for replication in 0..<max(settings.replications, 1) {
                let runner = PipelineRunner(
                    scenario: scenario, horizonSeconds: duration, warmupSeconds: warmup,
                    seed: settings.seed &+ UInt64(replication), maximumEvents: settings.maximumEventsPerRun)
                let clock = ContinuousClock()
                let started = clock.now
                do {
                    all.append(try runner.run(atPeak: atPeak) { reached, events in
                        let wall = PipelineRunner.seconds(clock.now - started)
                        progress("\(scenario.name) (\(atPeak ? "peak" : "average")): simulated "
                            + SimulationDuration.format(seconds: reached) + " of " + SimulationDuration.format(seconds: duration)
                            + ", " + DisplayFormat.number(Double(events), decimals: 0) + " events, "
                            + DisplayFormat.number(wall > 0 ? Double(events) / wall : 0, decimals: 0) + " events/s")
                    })
                } catch {
                    throw .engine(scenario: scenario.name, reason: error.description)
                }
            }
            return combine(all)
        }
        let average = try runs(atPeak: false)
        let peak = scenario.workload.peakMultiplier > 1 ? try runs(atPeak: true) : relabel(average)
        var crash: CrashCheckResult?
        if scenario.targets.requiresExactlyOnce {
            do {
                crash = try CrashRecoveryCheck.run(workload: scenario.workload, pipeline: scenario.pipeline, seed: settings.seed,
                                                   eventCount: min(50_000, settings.maximumEventsPerRun))
            } catch {
                throw .engine(scenario: scenario.name, reason: "\(error)")
            }
        }
        let sustainable = maximumSustainableRate(
            scenario, average: average, duration: duration, warmup: warmup, seed: settings.seed,
            budget: min(max(settings.maximumEventsPerRun / 20, 5_000), 100_000))
        let capacity = CapacityPlanner.plan(
            scenario: scenario, average: average, peak: peak, calibration: calibration, maxSustainable: sustainable)
        let serving = scenario.pipeline.stages.indices.contains(scenario.pipeline.servingStageIndex)
            ? scenario.pipeline.stages[scenario.pipeline.servingStageIndex].name : "the pipeline"
        var claims = ClaimJudge.claims(
            targets: scenario.targets, average: average, peak: peak, capacity: capacity, crash: crash, servingStage: serving,
            path: path(to: serving, in: scenario.pipeline))
        var merge: LambdaMergeCheck?
        if scenario.pipeline.pattern == ArchitecturePattern.lambda.rawValue {
            do {
                merge = try LambdaMergeChecker.run(workload: scenario.workload, pipeline: scenario.pipeline, seed: settings.seed,
                                                   eventCount: min(20_000, settings.maximumEventsPerRun))
            } catch {
                throw .engine(scenario: scenario.name, reason: "\(error)")
            }
            if let merge { claims.insert(ClaimJudge.lambdaClaim(merge), at: claims.count - 1) }
        }
        var replay: Double?
        if scenario.pipeline.pattern == ArchitecturePattern.kappa.rawValue {
            // Reprocessing the retention horizon (Kafka's default, 7 days) at the calibrated speed on the stage's cores.
            let cores = Double(scenario.pipeline.stages.map(\.parallelism).max() ?? 1)
            let perSecond = calibration.engineEventsPerSecondPerCore * cores
            replay = perSecond > 0 ? scenario.workload.eventsPerSecond * 7 * 86_400 / perSecond : nil
        }
        return SimulationResult(
            name: scenario.name, pipeline: scenario.pipeline, workload: scenario.workload, targets: scenario.targets,
            simulatedSeconds: duration, warmupSeconds: warmup, average: average, peak: peak, capacity: capacity, claims: claims,
            crashCheck: crash, replayHorizonSeconds: replay, lambdaMerge: merge)
    }

    /// The names of `stage` and every stage it reads from, up to the source.
    static func path(to stage: String, in pipeline: PipelineSpec) -> [String] {
        var names: [String] = []
        var current: String? = stage
        while let name = current, !names.contains(name), let spec = pipeline.stages.first(where: { $0.name == name }) {
            names.append(name)
            current = spec.input
        }
        return names
    }

    /// Stages need unique names and must read a stage listed before them.
    static func validate(_ scenario: SimulationScenario) throws(SimulationError) {
        let stages = scenario.pipeline.stages
        guard !stages.isEmpty else { throw .invalidPipeline(scenario: scenario.name, reason: "the pipeline has no stages") }
        var seen = Set<String>()
        for stage in stages {
            if let input = stage.input, !seen.contains(input) {
                throw .invalidPipeline(scenario: scenario.name,
                                       reason: "stage \"\(stage.name)\" reads \"\(input)\", which is not a stage listed before it")
            }
            guard seen.insert(stage.name).inserted else {
                throw .invalidPipeline(scenario: scenario.name, reason: "two stages are named \"\(stage.name)\"")
            }
        }
    }

    /// The first replication's run with the mean and p99 averaged over all, and their 95% intervals (Student's t).
    static func combine(_ runs: [SimulationRun]) -> SimulationRun {
        guard var first = runs.first else { preconditionFailure("at least one replication runs") }
        guard runs.count > 1 else { return first }
        let means = runs.compactMap(\.latencySeconds.mean), p99s = runs.compactMap(\.latencySeconds.p99)
        first.replications = runs.count
        first.wallSeconds = runs.reduce(0) { $0 + $1.wallSeconds }
        guard means.count == runs.count, p99s.count == runs.count else {
            first.latencySeconds = .unavailable
            return first
        }
        func interval(_ values: [Double]) -> (mean: Double, halfWidth: Double) {
            let n = Double(values.count)
            let mean = values.reduce(0, +) / n
            let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
            return (mean, studentT975(degreesOfFreedom: values.count - 1) * (variance / n).squareRoot())
        }
        let mean = interval(means), p99 = interval(p99s)
        first.latencySeconds.mean = mean.mean
        first.latencySeconds.p99 = p99.mean
        first.meanConfidenceHalfWidthSeconds = mean.halfWidth
        first.p99ConfidenceHalfWidthSeconds = p99.halfWidth
        return first
    }

    /// t(0.975, df): the 95% two-sided quantile of Student's t.
    static func studentT975(degreesOfFreedom df: Int) -> Double {
        let table: [Double] = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
                               2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086]
        if df >= 1 && df <= table.count { return table[df - 1] }
        return df > 120 ? 1.960 : df > 30 ? 2.000 : 2.042
    }

    private static func relabel(_ run: SimulationRun) -> SimulationRun {
        var copy = run
        copy.load = "peak"
        return copy
    }

    /// The highest mean rate at which every stage stays below utilization 1
    /// and the latency claim (when there is one) holds, by bisection in log
    /// space over short Poisson runs (each at most `budget` events), below the
    /// analytic bound where some stage reaches ρ = 1. Nil when even a
    /// thousandth of that bound fails the latency claim, or nothing bounds it.
    static func maximumSustainableRate(
        _ scenario: SimulationScenario, average: SimulationRun, duration: Double, warmup: Double, seed: UInt64, budget: Int
    ) -> Double? {
        let offered = max(average.offeredEventsPerSecond, 1e-9)
        var bound = Double.infinity
        for (stage, result) in zip(scenario.pipeline.stages, average.stages) {
            let perEvent = stage.perEvent.meanSeconds
            guard perEvent > 0 else { continue }
            let overhead = stage.trigger.intervalSeconds.map { stage.perBatch.meanSeconds / $0 } ?? 0
            let share = result.arrivalEventsPerSecond / offered
            guard share > 0 else { continue }
            bound = min(bound, max(1 - overhead, 0) * Double(max(stage.parallelism, 1)) / perEvent / share)
        }
        guard bound.isFinite, bound > 0 else { return nil }
        guard let target = scenario.targets.latencyP99Seconds else { return bound }
        func holds(_ rate: Double) -> Bool {
            var probe = scenario
            probe.workload.eventsPerSecond = rate
            probe.workload.arrival = .poisson
            let runner = PipelineRunner(scenario: probe, horizonSeconds: duration, warmupSeconds: warmup, seed: seed ^ 0x5EA5,
                                        maximumEvents: budget)
            guard let run = try? runner.run(atPeak: false) else { return false }
            return ClaimJudge.holds(run, target).verdict == .pass
        }
        var low = bound / 1_000, high = bound
        guard holds(low) else { return nil }
        for _ in 0..<8 {
            let middle = (low * high).squareRoot()
            if holds(middle) { low = middle } else { high = middle }
        }
        return low
    }
}
