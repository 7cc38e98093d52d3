import TierwiseJSON
import TierwiseModel

/// The JSON of `tierwise simulate`: a `simulations` array, one object per use
/// case or scenario (keys in docs/simulator.md). Figures are seconds, rounded
/// to 6 significant digits; an unstable stage's latencies are `null`. Wall
/// times are the only figures that differ between runs with the same seed and
/// calibration, and sit in `wall_seconds` fields of their own.
public enum SimulationJSONReport {
    /// The version of this report's shape.
    public static let formatVersion = 1

    /// The whole report.
    public static func render(_ report: SimulationReport) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("format_version", formatVersion)
        w.key("source"); w.optionalString(report.sourceName)
        w.key("seed"); w.number(Double(report.seed))
        w.member("replications", report.replications)
        w.key("calibration")
        calibration(report.calibration, into: &w)
        w.key("simulations")
        w.beginArray()
        for result in report.simulations { simulation(result, into: &w) }
        w.endArray()
        w.key("wall_seconds"); figure(report.wallSeconds, into: &w)
        w.endObject()
        return w.text + "\n"
    }

    /// A calibration file (`tierwise calibrate`), the shape `--calibration` reads.
    public static func calibrationFile(_ calibration: SimulationCalibration) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("format_version", 1)
        w.key("engine_events_per_second_per_core"); figure(calibration.engineEventsPerSecondPerCore, into: &w)
        w.key("micro_batch_overhead_seconds"); figure(calibration.microBatchOverheadSeconds, into: &w)
        w.key("scheduled_job_overhead_seconds"); figure(calibration.scheduledJobOverheadSeconds, into: &w)
        w.member("cores_per_machine", calibration.coresPerMachine)
        w.key("partition_producer_bytes_per_second"); figure(calibration.partitionProducerBytesPerSecond, into: &w)
        w.key("partition_consumer_bytes_per_second"); figure(calibration.partitionConsumerBytesPerSecond, into: &w)
        w.member("source", calibration.source)
        w.endObject()
        return w.text + "\n"
    }

    static func calibration(_ c: SimulationCalibration, into w: inout JSONWriter) {
        w.beginObject()
        w.key("engine_events_per_second_per_core"); figure(c.engineEventsPerSecondPerCore, into: &w)
        w.key("micro_batch_overhead_seconds"); figure(c.microBatchOverheadSeconds, into: &w)
        w.key("scheduled_job_overhead_seconds"); figure(c.scheduledJobOverheadSeconds, into: &w)
        w.member("cores_per_machine", c.coresPerMachine)
        w.key("partition_producer_bytes_per_second"); figure(c.partitionProducerBytesPerSecond, into: &w)
        w.key("partition_consumer_bytes_per_second"); figure(c.partitionConsumerBytesPerSecond, into: &w)
        w.member("source", c.source)
        w.endObject()
    }

    static func simulation(_ r: SimulationResult, into w: inout JSONWriter) {
        w.beginObject()
        w.member("name", r.name)
        w.member("verdict", r.overallVerdict.rawValue)
        w.key("architecture"); architecture(r.pipeline, into: &w)
        w.key("workload"); workload(r.workload, into: &w)
        w.key("targets")
        w.beginObject()
        w.key("latency_p99_seconds"); optionalFigure(r.targets.latencyP99Seconds, into: &w)
        w.key("tier"); w.optionalString(r.targets.tier)
        w.member("exactly_once", r.targets.requiresExactlyOnce)
        w.key("max_late_fraction"); figure(r.targets.maximumLateShare, into: &w)
        w.endObject()
        w.key("latency_seconds"); latency(r.average.latencySeconds, into: &w)
        w.key("latency_at_peak_seconds"); latency(r.peak.latencySeconds, into: &w)
        w.key("event_time_latency_seconds"); latency(r.average.eventTimeLatencySeconds, into: &w)
        if r.average.replications > 1 {
            w.key("confidence_95")
            w.beginObject()
            w.member("replications", r.average.replications)
            w.key("mean_half_width_seconds"); optionalFigure(r.average.meanConfidenceHalfWidthSeconds, into: &w)
            w.key("p99_half_width_seconds"); optionalFigure(r.average.p99ConfidenceHalfWidthSeconds, into: &w)
            w.key("peak_mean_half_width_seconds"); optionalFigure(r.peak.meanConfidenceHalfWidthSeconds, into: &w)
            w.key("peak_p99_half_width_seconds"); optionalFigure(r.peak.p99ConfidenceHalfWidthSeconds, into: &w)
            w.endObject()
        }
        w.key("stages"); stages(r.average.stages, into: &w)
        w.key("stages_at_peak"); stages(r.peak.stages, into: &w)
        w.key("throughput")
        w.beginObject()
        w.key("offered_events_per_second"); figure(r.average.offeredEventsPerSecond, into: &w)
        w.key("processed_events_per_second"); figure(r.average.processedEventsPerSecond, into: &w)
        w.key("peak_offered_events_per_second"); figure(r.peak.offeredEventsPerSecond, into: &w)
        w.key("peak_processed_events_per_second"); figure(r.peak.processedEventsPerSecond, into: &w)
        w.key("max_sustainable_events_per_second"); optionalFigure(r.capacity.maxSustainableEventsPerSecond, into: &w)
        w.endObject()
        w.key("capacity"); capacity(r.capacity, into: &w)
        w.key("claims")
        w.beginArray()
        for claim in r.claims {
            w.beginObject()
            w.member("claim", claim.claim)
            w.member("target", claim.target)
            w.member("measured", claim.measured)
            w.member("verdict", claim.verdict.rawValue)
            w.member("reason", claim.reason)
            w.endObject()
        }
        w.endArray()
        w.key("events"); events(r.average.events, into: &w)
        w.key("events_at_peak"); events(r.peak.events, into: &w)
        w.key("crash_check")
        if let crash = r.crashCheck {
            w.beginObject(inline: true)
            w.member("crashes", crash.crashes)
            w.member("events", crash.events)
            w.member("expected_results", crash.expectedResults)
            w.member("mismatched_results", crash.mismatchedResults)
            w.endObject()
        } else {
            w.null()
        }
        w.key("lambda_merge_check")
        if let merge = r.lambdaMerge {
            w.beginObject(inline: true)
            w.member("events", merge.events)
            w.member("batch_runs", merge.batchRuns)
            w.member("comparisons", merge.comparisons)
            w.member("recomputed_results", merge.recomputedResults)
            w.member("most_mismatched_results", merge.mostMismatchedResults)
            w.member("speed_layer_late_events", merge.speedLayerLateEvents)
            w.endObject()
        } else {
            w.null()
        }
        w.key("replay_retention_horizon_seconds"); optionalFigure(r.replayHorizonSeconds, into: &w)
        w.key("simulated_seconds"); figure(r.simulatedSeconds, into: &w)
        w.key("warmup_seconds"); figure(r.warmupSeconds, into: &w)
        w.key("sample_scale"); figure(r.average.sampleScale, into: &w)
        w.key("peak_sample_scale"); figure(r.peak.sampleScale, into: &w)
        w.key("series")
        w.beginArray()
        for point in r.average.series {
            w.beginObject(inline: true)
            w.key("time_seconds"); figure(point.timeSeconds, into: &w)
            w.key("mean_latency_seconds"); optionalFigure(point.meanLatencySeconds, into: &w)
            w.key("backlog_events"); figure(point.backlogEvents, into: &w)
            w.endObject()
        }
        w.endArray()
        if let live = r.wallClock {
            // Measured on the wall clock: not deterministic, like wall_seconds.
            w.key("wall_clock")
            w.beginObject()
            w.key("skipped_reason"); w.optionalString(live.skippedReason)
            w.key("events_per_second"); figure(live.eventsPerSecond, into: &w)
            w.key("scale"); figure(live.scale, into: &w)
            w.key("seconds"); figure(live.seconds, into: &w)
            w.member("events", live.events)
            w.key("latency_seconds"); latency(live.latencySeconds, into: &w)
            w.endObject()
        }
        w.key("wall_seconds"); figure(r.average.wallSeconds + r.peak.wallSeconds, into: &w)
        w.endObject()
    }

    static func architecture(_ p: PipelineSpec, into w: inout JSONWriter) {
        w.beginObject()
        w.member("pattern", p.pattern)
        w.member("approach", p.approach)
        let serving = p.stages.indices.contains(p.servingStageIndex) ? p.stages[p.servingStageIndex].name : nil
        w.key("serving_stage"); w.optionalString(serving)
        w.key("window_seconds"); figure(p.windowSeconds, into: &w)
        w.key("out_of_orderness_bound_seconds"); figure(p.outOfOrdernessBoundSeconds, into: &w)
        w.key("allowed_lateness_seconds"); figure(p.allowedLatenessSeconds, into: &w)
        w.key("deduplication_ttl_seconds"); figure(p.deduplicationTTLSeconds, into: &w)
        w.key("stages")
        w.beginArray()
        for stage in p.stages {
            w.beginObject()
            w.member("name", stage.name)
            w.key("input"); w.optionalString(stage.input)
            w.member("trigger", stage.trigger.description)
            w.key("interval_seconds"); optionalFigure(stage.trigger.intervalSeconds, into: &w)
            w.key("per_event"); service(stage.perEvent, into: &w)
            w.key("per_batch"); service(stage.perBatch, into: &w)
            w.member("parallelism", stage.parallelism)
            w.key("commit_interval_seconds"); optionalFigure(stage.commitIntervalSeconds, into: &w)
            w.member("consumed", stage.isConsumed)
            w.endObject()
        }
        w.endArray()
        w.key("notes")
        w.beginArray()
        for note in p.notes { w.string(note) }
        w.endArray()
        w.endObject()
    }

    static func service(_ s: ServiceTime, into w: inout JSONWriter) {
        w.beginObject(inline: true)
        w.key("mean_seconds"); figure(s.meanSeconds, into: &w)
        w.member("distribution", s.distribution.rawValue)
        if s.distribution == .lognormal { w.key("cv"); figure(s.coefficientOfVariation, into: &w) }
        w.endObject()
    }

    static func workload(_ l: WorkloadSpec, into w: inout JSONWriter) {
        w.beginObject()
        w.key("events_per_second"); figure(l.eventsPerSecond, into: &w)
        w.key("peak_multiplier"); figure(l.peakMultiplier, into: &w)
        w.member("arrival", l.arrival.rawValue)
        w.member("keys", l.keys)
        w.key("key_skew"); figure(l.keySkew, into: &w)
        w.key("out_of_orderness_fraction"); figure(l.outOfOrdernessFraction, into: &w)
        w.key("out_of_orderness_mean_delay_seconds"); figure(l.outOfOrdernessMeanSeconds, into: &w)
        w.key("duplicate_fraction"); figure(l.duplicateFraction, into: &w)
        w.key("late_fraction"); figure(l.lateFraction, into: &w)
        w.key("event_bytes"); figure(l.eventBytes, into: &w)
        w.endObject()
    }

    static func latency(_ l: LatencySummary, into w: inout JSONWriter) {
        w.beginObject(inline: true)
        w.key("mean"); optionalFigure(l.mean, into: &w)
        w.key("p50"); optionalFigure(l.p50, into: &w)
        w.key("p90"); optionalFigure(l.p90, into: &w)
        w.key("p99"); optionalFigure(l.p99, into: &w)
        w.key("p999"); optionalFigure(l.p999, into: &w)
        w.key("max"); optionalFigure(l.max, into: &w)
        w.endObject()
    }

    static func stages(_ stages: [StageResult], into w: inout JSONWriter) {
        w.beginArray()
        for s in stages {
            w.beginObject()
            w.member("name", s.name)
            w.key("utilization"); figure(s.utilization, into: &w)
            w.key("offered_load"); figure(s.offeredLoad, into: &w)
            w.member("stable", s.isStable)
            w.key("latency_seconds"); latency(s.latencySeconds, into: &w)
            w.key("freshness_seconds"); latency(s.freshnessSeconds, into: &w)
            w.key("max_backlog_events"); figure(s.maxBacklogEvents, into: &w)
            w.key("mean_backlog_events"); figure(s.meanBacklogEvents, into: &w)
            w.key("arrival_events_per_second"); figure(s.arrivalEventsPerSecond, into: &w)
            w.key("littles_law_ratio"); optionalFigure(s.littlesLawRatio, into: &w)
            w.member("batches", s.batches)
            w.member("consumed", s.isConsumed)
            w.endObject()
        }
        w.endArray()
    }

    static func capacity(_ c: SimulationCapacity, into w: inout JSONWriter) {
        w.beginObject()
        w.key("target_utilization"); figure(c.targetUtilization, into: &w)
        w.member("cores_needed_at_peak", c.coresNeededAtPeak)
        w.member("total_cores_needed_at_peak", c.totalCoresNeededAtPeak)
        w.member("cores_simulated", c.coresSimulated)
        w.member("kafka_partitions", c.kafkaPartitions)
        w.key("peak_bytes_per_second"); figure(c.peakBytesPerSecond, into: &w)
        w.member("machines_needed", c.machinesNeeded)
        w.member("fits_one_machine", c.fitsOneMachine)
        w.endObject()
    }

    static func events(_ e: SimulationEventCounts, into w: inout JSONWriter) {
        w.beginObject(inline: true)
        w.key("generated"); figure(e.generated.rounded(), into: &w)
        w.key("processed"); figure(e.processed.rounded(), into: &w)
        w.key("late"); figure(e.late.rounded(), into: &w)
        w.key("duplicates_dropped"); figure(e.duplicatesDropped.rounded(), into: &w)
        w.key("window_results"); figure(e.windowResults.rounded(), into: &w)
        w.endObject()
    }

    static func optionalFigure(_ value: Double?, into w: inout JSONWriter) {
        guard let value else { return w.null() }
        figure(value, into: &w)
    }

    /// A figure to 6 significant digits (`null` when not finite).
    static func figure(_ value: Double, into w: inout JSONWriter) {
        w.number(SignificantDigits.round(value, digits: 6))
    }
}
