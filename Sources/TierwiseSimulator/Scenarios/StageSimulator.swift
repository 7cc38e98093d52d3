import Foundation
import TierwiseModel

/// One stage in simulated time: it takes cohorts in arrival order, works out
/// when each leaves and becomes visible, measures it, and hands it on.
///
/// - Continuous: first-come first-served over `parallelism` servers
///   (M/G/c), each event its own job; with several servers, events are handed
///   downstream in arrival order (a later event is never visible downstream
///   before an earlier one), while this stage's own figures use its own times.
/// - Periodic (`every`, `schedule`), Spark's processing-time semantics: a
///   batch starts at the first trigger at or after its first event's arrival,
///   or when the previous batch ends if that is later (a late batch starts at
///   once); it takes every event that arrived by its start; a trigger with
///   nothing pending runs nothing. A batch lasts its per-batch time plus its
///   events' per-event time shared by the cores (per-event time is the mean:
///   the sum over a batch is that close to it).
/// - A commit interval C makes results visible at the next multiple of C
///   (an exactly-once transactional sink read with read-committed).
///
/// A long batch keeps at most ``pendingLimit`` cohorts: beyond it, neighbours
/// are merged pairwise (weights added, times averaged by weight), so memory is
/// bounded and each merged time is within the batch span / 32,768 of the
/// events it stands for.
struct StageSimulator: Sendable {
    static let pendingLimit = 65_536

    let spec: StageSpec
    private let perEvent: ServiceSampler
    private let perBatch: ServiceSampler
    private let interval: Double?
    private let offset: Double
    private let commitInterval: Double?
    private let parallelism: Double
    private var random: SplitMix64
    /// For sampled runs of continuous stages: the steady-state wait (see ``SampledWait``); nil otherwise.
    private let sampledWait: SampledWait?

    // MARK: State
    private var servers: ServerPool
    private let isSingleServer: Bool
    private var singleServerFree = 0.0
    private var lastHandoff = 0.0
    private var pending: [Cohort] = []
    private var pendingWeight = 0.0
    private var batchStart = 0.0
    private var previousBatchEnd = -Double.infinity
    /// Cohorts that left, for the stages reading this one.
    var output: [Cohort] = []
    /// Whether a stage reads this one (else nothing is kept in ``output``).
    var hasReaders = true
    /// Whether freshness from event time is measured here (the checked stage only: it costs a histogram).
    var tracksEventTime = true
    /// A stage reading the source: its own time is its freshness, measured once.
    private let readsSource: Bool

    // MARK: Measurement
    private let warmup: Double
    private let horizon: Double
    private var ownLatency = LatencyHistogram()
    /// Time in this stage (for a stage reading the source, its freshness: arrival is the origin).
    var stageLatency: LatencyHistogram { readsSource ? freshness : ownLatency }
    private(set) var freshness = LatencyHistogram()
    private(set) var eventTimeFreshness = LatencyHistogram()
    private(set) var backlog: BacklogSampler
    private(set) var busySeconds = 0.0
    private(set) var arrivedWeight = 0.0
    private(set) var departedWeight = 0.0
    private(set) var batches = 0

    /// A stage; `sampledRate` is the full (unsampled) events per second reaching it when the run is sampled, else nil.
    init(spec: StageSpec, warmupSeconds: Double, horizonSeconds: Double, seed: UInt64, sampledRate: Double? = nil) {
        self.spec = spec
        perEvent = ServiceSampler(spec.perEvent)
        perBatch = ServiceSampler(spec.perBatch)
        interval = spec.trigger.intervalSeconds
        if case .schedule(_, let shift) = spec.trigger { offset = shift } else { offset = 0 }
        commitInterval = spec.commitIntervalSeconds.flatMap { $0 > 0 ? $0 : nil }
        parallelism = Double(max(spec.parallelism, 1))
        random = SplitMix64(seed: seed)
        readsSource = spec.input == nil
        sampledWait = spec.trigger == .continuous ? sampledRate.map {
            SampledWait(rate: $0, service: spec.perEvent, servers: max(spec.parallelism, 1))
        } : nil
        servers = ServerPool(count: spec.parallelism)
        isSingleServer = spec.parallelism <= 1
        warmup = warmupSeconds
        horizon = horizonSeconds
        backlog = BacklogSampler(horizonSeconds: horizonSeconds)
    }

    // MARK: - Flow

