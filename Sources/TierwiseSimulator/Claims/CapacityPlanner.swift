import TierwiseModel

/// Cores and partitions for the peak.
///
/// Cores: each stage's work at peak, λ·E[S] core-seconds per second, over the
/// target utilization (0.7, what Flink's autoscaler aims at by default:
/// `job.autoscaler.utilization.target`), less the share a periodic stage's
/// fixed per-batch cost takes (E[B]/T). Kafka partitions: max(t/p, t/c) with
/// t the peak bytes per second and p, c the per-partition producer and
/// consumer rates of the calibration (Confluent's sizing rule).
enum CapacityPlanner {
    static let targetUtilization = 0.7

    static func plan(
        scenario: SimulationScenario, average: SimulationRun, peak: SimulationRun, calibration: SimulationCalibration,
        maxSustainable: Double?
    ) -> SimulationCapacity {
        var busiest = 0, total = 0
        for (stage, result) in zip(scenario.pipeline.stages, peak.stages) {
            let work = result.arrivalEventsPerSecond * stage.perEvent.meanSeconds
            let overhead = stage.trigger.intervalSeconds.map { stage.perBatch.meanSeconds / $0 } ?? 0
            let cores = max(WholeNumber.ceiling(work / max(targetUtilization - overhead, 0.05)), 1)
            busiest = max(busiest, cores)
            total += cores
        }
        let bytes = peak.offeredEventsPerSecond * scenario.workload.eventBytes
        let producer = calibration.partitionProducerBytesPerSecond, consumer = calibration.partitionConsumerBytesPerSecond
        let partitions = max(WholeNumber.ceiling(max(producer > 0 ? bytes / producer : 0, consumer > 0 ? bytes / consumer : 0)), 1)
        let perMachine = max(calibration.coresPerMachine, 1)
        let machines = max(WholeNumber.ceiling(Double(total) / Double(perMachine)), 1)
        return SimulationCapacity(
            targetUtilization: targetUtilization, coresNeededAtPeak: busiest, totalCoresNeededAtPeak: total,
            coresSimulated: scenario.pipeline.stages.map(\.parallelism).max() ?? 1, kafkaPartitions: partitions,
            peakBytesPerSecond: bytes, machinesNeeded: machines, fitsOneMachine: total <= perMachine,
            maxSustainableEventsPerSecond: maxSustainable)
    }
}
