import Foundation
import TierwiseModel

/// Costs each processing approach from the capacity it needs (docs/capacity.md):
/// an opt-in alternative to the seed's ``CostEstimator``, offline, from the
/// unit prices of a ``Pricing``.
///
/// Only infrastructure changes. Compute, storage and network come from
/// capacity; the people lines (engineering, on-call and incident hours,
/// development and testing days) are the seed's, from the approach's
/// multipliers, exactly as ``CostEstimator`` gives them, so every report,
/// break-even and payback reads the same ``CostModel`` either way. The
/// baseline monthly compute of ``CostParameters`` is not used; its hourly rate is.
///
/// Stream approaches (`micro_batch`, `near_real_time`, `real_time`) run always
/// on and are provisioned for peak; batch approaches (`batch_simple`,
/// `batch_complex`) are sized for the volume per run. With R the average
/// rate, P the peak multiplier, B bytes per event, E events per day, and a
/// month of 720 hours (30 days):
///
///     stream vCPUs      = max(1, ceil(R·P / (events/s per vCPU · target utilization)))
///     stream compute    = vCPUs · 720 · stream price + brokers · 720 · broker price
///     partitions        = max(1, ceil(max(t/p, t/c))),  t = R·P·B / 10^6 MB/s
///     brokers           = max(replication, ceil(partitions · replication / replicas per broker))
///     log storage GB    = E · B · log retention days · replication / 10^9
///     replication GB/mo = 30 · E · B · (replication − 1) / 10^9
///     batch vCPU-hours  = 30 · E / (events/s per vCPU · 3,600) + runs · overhead min / 60 · cluster vCPUs
///     lake storage GB   = E · B · lake retention days / 10^9   (every approach)
///
/// Every input is first brought into its documented range (``InputLimits``,
/// ``Pricing/clampedToLimits()``), so every figure is finite, even for a
/// `UseCase` or `Pricing` built in code with values no catalog would pass.
///
///     let estimator = CapacityCostEstimator(pricing: .builtIn, parameters: CostParameters())
///     estimator.estimate(.realTime, for: fraud).capacity?.vCPUs  // 1 at 2,000 events/s × 4
public struct CapacityCostEstimator: Sendable {
    /// Hours in the seed's 30-day month.
    public static let hoursPerMonth = 720.0
    /// Days in the seed's month.
    public static let daysPerMonth = 30.0

    /// Unit prices and capacity assumptions, as given.
    public var pricing: Pricing
    /// Hourly rate (people lines); the baseline compute is not used.
    public var parameters: CostParameters

    /// Creates a `CapacityCostEstimator` from its parts.
    public init(pricing: Pricing = .builtIn, parameters: CostParameters = CostParameters()) {
        self.pricing = pricing
        self.parameters = parameters
    }

    // MARK: - Estimates

    /// `approach` for `useCase`. A batch approach runs hourly (the pricing's
    /// mini-batch runs) when the use case asks for `mini_batch`, else daily.
    public func estimate(_ approach: ProcessingApproach, for useCase: UseCase) -> ApproachCost {
        estimate(approach, for: useCase, servingTier: useCase.latencyRequirement == .miniBatch ? .miniBatch : approach.tier)
    }

    /// `approach` for `useCase`, serving `servingTier`: for a batch approach,
    /// `mini_batch` means hourly runs and any other tier daily runs; stream
    /// approaches ignore it.
    public func estimate(_ approach: ProcessingApproach, for useCase: UseCase, servingTier: LatencyTier) -> ApproachCost {
        let seed = CostEstimator(parameters: parameters)
        let eventsPerDay = InputLimits.eventsPerDay.clamp(useCase.eventsPerDay)
        let people = seed.estimate(approach, eventsPerDay: eventsPerDay)
        let (infrastructure, sizing) = infrastructure(approach, for: useCase, servingTier: servingTier)
        let model = CostModel(
            computeCostUSD: infrastructure.compute, storageCostUSD: infrastructure.storage,
            networkCostUSD: infrastructure.network,
            engineeringHours: people.engineeringHours, onCallHours: people.onCallHours,
            incidentResponseHours: people.incidentResponseHours,
            initialDevelopmentDays: people.initialDevelopmentDays, testingDays: people.testingDays,
            hourlyRateUSD: people.hourlyRateUSD)
        return ApproachCost(
            approach: approach, model: model, volumeFactor: CostEstimator.volumeFactor(eventsPerDay: eventsPerDay),
            capacity: sizing)
    }

    /// Each approach costed for `useCase`, in the order given.
    public func compare(
        _ useCase: UseCase, approaches: [ProcessingApproach] = ProcessingApproach.seedDefaultComparison
    ) -> [ApproachCost] {
        approaches.map { estimate($0, for: useCase) }
    }

    // MARK: - Sizing

    /// Compute, storage and network in USD per month.
    struct Infrastructure {
        var compute: Double
        var storage: Double
        var network: Double
    }

    /// The workload figures every approach reads, each within its range.
    struct Workload {
        var eventsPerSecond: Double
        var peakMultiplier: Double
        var eventsPerDay: Double
        var eventBytes: Double
        var logRetentionDays: Double
        var complexity: ProcessingComplexity?
    }

