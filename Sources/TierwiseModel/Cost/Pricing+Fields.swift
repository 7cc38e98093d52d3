/// One field of a pricing object: its JSON key, where it lives in ``Pricing``
/// and the values it accepts.
public struct PricingField: Sendable {
    /// The snake_case key in a pricing file and in `defaults.pricing`.
    public let key: String
    /// The property it sets.
    public let keyPath: WritableKeyPath<Pricing, Double> & Sendable
    /// The values accepted; the upper bounds keep every figure the capacity
    /// model derives finite (docs/capacity.md, "Limits").
    public let range: NumberRange
    /// True when only whole numbers make sense (replicas, brokers' partitions, vCPUs).
    public let isWholeNumber: Bool

    init(_ key: String, _ keyPath: WritableKeyPath<Pricing, Double> & Sendable, _ range: NumberRange, whole: Bool = false) {
        self.key = key
        self.keyPath = keyPath
        self.range = range
        self.isWholeNumber = whole
    }
}

extension Pricing {
    // MARK: - Ranges

    /// A price in USD per unit: 0 to a million.
    static let priceRange = NumberRange.nonNegative(atMost: 1e6)
    /// A per-partition throughput in MB/s: 0.001 (1 KB/s) to a million.
    static let partitionThroughputRange = NumberRange(minimum: 0.001, isMinimumExclusive: false, maximum: 1e6)
    /// A per-vCPU throughput in events/s: 1 to a billion.
    static let perVCPURange = NumberRange(minimum: 1, isMinimumExclusive: false, maximum: 1e9)

    // MARK: - Fields

    /// Every field of a pricing object, in the order of `catalogs/pricing.json`.
    public static let fields: [PricingField] = [
        PricingField("stream_compute_usd_per_vcpu_hour", \.streamComputeUSDPerVCPUHour, priceRange),
        PricingField("batch_compute_usd_per_vcpu_hour", \.batchComputeUSDPerVCPUHour, priceRange),
        PricingField("kafka_broker_usd_per_hour", \.kafkaBrokerUSDPerHour, priceRange),
        PricingField("log_storage_usd_per_gb_month", \.logStorageUSDPerGBMonth, priceRange),
        PricingField("lake_storage_usd_per_gb_month", \.lakeStorageUSDPerGBMonth, priceRange),
        PricingField("network_usd_per_gb", \.networkUSDPerGB, priceRange),
        PricingField("kafka_partition_produce_mb_per_second", \.kafkaPartitionProduceMBPerSecond, partitionThroughputRange),
        PricingField("kafka_partition_consume_mb_per_second", \.kafkaPartitionConsumeMBPerSecond, partitionThroughputRange),
        PricingField(
            "kafka_partition_replicas_per_broker", \.kafkaPartitionReplicasPerBroker,
            NumberRange(minimum: 1, isMinimumExclusive: false, maximum: 1e7), whole: true),
        PricingField(
            "replication_factor", \.replicationFactor, NumberRange(minimum: 1, isMinimumExclusive: false, maximum: 10),
            whole: true),
        PricingField("stream_vcpu_events_per_second_simple", \.streamVCPUEventsPerSecondSimple, perVCPURange),
        PricingField("stream_vcpu_events_per_second_moderate", \.streamVCPUEventsPerSecondModerate, perVCPURange),
        PricingField("stream_vcpu_events_per_second_complex", \.streamVCPUEventsPerSecondComplex, perVCPURange),
        PricingField("batch_vcpu_events_per_second_simple", \.batchVCPUEventsPerSecondSimple, perVCPURange),
        PricingField("batch_vcpu_events_per_second_moderate", \.batchVCPUEventsPerSecondModerate, perVCPURange),
        PricingField("batch_vcpu_events_per_second_complex", \.batchVCPUEventsPerSecondComplex, perVCPURange),
        PricingField(
            "stream_target_utilization", \.streamTargetUtilization,
            NumberRange(minimum: 0.01, isMinimumExclusive: false, maximum: 1)),
        PricingField("event_bytes", \.eventBytes, InputLimits.eventBytes),
        PricingField("log_retention_days", \.logRetentionDays, InputLimits.retentionDays),
        PricingField("lake_retention_days", \.lakeRetentionDays, InputLimits.retentionDays),
        PricingField("batch_run_overhead_minutes", \.batchRunOverheadMinutes, NumberRange.nonNegative(atMost: 1_440)),
        PricingField(
            "batch_cluster_vcpus", \.batchClusterVCPUs, NumberRange(minimum: 1, isMinimumExclusive: false, maximum: 1e6),
            whole: true),
        PricingField("batch_runs_per_month", \.batchRunsPerMonth, NumberRange.nonNegative(atMost: 43_200)),
        PricingField("mini_batch_runs_per_month", \.miniBatchRunsPerMonth, NumberRange.nonNegative(atMost: 43_200)),
    ]

    /// Every field's key, for "did you mean" hints.
    public static let keys = Set(fields.map(\.key))

    // MARK: - Limits

    /// These values with each field brought into its range (a non-number to the
    /// lower bound, a fraction of a whole-number field rounded up), so that a
    /// `Pricing` built in code, not read from a file, still gives finite figures.
    /// Values a pricing file accepts are unchanged.
    public func clampedToLimits() -> Pricing {
        var clamped = self
        for field in Self.fields {
            var value = field.range.clamp(self[keyPath: field.keyPath])
            if field.isWholeNumber { value = min(value.rounded(.up), field.range.maximum) }
            clamped[keyPath: field.keyPath] = value
        }
        return clamped
    }
}
