import TierwiseModel

/// The Markdown of `tierwise simulate`: a summary table, then per use case or
/// scenario a verdict table a decision maker reads in ten seconds, the
/// latency percentiles, the stages, the capacity, and Mermaid `xychart-beta`
/// charts of freshness and backlog over simulated time. No wall-clock figure
/// appears: the bytes depend only on the input, the seed and the calibration.
public enum SimulationMarkdownReport {
    /// The whole report.
    public static func render(_ report: SimulationReport) -> String {
        "# Simulation" + (report.sourceName.map { ": " + MarkdownText.inline($0) } ?? "") + "\n\n" + body(report, heading: "", verdictColumn: "Verdict")
    }

    /// What `analyze --simulate` appends to the analysis: a "Validated by simulation" part with
    /// the same summary (its Verdict column is the Validated one) and a section per use case.
    public static func appendix(_ report: SimulationReport) -> String {
        "\n## Validated by simulation\n\n" + body(report, heading: "Simulation: ", verdictColumn: "Validated")
    }

    /// The introduction, the summary table and the sections, each headed "## " + `heading` + name.
    static func body(_ report: SimulationReport, heading: String, verdictColumn: String) -> String {
        var out = "Each recommended architecture runs as a pipeline of stages in simulated time against a synthetic, "
            + "open-loop workload whose events go through tierwise's engine (deduplication, windows, watermarks). "
            + "Seed \(report.seed)"
            + (report.replications > 1 ? ", \(report.replications) replications per run (95% intervals)" : "")
            + "; service times from " + MarkdownText.inline(report.calibration.source) + ".\n\n"
        out += "| Use case | Pattern | Target | p99 (average) | p99 (peak) | " + verdictColumn + " |\n|---|---|---|---|---|---|\n"
        for r in report.simulations {
            out += "| " + MarkdownText.inline(r.name) + " | " + patternTitle(r.pipeline.pattern) + " | "
                + (r.targets.latencyP99Seconds.map { "p99 ≤ " + SimulationDuration.format(seconds: $0) } ?? "—") + " | "
                + latency(r.average.latencySeconds.p99, stable: r.average.isStable) + " | "
                + latency(r.peak.latencySeconds.p99, stable: r.peak.isStable) + " | " + verdict(r.overallVerdict) + " |\n"
        }
        for r in report.simulations { out += "\n" + section(r, heading: heading) }
        return out
    }

