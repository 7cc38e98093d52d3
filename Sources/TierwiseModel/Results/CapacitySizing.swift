/// What the capacity cost model provisioned for one approach and use case,
/// for reports to show beside the money (docs/capacity.md).
///
/// Counts (vCPUs, partitions, brokers) are whole numbers held as `Double`, so
/// that every figure stays finite at the largest inputs. Sizes are decimal
/// (1 MB = 10^6 bytes, 1 GB = 10^9 bytes); a month is the seed's 720 hours.
///
///     // 2,000 events/s × 4 peak, 20,000 events/s per vCPU at 0.7 utilization:
///     sizing.vCPUs  // 1 (ceil(8,000 / 14,000))
public struct CapacitySizing: Sendable, Equatable {
    // MARK: Basis
    /// Provisioned for peak (stream) or sized for the volume per run (batch).
    public var basis: CapacityBasis
    /// Events per second the compute is sized for: the peak rate
    /// (`events_per_second × peak_multiplier`) for a stream job, the average
    /// rate (events per day ÷ 86,400) for batch.
    public var provisionedEventsPerSecond: Double
    /// Share of the provisioned capacity planned to be used: the pricing's
    /// stream target utilization for a stream job, 1 for batch (runs flat out).
    public var targetUtilization: Double
    /// Bytes per event used (the use case's `event_bytes`, else the pricing's).
    public var eventBytes: Double

    // MARK: Compute
    /// vCPUs: always on for a stream job (at least 1); the cluster a batch run
    /// starts (on which its overhead is billed).
    public var vCPUs: Double
    /// vCPU-hours per month: vCPUs × 720 for a stream job; processing plus
    /// per-run overhead for batch.
    public var vCPUHoursPerMonth: Double
    /// Batch runs per month; 0 for an always-on stream job.
    public var runsPerMonth: Double

    // MARK: Event log (stream jobs; 0 for batch)
    /// Peak log throughput, MB/s: peak events/s × event bytes ÷ 10^6.
    public var peakThroughputMBPerSecond: Double
    /// Kafka partitions, max(t/p, t/c) rounded up, at least 1.
    public var kafkaPartitions: Double
    /// Kafka brokers: enough for every partition replica, at least the replication factor.
    public var kafkaBrokers: Double
    /// Log storage, GB, every replica counted.
    public var logStorageGB: Double
    /// Replication traffic, GB per month (the copies beyond the first).
    public var replicationTrafficGBPerMonth: Double

    // MARK: Lake
    /// Lake storage, GB (raw events over the lake retention).
    public var lakeStorageGB: Double

    /// Creates a `CapacitySizing` from its parts.
    public init(
        basis: CapacityBasis, provisionedEventsPerSecond: Double, targetUtilization: Double, eventBytes: Double,
        vCPUs: Double, vCPUHoursPerMonth: Double, runsPerMonth: Double,
        peakThroughputMBPerSecond: Double, kafkaPartitions: Double, kafkaBrokers: Double,
        logStorageGB: Double, replicationTrafficGBPerMonth: Double, lakeStorageGB: Double
    ) {
        self.basis = basis
        self.provisionedEventsPerSecond = provisionedEventsPerSecond
        self.targetUtilization = targetUtilization
        self.eventBytes = eventBytes
        self.vCPUs = vCPUs
        self.vCPUHoursPerMonth = vCPUHoursPerMonth
        self.runsPerMonth = runsPerMonth
        self.peakThroughputMBPerSecond = peakThroughputMBPerSecond
        self.kafkaPartitions = kafkaPartitions
        self.kafkaBrokers = kafkaBrokers
        self.logStorageGB = logStorageGB
        self.replicationTrafficGBPerMonth = replicationTrafficGBPerMonth
        self.lakeStorageGB = lakeStorageGB
    }
}
