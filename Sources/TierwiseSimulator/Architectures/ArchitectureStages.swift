import TierwiseModel

/// The stages each recommended architecture becomes, with documented
/// defaults (docs/simulator.md, "Architectures as pipelines"):
///
/// | Pattern | Stages (trigger) | Latency checked at |
/// |---|---|---|
/// | Kappa | processor (continuous) | processor |
/// | Lambda | speed layer (continuous), batch layer (schedule 1 d) | speed layer |
/// | Hybrid lakehouse, streaming | bronze, silver, gold (every 10 s, seed 002), views over silver (every 1, 5, 15 min, seed 002) | bronze |
/// | Hybrid lakehouse, micro-batch I | bronze (every 10 s), silver and gold (every I) | gold |
/// | Materialized views I | ingest (every 10 s), view (every I) | view |
/// | Streaming ingestion, batch I | capture (continuous), job (schedule I) | job |
/// | Batch I | job (schedule I) | job |
///
/// Per-event work is the calibration's seconds per event (exponential for
/// continuous stages, its mean for batches); micro-batches and views cost the
/// calibration's micro-batch overhead per batch, scheduled jobs its job
/// overhead. Continuous stages get the cores the mean rate needs at 70%
/// utilization (at least 1), what a team sizing for today's load provisions;
/// an exactly-once continuous stage makes results visible at checkpoints every
/// second (a transactional sink read with read-committed; Flink's examples
/// checkpoint every 1,000 ms).
public enum ArchitectureStages {
    /// The bronze trigger of seed 002 (`trigger(processingTime="10 seconds")`).
    public static let bronzeTriggerSeconds: Double = 10
    /// The materialized-view refresh intervals of seed 002 (1, 5 and 15 minutes).
    public static let viewRefreshSeconds: [Double] = [60, 300, 900]
    /// The checkpoint interval of an exactly-once continuous stage.
    public static let exactlyOnceCheckpointSeconds: Double = 1

    /// The pipeline of `recommendation` for `useCase`.
    public static func pipeline(
        for useCase: UseCase, recommendation: ArchitectureRecommendation, calibration: SimulationCalibration
    ) -> PipelineSpec {
        if var explicit = useCase.simulation?.pipeline {
            explicit.pattern = recommendation.pattern.rawValue
            explicit.approach = recommendation.approach.rawValue
            explicit.notes = ["Stages from the catalog's architecture object, not the pattern's defaults."]
            return explicit
        }
        let perEvent = calibration.secondsPerEvent
        let cores = useCase.simulation?.parallelism
            ?? max(WholeNumber.ceiling(useCase.eventsPerSecond * perEvent / CapacityPlanner.targetUtilization), 1)
        let streamWork = ServiceTime(meanSeconds: perEvent, distribution: .exponential)
        let batchWork = ServiceTime(meanSeconds: perEvent)
        let microBatch = ServiceTime(meanSeconds: calibration.microBatchOverheadSeconds)
        let job = ServiceTime(meanSeconds: calibration.scheduledJobOverheadSeconds)
        let interval = recommendation.scheduleIntervalMinutes.map { $0 * 60 }
        let commit = useCase.simulation?.commitIntervalSeconds ?? (useCase.requiresExactlyOnce ? exactlyOnceCheckpointSeconds : nil)
        func periodic(_ name: String, _ input: String?, every seconds: Double, consumed: Bool = true) -> StageSpec {
            StageSpec(name: name, input: input, trigger: .every(intervalSeconds: seconds), perEvent: batchWork, perBatch: microBatch,
                      parallelism: cores, isConsumed: consumed)
        }
        func scheduled(_ name: String, _ input: String?, every seconds: Double) -> StageSpec {
            StageSpec(name: name, input: input, trigger: .schedule(intervalSeconds: seconds, offsetSeconds: 0), perEvent: batchWork,
                      perBatch: job, parallelism: cores)
        }
        var stages: [StageSpec]
        var serving: String
        var notes = ["Per-event work: \(calibration.source)."]
        switch recommendation.pattern {
        case .kappa:
            stages = [StageSpec(name: "stream processor", trigger: .continuous, perEvent: streamWork, parallelism: cores,
                                commitIntervalSeconds: commit)]
            serving = "stream processor"
        case .lambda:
            stages = [
                StageSpec(name: "speed layer", trigger: .continuous, perEvent: streamWork, parallelism: cores,
                          commitIntervalSeconds: commit),
                scheduled("batch layer", nil, every: 86_400),
            ]
            serving = "speed layer"
            notes.append("The batch layer recomputes daily (seed 001 §3.1); freshness comes from the speed layer.")
        case .hybridLakehouse:
            if let interval {
                stages = [
                    periodic("bronze", nil, every: bronzeTriggerSeconds, consumed: false),
                    periodic("silver", "bronze", every: interval),
                    periodic("gold", "silver", every: interval),
                ]
                serving = "gold"
            } else {
                stages = [
                    periodic("bronze", nil, every: bronzeTriggerSeconds),
                    periodic("silver", "bronze", every: bronzeTriggerSeconds),
                    periodic("gold", "silver", every: bronzeTriggerSeconds),
                ] + viewRefreshSeconds.map { periodic("view every " + SimulationDuration.format(seconds: $0), "silver", every: $0) }
                serving = "bronze"
            }
            notes.append("Bronze commits every 10 s (seed 002); views refresh every 1, 5 and 15 min (seed 002).")
        case .materializedViews:
            stages = [
                periodic("ingest", nil, every: bronzeTriggerSeconds, consumed: false),
                periodic("view", "ingest", every: interval ?? 300),
            ]
            serving = "view"
        case .streamingIngestionBatchProcessing:
            stages = [
                StageSpec(name: "capture", trigger: .continuous, perEvent: streamWork, parallelism: cores, isConsumed: false),
                scheduled("batch job", "capture", every: interval ?? 86_400),
            ]
            serving = "batch job"
        case .batch:
            stages = [scheduled("batch job", nil, every: interval ?? 86_400)]
            serving = "batch job"
        }
        return PipelineSpec(pattern: recommendation.pattern.rawValue, approach: recommendation.approach.rawValue, stages: stages,
                            servingStage: serving, notes: notes)
    }

    /// The workload of `useCase`: the catalog's `workload` object, else its rate and peak with every other field at its default.
    public static func workload(for useCase: UseCase) -> WorkloadSpec {
        useCase.simulation?.workload ?? WorkloadSpec(eventsPerSecond: useCase.eventsPerSecond, peakMultiplier: useCase.peakMultiplier)
    }
}