    func workload(_ useCase: UseCase, pricing p: Pricing) -> Workload {
        Workload(
            eventsPerSecond: InputLimits.eventsPerSecond.clamp(useCase.eventsPerSecond),
            peakMultiplier: InputLimits.peakMultiplier.clamp(useCase.peakMultiplier),
            eventsPerDay: InputLimits.eventsPerDay.clamp(useCase.eventsPerDay),
            eventBytes: InputLimits.eventBytes.clamp(useCase.eventBytes ?? p.eventBytes),
            logRetentionDays: InputLimits.retentionDays.clamp(useCase.logRetentionDays ?? p.logRetentionDays),
            complexity: useCase.processingComplexity)
    }

    func infrastructure(
        _ approach: ProcessingApproach, for useCase: UseCase, servingTier: LatencyTier
    ) -> (Infrastructure, CapacitySizing) {
        let p = pricing.clampedToLimits()
        let w = workload(useCase, pricing: p)
        let lakeStorageGB = w.eventsPerDay * w.eventBytes * p.lakeRetentionDays / 1e9
        switch CapacityBasis.of(approach) {
        case .provisionedForPeak:
            return stream(w, lakeStorageGB: lakeStorageGB, pricing: p)
        case .sizedForVolume:
            let complexity = approach == .batchComplex ? .complex : w.complexity
            let runs = servingTier == .miniBatch ? p.miniBatchRunsPerMonth : p.batchRunsPerMonth
            return batch(w, complexity: complexity, runsPerMonth: runs, lakeStorageGB: lakeStorageGB, pricing: p)
        }
    }

    /// An always-on stream job with its Kafka log, provisioned for peak.
    func stream(_ w: Workload, lakeStorageGB: Double, pricing p: Pricing) -> (Infrastructure, CapacitySizing) {
        let peak = w.eventsPerSecond * w.peakMultiplier
        let vCPUs = max(1, Self.wholeUnits(peak / (p.streamVCPUEventsPerSecond(for: w.complexity) * p.streamTargetUtilization)))
        let vCPUHours = vCPUs * Self.hoursPerMonth
        let throughputMB = peak * w.eventBytes / 1e6
        let partitions = max(1, Self.wholeUnits(max(
            throughputMB / p.kafkaPartitionProduceMBPerSecond, throughputMB / p.kafkaPartitionConsumeMBPerSecond)))
        let brokers = max(p.replicationFactor, Self.wholeUnits(partitions * p.replicationFactor / p.kafkaPartitionReplicasPerBroker))
        let logStorageGB = w.eventsPerDay * w.eventBytes * w.logRetentionDays * p.replicationFactor / 1e9
        let replicationGB = Self.daysPerMonth * w.eventsPerDay * w.eventBytes * (p.replicationFactor - 1) / 1e9
        let costs = Infrastructure(
            compute: vCPUHours * p.streamComputeUSDPerVCPUHour + brokers * Self.hoursPerMonth * p.kafkaBrokerUSDPerHour,
            storage: logStorageGB * p.logStorageUSDPerGBMonth + lakeStorageGB * p.lakeStorageUSDPerGBMonth,
            network: replicationGB * p.networkUSDPerGB)
        let sizing = CapacitySizing(
            basis: .provisionedForPeak, provisionedEventsPerSecond: peak, targetUtilization: p.streamTargetUtilization,
            eventBytes: w.eventBytes, vCPUs: vCPUs, vCPUHoursPerMonth: vCPUHours, runsPerMonth: 0,
            peakThroughputMBPerSecond: throughputMB, kafkaPartitions: partitions, kafkaBrokers: brokers,
            logStorageGB: logStorageGB, replicationTrafficGBPerMonth: replicationGB, lakeStorageGB: lakeStorageGB)
        return (costs, sizing)
    }

    /// Scheduled batch runs over the lake, sized for the volume per run; no log, no replication traffic.
    func batch(
        _ w: Workload, complexity: ProcessingComplexity?, runsPerMonth: Double, lakeStorageGB: Double, pricing p: Pricing
    ) -> (Infrastructure, CapacitySizing) {
        let eventsPerMonth = w.eventsPerDay * Self.daysPerMonth
        let processingHours = eventsPerMonth / (p.batchVCPUEventsPerSecond(for: complexity) * 3_600)
        let overheadHours = runsPerMonth * p.batchRunOverheadMinutes / 60 * p.batchClusterVCPUs
        let vCPUHours = processingHours + overheadHours
        let costs = Infrastructure(
            compute: vCPUHours * p.batchComputeUSDPerVCPUHour,
            storage: lakeStorageGB * p.lakeStorageUSDPerGBMonth,
            network: 0)
        let sizing = CapacitySizing(
            basis: .sizedForVolume, provisionedEventsPerSecond: w.eventsPerDay / 86_400, targetUtilization: 1,
            eventBytes: w.eventBytes, vCPUs: p.batchClusterVCPUs, vCPUHoursPerMonth: vCPUHours, runsPerMonth: runsPerMonth,
            peakThroughputMBPerSecond: 0, kafkaPartitions: 0, kafkaBrokers: 0,
            logStorageGB: 0, replicationTrafficGBPerMonth: 0, lakeStorageGB: lakeStorageGB)
        return (costs, sizing)
    }

    /// `x` rounded up to a whole number, forgiving a rounding error of one
    /// part in 10^12 (at most 10^-6), so that an exact fit (14,000 events/s
    /// on 20,000 × 0.7) is 1, not 2 because 20,000 × 0.7 is 13,999.999… in
    /// binary; large counts are rounded up exactly.
    static func wholeUnits(_ x: Double) -> Double {
        (x - min(abs(x) * 1e-12, 1e-6)).rounded(.up)
    }
}
