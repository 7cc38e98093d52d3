import Foundation
import TierwiseEngine
import TierwiseModel

/// Measures this machine's engine for the simulator: events per second on
/// one core through the operator the simulator runs (deduplication, 1-minute
/// tumbling windows, a 5 s watermark bound) on the simulator's default
/// workload shape (Poisson arrivals, 5% out of order, 0.1% duplicates and
/// late). The best of three timed passes over the same events, so a
/// momentarily busy machine reads less low. The fixed costs and partition
/// rates are the documented defaults (docs/simulator.md, "Calibration").
public enum EngineCalibrator {
    /// Measures with `eventCount` events; `progress` gets a line per pass.
    public static func measure(eventCount: Int = 2_000_000, progress: (String) -> Void = { _ in }) throws -> SimulationCalibration {
        let workload = WorkloadSpec(eventsPerSecond: 10_000)
        var generator = WorkloadGenerator(
            workload: workload, arrival: .poisson, rate: 10_000, horizonSeconds: Double(eventCount) / 10_000 * 2,
            lateLagSeconds: 66, seed: 1)
        var arrivals: [Double] = [], lags: [Double] = [], events: [Event] = []
        events.reserveCapacity(eventCount)
        while events.count < eventCount,
              generator.fill(arrivals: &arrivals, lags: &lags, events: &events, maximum: min(65_536, eventCount - events.count)) {
            arrivals.removeAll(keepingCapacity: true)
            lags.removeAll(keepingCapacity: true)
        }
        let clock = ContinuousClock()
        var best = 0.0
        for pass in 1...3 {
            progress("calibrate: pass \(pass) of 3, \(events.count) events")
            var op = try WindowOperator(
                assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 5_000),
                deduplicationTTLMillis: 600_000)
            op.retainsResults = false
            op.retainsLateEvents = false
            let elapsed = clock.measure {
                for event in events { op.process(event) }
                op.finish()
            }
            let seconds = PipelineRunner.seconds(elapsed)
            if seconds > 0 { best = max(best, Double(events.count) / seconds) }
        }
        let rounded = (best / 1_000).rounded() * 1_000
        return SimulationCalibration(
            engineEventsPerSecondPerCore: max(rounded, 1),
            source: "this machine's engine, \(DisplayFormat.number(rounded, decimals: 0)) events/s per core (measured)")
    }
}
