import TierwiseModel

/// Decides each claim from the measured runs: the verdict, the figures in
/// words and one sentence of reason (docs/simulator.md, "Claims").
enum ClaimJudge {
    /// The claims of `result`'s runs, in a fixed order: latency at average,
    /// latency at peak, throughput at peak, exactly-once (when claimed), late data.
    static func claims(
        targets: SimulationTargets, average: SimulationRun, peak: SimulationRun, capacity: SimulationCapacity,
        crash: CrashCheckResult?, servingStage: String, path: [String]
    ) -> [SimulationClaim] {
        var claims: [SimulationClaim] = []
        if let bound = targets.latencyP99Seconds {
            let tier = targets.tier.map { " of the \($0) tier" } ?? ""
            let target = "p99 ≤ " + SimulationDuration.format(seconds: bound)
            let averageHolds = holds(average, bound)
            claims.append(latencyClaim(
                "latency p99 at average load", run: average, bound: bound, target: target, tier: tier, stage: servingStage,
                verdict: averageHolds.verdict, path: path))
            var peakVerdict = holds(peak, bound).verdict
            if peakVerdict == .fail && averageHolds.verdict != .fail { peakVerdict = .atRisk }
            claims.append(latencyClaim(
                "latency p99 at peak", run: peak, bound: bound, target: target, tier: tier, stage: servingStage, verdict: peakVerdict, path: path))
        }
        claims.append(throughputClaim(peak: peak, capacity: capacity))
        if targets.requiresExactlyOnce, let crash {
            let holds = crash.mismatchedResults == 0
            claims.append(SimulationClaim(
                claim: "exactly-once under a crash", target: "0 results lost or counted twice",
                measured: count(crash.mismatchedResults) + " of " + count(crash.expectedResults) + " results differ",
                verdict: holds ? .pass : .fail,
                reason: holds
                    ? "After \(crash.crashes) crashes at seeded points and recovery from checkpoint plus log replay, every window's count and sum equals the uninterrupted run's."
                    : "Recovery from checkpoint plus replay changed \(crash.mismatchedResults) window results: events were lost or counted twice."))
        }
        let generated = max(average.events.generated, 1)
        let share = average.events.late / generated
        let lateHolds = share <= targets.maximumLateShare
        claims.append(SimulationClaim(
            claim: "late data dropped", target: "≤ " + percent(targets.maximumLateShare) + " of events",
            measured: percent(share), verdict: lateHolds ? .pass : .fail,
            reason: lateHolds
                ? "The watermark drops \(percent(share)) of events as late, within the \(percent(targets.maximumLateShare)) bound."
                : "The watermark drops \(percent(share)) of events as late, above the \(percent(targets.maximumLateShare)) bound: widen the out-of-orderness bound or allow lateness."))
        return claims
    }

    /// Lambda's serving layer against a full recompute: pass when they agree at every comparison; at
    /// risk when they differ only while late events the speed layer dropped await the next batch run.
    static func lambdaClaim(_ check: LambdaMergeCheck) -> SimulationClaim {
        let measured = count(check.mostMismatchedResults) + " of " + count(check.recomputedResults) + " results differ at worst"
        let target = "merged view = full recompute"
        if check.mostMismatchedResults == 0 {
            return SimulationClaim(
                claim: "Lambda merge equals a full recompute", target: target, measured: measured, verdict: .pass,
                reason: "At \(check.comparisons) checks around \(check.batchRuns) batch-layer runs, the merged batch and speed views equal a batch recompute of every event.")
        }
        if check.speedLayerLateEvents > 0 {
            return SimulationClaim(
                claim: "Lambda merge equals a full recompute", target: target, measured: measured, verdict: .atRisk,
                reason: "The speed layer dropped \(check.speedLayerLateEvents) late events that only the next batch-layer run counts, so until then the served view undercounts \(check.mostMismatchedResults) windows.")
        }
        return SimulationClaim(
            claim: "Lambda merge equals a full recompute", target: target, measured: measured, verdict: .fail,
            reason: "The merged view differs from a full recompute in \(check.mostMismatchedResults) windows although no event was late.")
    }

    /// Whether the run's p99 is within `bound`; a confidence interval
    /// straddling the bound makes a pass or a fail at risk.
    static func holds(_ run: SimulationRun, _ bound: Double) -> (verdict: SimulationClaim.Verdict, p99: Double?) {
        guard run.isStable, let p99 = run.latencySeconds.p99 else { return (.fail, nil) }
        if let width = run.p99ConfidenceHalfWidthSeconds, abs(p99 - bound) <= width { return (.atRisk, p99) }
        return (p99 <= bound ? .pass : .fail, p99)
    }

