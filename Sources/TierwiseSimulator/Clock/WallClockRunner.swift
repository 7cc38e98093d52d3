import Foundation
import TierwiseEngine
import TierwiseModel

/// `--clock wall`: a pipeline of one continuous stage on one core run live.
///
/// One thread is the server: it takes the events of the open-loop schedule in
/// order, each no earlier than its intended time on the wall clock (sleeping
/// until shortly before it, then yielding; at once when it is behind), runs it
/// through the engine's window operator and then works (spins) for the
/// stage's drawn service time. An event's latency is the end of its work
/// minus its intended time, so a consumer that falls behind shows up in the
/// figures and never slows the schedule. Rates above 20,000 events/s are run
/// at 20,000 with each event standing for the rest (service times multiplied
/// to keep the load), and the report says so. At most 30 wall seconds, the first tenth discarded.
public enum WallClockRunner {
    /// The highest live rate.
    public static let maximumEventsPerSecond = 20_000.0
    /// The longest live run, wall seconds.
    public static let maximumSeconds = 30.0

    /// Why `pipeline` cannot run live, or nil when it can.
    public static func ineligibility(_ pipeline: PipelineSpec) -> String? {
        guard pipeline.stages.count == 1, let stage = pipeline.stages.first, stage.trigger == .continuous,
              stage.parallelism == 1, stage.commitIntervalSeconds == nil else {
            return "only a pipeline of one continuous stage on one core, without a commit interval, runs live"
        }
        return nil
    }

    /// Runs `scenario` live for `seconds` (at most ``maximumSeconds``).
    public static func run(_ scenario: SimulationScenario, seconds requested: Double, seed: UInt64) -> WallClockCheck {
        if let reason = ineligibility(scenario.pipeline) {
            return WallClockCheck(eventsPerSecond: 0, scale: 1, seconds: 0, events: 0, latencySeconds: .unavailable, skippedReason: reason)
        }
        let seconds = min(max(requested, 1), maximumSeconds)
        let rate = scenario.workload.eventsPerSecond
        let scale = rate > maximumEventsPerSecond ? rate / maximumEventsPerSecond : 1
        let liveRate = rate / scale
        let pipeline = scenario.pipeline
        let lateLag = pipeline.outOfOrdernessBoundSeconds + pipeline.windowSeconds + pipeline.allowedLatenessSeconds + 1
        var generator = WorkloadGenerator(
            workload: scenario.workload, arrival: scenario.workload.arrival, rate: liveRate, horizonSeconds: seconds,
            lateLagSeconds: lateLag, seed: seed)
        var schedule: [(arrival: Double, event: Event)] = []
        _ = generator.generate(maximum: Int(min(liveRate * seconds * 2 + 16, 2_000_000))) { arrival, _, event in
            schedule.append((arrival, event))
        }
        var engine: WindowOperator<TumblingWindows>
        do {
            engine = try WindowOperator(
                assigner: TumblingWindows(sizeMillis: max(Int64((pipeline.windowSeconds * 1_000).rounded()), 1)),
                mode: .streaming(outOfOrdernessMillis: Int64((pipeline.outOfOrdernessBoundSeconds * 1_000).rounded())),
                deduplicationTTLMillis: Int64((pipeline.deduplicationTTLSeconds * 1_000).rounded()))
        } catch {
            return WallClockCheck(eventsPerSecond: liveRate, scale: scale, seconds: 0, events: 0, latencySeconds: .unavailable,
                                  skippedReason: "the engine refused a setting: \(error)")
        }
        engine.retainsResults = false
        engine.retainsLateEvents = false
        let service = ServiceSampler(pipeline.stages[0].perEvent)
        var random = SplitMix64(seed: seed ^ 0x3A11)

        let clock = ContinuousClock()
        let start = clock.now + .milliseconds(20)
        var histogram = LatencyHistogram()
        let warmup = seconds / 10
        for (arrival, event) in schedule {
            // The schedule releases the event at its intended time; a server that is behind takes it at once.
            let due = start + .nanoseconds(Int64(arrival * 1e9))
            while true {
                let ahead = due - clock.now
                if ahead <= .zero { break }
                // Sleep while far ahead; busy-wait the last 3 ms (a yield can lose the processor for a time slice).
                if ahead > .milliseconds(5) { Thread.sleep(forTimeInterval: Self.seconds(ahead) - 0.003) }
            }
            let late = engine.lateEventCount, duplicates = engine.duplicatesDropped
            engine.process(event)
            guard engine.lateEventCount == late, engine.duplicatesDropped == duplicates else { continue }
            // At most 60 s of work per event: a live run is short.
            let work = min(service.draw(&random) * scale, 60)
            let workEnd = clock.now + .nanoseconds(Int64(work * 1e9))
            while clock.now < workEnd {}
            if arrival >= warmup { histogram.record(Self.seconds(clock.now - due), weight: 1) }
        }
        return WallClockCheck(eventsPerSecond: liveRate, scale: scale, seconds: seconds, events: schedule.count,
                              latencySeconds: histogram.summary(isStable: true), skippedReason: nil)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