    static func section(_ r: SimulationResult, heading: String = "") -> String {
        var out = "## " + heading + MarkdownText.inline(r.name) + "\n\n"
        out += "**" + verdict(r.overallVerdict) + "** · " + patternTitle(r.pipeline.pattern) + ", " + MarkdownText.inline(r.pipeline.approach)
            + " · " + DisplayFormat.number(r.workload.eventsPerSecond, decimals: 2) + " events/s, peak ×"
            + DisplayFormat.number(r.workload.peakMultiplier, decimals: 2) + " (" + r.workload.arrival.rawValue + ") · "
            + SimulationDuration.format(seconds: r.simulatedSeconds) + " simulated, "
            + SimulationDuration.format(seconds: r.warmupSeconds) + " warm-up discarded\n\n"
        if r.average.sampleScale > 1 || r.peak.sampleScale > 1 {
            out += "> Sampled: each simulated event stands for " + DisplayFormat.number(r.average.sampleScale, decimals: 1)
                + " events at average load and " + DisplayFormat.number(r.peak.sampleScale, decimals: 1)
                + " at peak (the run's event budget); rates, utilizations and counts are scaled back.\n\n"
        }
        out += "| Claim | Target | Measured | Verdict | Why |\n|---|---|---|---|---|\n"
        for claim in r.claims {
            out += "| " + claim.claim + " | " + claim.target + " | " + claim.measured + " | " + verdict(claim.verdict) + " | "
                + MarkdownText.inline(claim.reason) + " |\n"
        }
        let serving = r.pipeline.stages.indices.contains(r.pipeline.servingStageIndex)
            ? r.pipeline.stages[r.pipeline.servingStageIndex].name : "the pipeline"
        out += "\nFreshness at " + MarkdownText.inline(serving) + " (from an event's intended arrival until its result is visible):\n\n"
        out += "| Load | Mean | p50 | p90 | p99 | p99.9 | Max |\n|---|---|---|---|---|---|---|\n"
        for run in [r.average, r.peak] {
            let l = run.latencySeconds
            let stable = run.isStable
            var mean = latency(l.mean, stable: stable), p99 = latency(l.p99, stable: stable)
            if let width = run.meanConfidenceHalfWidthSeconds, l.mean != nil { mean += " ± " + SimulationDuration.format(seconds: width) }
            if let width = run.p99ConfidenceHalfWidthSeconds, l.p99 != nil { p99 += " ± " + SimulationDuration.format(seconds: width) }
            out += "| " + run.load + " (" + DisplayFormat.number(run.offeredEventsPerSecond, decimals: 0) + " events/s) | " + mean + " | "
                + latency(l.p50, stable: stable) + " | " + latency(l.p90, stable: stable) + " | " + p99 + " | "
                + latency(l.p999, stable: stable) + " | " + latency(l.max, stable: stable) + " |\n"
        }
        if let live = r.wallClock {
            out += "\n" + liveLine(live, simulated: r.average) + "\n"
        }
        out += "\n| Stage | Trigger | Cores | Utilization (peak) | p99 in stage | p99 freshness | Max backlog | L / λW |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        for (spec, (average, peak)) in zip(r.pipeline.stages, zip(r.average.stages, r.peak.stages)) {
            out += "| " + MarkdownText.inline(spec.name) + (spec.isConsumed ? "" : " (not read)") + " | " + spec.trigger.description
                + (spec.commitIntervalSeconds.map { ", commit every " + SimulationDuration.format(seconds: $0) } ?? "") + " | "
                + "\(spec.parallelism) | " + percent(average.utilization) + " (" + percent(peak.utilization) + ") | "
                + latency(average.latencySeconds.p99, stable: average.isStable) + " | "
                + latency(average.freshnessSeconds.p99, stable: average.freshnessSeconds.mean != nil) + " | "
                + DisplayFormat.number(average.maxBacklogEvents, decimals: 0) + " | "
                + (average.littlesLawRatio.map { DisplayFormat.number($0, decimals: 3) } ?? "—") + " |\n"
        }
        let c = r.capacity
        out += "\nCapacity at peak (" + DisplayFormat.number(r.peak.offeredEventsPerSecond, decimals: 0) + " events/s, "
            + DisplayFormat.number(c.peakBytesPerSecond / 1_000_000, decimals: 2) + " MB/s): "
            + "\(c.coresNeededAtPeak) core\(c.coresNeededAtPeak == 1 ? "" : "s") for the busiest stage at "
            + DisplayFormat.number(c.targetUtilization * 100, decimals: 0) + "% utilization (\(c.coresSimulated) simulated), "
            + "\(c.totalCoresNeededAtPeak) for the whole pipeline, \(c.kafkaPartitions) Kafka partition\(c.kafkaPartitions == 1 ? "" : "s"); "
            + (c.fitsOneMachine ? "one machine is enough" : "one machine is not enough: \(c.machinesNeeded) machines of the calibration's size")
            + ". Highest sustainable mean rate: "
            + (c.maxSustainableEventsPerSecond.map { DisplayFormat.number($0, decimals: 0) + " events/s" } ?? "none (the latency claim fails at any rate, or nothing bounds it)")
            + ".\n"
        if let replay = r.replayHorizonSeconds {
            out += "Reprocessing 7 days of retention by replay takes " + SimulationDuration.format(seconds: replay) + " at the calibrated speed.\n"
        }
        let e = r.average.events
        out += "\nEvents (average load): " + DisplayFormat.number(e.generated, decimals: 0) + " generated, "
            + DisplayFormat.number(e.processed, decimals: 0) + " visible, " + DisplayFormat.number(e.late, decimals: 0) + " late, "
            + DisplayFormat.number(e.duplicatesDropped, decimals: 0) + " duplicates dropped, "
            + DisplayFormat.number(e.windowResults, decimals: 0) + " window results fired.\n"
        out += "\n" + charts(r.average, duration: r.simulatedSeconds)
        return out
    }

    /// Two `xychart-beta` charts over simulated time: mean freshness, and events in the pipeline.
    static func charts(_ run: SimulationRun, duration: Double) -> String {
        let (unit, divisor) = duration >= 2 * 86_400 ? ("hours", 3_600.0) : duration >= 7_200 ? ("minutes", 60.0) : ("seconds", 1.0)
        let labels = run.series.map { DisplayFormat.number($0.timeSeconds / divisor, decimals: 1).replacingCommas() }
        var out = ""
        let fresh = run.series.compactMap(\.meanLatencySeconds)
        if !fresh.isEmpty {
            let points = run.series.filter { $0.meanLatencySeconds != nil }
            let largest = fresh.max() ?? 0
            let (latencyUnit, latencyDivisor) = largest >= 7_200 ? ("hours", 3_600.0) : largest >= 120 ? ("minutes", 60.0)
                : largest >= 1 ? ("seconds", 1.0) : ("milliseconds", 0.001)
            out += "```mermaid\nxychart-beta\n    title \"Mean freshness (average load)\"\n    x-axis \"simulated \(unit)\" ["
                + points.map { DisplayFormat.number($0.timeSeconds / divisor, decimals: 1).replacingCommas() }.joined(separator: ", ")
                + "]\n    y-axis \"\(latencyUnit)\"\n    line ["
                + points.map { chartNumber(($0.meanLatencySeconds ?? 0) / latencyDivisor) }.joined(separator: ", ") + "]\n```\n\n"
        } else {
            out += "No freshness chart: the pipeline is unstable, its latency has no bound.\n\n"
        }
        out += "```mermaid\nxychart-beta\n    title \"Events in the pipeline (average load)\"\n    x-axis \"simulated \(unit)\" ["
            + labels.joined(separator: ", ") + "]\n    y-axis \"events\"\n    bar ["
            + run.series.map { chartNumber($0.backlogEvents) }.joined(separator: ", ") + "]\n```\n"
        return out
    }

    /// "Live on the wall clock (…): mean …, p99 …; simulated: mean …, p99 …." or why it did not run.
    static func liveLine(_ live: WallClockCheck, simulated: SimulationRun) -> String {
        if let reason = live.skippedReason { return "Live on the wall clock: not run (" + reason + ")." }
        let l = live.latencySeconds
        return "Live on the wall clock (" + DisplayFormat.number(live.eventsPerSecond, decimals: 0) + " events/s for "
            + SimulationDuration.format(seconds: live.seconds)
            + (live.scale > 1 ? ", each event standing for " + DisplayFormat.number(live.scale, decimals: 1) : "")
            + "): mean " + latency(l.mean, stable: true) + ", p99 " + latency(l.p99, stable: true) + "; simulated: mean "
            + latency(simulated.latencySeconds.mean, stable: simulated.isStable) + ", p99 "
            + latency(simulated.latencySeconds.p99, stable: simulated.isStable) + "."
    }

    static func chartNumber(_ value: Double) -> String {
        DisplayFormat.number(SignificantDigits.round(value, digits: 4), decimals: 4).replacingCommas()
    }

    static func latency(_ value: Double?, stable: Bool) -> String {
        guard stable else { return "unstable" }
        return value.map { SimulationDuration.format(seconds: $0) } ?? "—"
    }

    static func percent(_ share: Double) -> String { DisplayFormat.number(share * 100, decimals: 1) + "%" }

    static func verdict(_ verdict: SimulationClaim.Verdict) -> String {
        switch verdict {
        case .pass: "pass"
        case .fail: "FAIL"
        case .atRisk: "at risk"
        }
    }

    static func patternTitle(_ raw: String) -> String {
        ArchitecturePattern(rawValue: raw)?.title ?? MarkdownText.inline(raw)
    }
}

extension String {
    /// Without thousands separators (Mermaid reads "1,234" as two numbers).
    func replacingCommas() -> String { filter { $0 != "," } }
}