    /// Takes the next cohort (arrivals in non-decreasing order).
    @inline(__always)
    mutating func accept(_ cohort: Cohort) {
        arrivedWeight += cohort.weight
        guard let interval else {
            if let sampledWait {
                // A sample does not queue behind itself: its wait is drawn from the full load's steady state.
                let service = perEvent.isDeterministic ? perEvent.meanSeconds : perEvent.draw(&random)
                busySeconds += service * cohort.weight
                depart(cohort, at: cohort.arrival + sampledWait.draw(&random) + service, ordered: true)
                return
            }
            let service = perEvent.isDeterministic
                ? perEvent.meanSeconds * cohort.weight : perEvent.draw(&random) * cohort.weight
            let end: Double
            if isSingleServer {
                // Lindley's recursion without the heap.
                end = max(cohort.arrival, singleServerFree) + service
                singleServerFree = end
            } else {
                end = max(cohort.arrival, servers.earliest) + service
                servers.occupyEarliest(until: end)
            }
            busySeconds += service
            depart(cohort, at: end, ordered: parallelism > 1)
            return
        }
        if !pending.isEmpty && cohort.arrival > batchStart { runBatch() }
        if pending.isEmpty {
            // The first trigger at or after the arrival, unless the previous batch is still running.
            let trigger = offset + ((cohort.arrival - offset) / interval).rounded(.up) * interval
            batchStart = max(trigger, previousBatchEnd)
        }
        if pending.count >= Self.pendingLimit { compactPending() }
        pending.append(cohort)
        pendingWeight += cohort.weight
    }

    /// Runs the last pending batch.
    mutating func finish() {
        if !pending.isEmpty { runBatch() }
    }

    private mutating func runBatch() {
        let duration = (perBatch.isDeterministic ? perBatch.meanSeconds : perBatch.draw(&random))
            + pendingWeight * perEvent.meanSeconds / parallelism
        let end = batchStart + duration
        busySeconds += duration
        batches += 1
        previousBatchEnd = end
        for cohort in pending { depart(cohort, at: end, ordered: false) }
        pending.removeAll(keepingCapacity: true)
        pendingWeight = 0
    }

    private mutating func compactPending() {
        var merged: [Cohort] = []
        merged.reserveCapacity(pending.count / 2 + 1)
        var index = 0
        while index + 1 < pending.count {
            let a = pending[index], b = pending[index + 1]
            let weight = a.weight + b.weight
            func mean(_ x: Double, _ y: Double) -> Double { (x * a.weight + y * b.weight) / weight }
            merged.append(Cohort(origin: mean(a.origin, b.origin), arrival: mean(a.arrival, b.arrival), weight: weight,
                                 lag: mean(a.lag, b.lag)))
            index += 2
        }
        if index < pending.count { merged.append(pending[index]) }
        pending = merged
    }

    @inline(__always)
    private mutating func depart(_ cohort: Cohort, at end: Double, ordered: Bool) {
        var visible = end
        if let commitInterval { visible = (end / commitInterval).rounded(.up) * commitInterval }
        let weight = cohort.weight
        departedWeight += weight
        backlog.count(arrival: cohort.arrival, departure: visible, weight: weight)
        if cohort.origin >= warmup {
            let fresh = visible - cohort.origin
            freshness.record(fresh, weight: weight)
            if !readsSource { ownLatency.record(visible - cohort.arrival, weight: weight) }
            if tracksEventTime { eventTimeFreshness.record(fresh + cohort.lag, weight: weight) }
            backlog.addFreshness(fresh, origin: cohort.origin, weight: weight)
        }
        guard hasReaders else { return }
        var handoff = visible
        if ordered {
            handoff = max(visible, lastHandoff)
            lastHandoff = handoff
        }
        output.append(Cohort(origin: cohort.origin, arrival: handoff, weight: weight, lag: cohort.lag))
    }

    // MARK: - Figures

    /// ρ = λ·E[S]/c, plus E[batch overhead]/T for periodic stages.
    var offeredLoad: Double {
        guard horizon > 0 else { return 0 }
        let perEventLoad = arrivedWeight / horizon * perEvent.meanSeconds / parallelism
        guard let interval else { return perEventLoad }
        return perEventLoad + perBatch.meanSeconds / interval
    }

    /// Share of the run the cores were busy, at most 1.
    var utilization: Double {
        guard horizon > 0 else { return 0 }
        let busy = interval == nil ? busySeconds / parallelism : busySeconds
        return min(busy / horizon, 1)
    }
}