    private static func latencyClaim(
        _ claim: String, run: SimulationRun, bound: Double, target: String, tier: String, stage: String,
        verdict: SimulationClaim.Verdict, path: [String]
    ) -> SimulationClaim {
        if run.isStable && run.latencySeconds.count == 0 {
            return SimulationClaim(
                claim: claim, target: target, measured: "no events", verdict: .atRisk,
                reason: "No event reached \(stage) after the warm-up (a rate of 0, or a run shorter than its schedule), so nothing was measured.")
        }
        guard run.isStable, let p99 = run.latencySeconds.p99 else {
            let stage = run.stages.first { !$0.isStable }
            let load = stage.map { " (\($0.name) at ρ = " + DisplayFormat.number($0.offeredLoad, decimals: 2) + ")" } ?? ""
            return SimulationClaim(
                claim: claim, target: target, measured: "unstable", verdict: .fail,
                reason: "The pipeline cannot keep up\(load): its backlog grows without bound, so no latency can be promised.")
        }
        let measured = SimulationDuration.format(seconds: p99)
        let reason: String
        switch verdict {
        case .pass:
            reason = "At \(stage), 99% of events are visible within \(measured), inside the \(SimulationDuration.format(seconds: bound)) bound\(tier)."
        case .atRisk:
            reason = "At \(stage), p99 is \(measured) against \(SimulationDuration.format(seconds: bound)): it holds at average load but not here, or only within the confidence interval."
        case .fail:
            reason = "At \(stage), p99 freshness is \(measured), beyond the \(SimulationDuration.format(seconds: bound)) bound\(tier): "
                + dominantCause(run, path: path) + "."
        }
        return SimulationClaim(claim: claim, target: target, measured: measured, verdict: verdict, reason: reason)
    }

    /// What most of the latency is: the stage on the way to the checked one whose own time is largest.
    private static func dominantCause(_ run: SimulationRun, path: [String]) -> String {
        let onPath = run.stages.filter { path.contains($0.name) }
        guard let worst = onPath.max(by: { ($0.latencySeconds.mean ?? 0) < ($1.latencySeconds.mean ?? 0) }),
              let mean = worst.latencySeconds.mean else { return "the pipeline is too slow" }
        return "most of it is spent in \(worst.name) (mean " + SimulationDuration.format(seconds: mean) + " there)"
    }

    private static func throughputClaim(peak: SimulationRun, capacity: SimulationCapacity) -> SimulationClaim {
        let busiest = peak.stages.max { $0.offeredLoad < $1.offeredLoad }
        let load = busiest?.offeredLoad ?? 0
        let name = busiest?.name ?? "the pipeline"
        let measured = "ρ = " + DisplayFormat.number(load, decimals: 3) + " at " + name
        let target = "ρ < 1, ≤ " + DisplayFormat.number(capacity.targetUtilization, decimals: 2) + " for headroom"
        let cores = count(capacity.coresNeededAtPeak) + " core" + (capacity.coresNeededAtPeak == 1 ? "" : "s")
        if load >= 1 {
            return SimulationClaim(
                claim: "throughput at peak", target: target, measured: measured, verdict: .fail,
                reason: "At \(DisplayFormat.number(peak.offeredEventsPerSecond, decimals: 0)) events/s, \(name) needs \(cores) where \(count(capacity.coresSimulated)) were assumed, so its backlog grows.")
        }
        if load > capacity.targetUtilization {
            return SimulationClaim(
                claim: "throughput at peak", target: target, measured: measured, verdict: .atRisk,
                reason: "It keeps up at peak but with less headroom than the \(DisplayFormat.number(capacity.targetUtilization * 100, decimals: 0))% utilization target: \(name) should have \(cores).")
        }
        return SimulationClaim(
            claim: "throughput at peak", target: target, measured: measured, verdict: .pass,
            reason: "At \(DisplayFormat.number(peak.offeredEventsPerSecond, decimals: 0)) events/s the busiest stage, \(name), is \(DisplayFormat.number(load * 100, decimals: 1))% loaded.")
    }

    /// "8,637".
    static func count(_ value: Int) -> String { DisplayFormat.number(Double(value), decimals: 0) }

    static func percent(_ share: Double) -> String {
        DisplayFormat.number(share * 100, decimals: share < 0.01 ? 3 : 2) + "%"
    }
}
