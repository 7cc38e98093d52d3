/// Unit prices and capacity assumptions of the capacity cost model
/// (docs/capacity.md): what a vCPU-hour, a gigabyte-month, a gigabyte moved
/// and a Kafka broker-hour cost, and how much one vCPU and one partition carry.
///
/// Every field has its unit in its name. The built-in values (``builtIn``)
/// describe one deployment, stated so it can be checked: stream and batch
/// jobs on EC2 on-demand instances, the event log on Amazon MSK, the lake on
/// S3 Standard, all in us-east-1. Prices are round figures from the public
/// price lists as listed in 2024; throughputs are assumptions, marked as such,
/// to be replaced by measurements of your own jobs. `catalogs/pricing.json`
/// holds the same values with their sources; a pricing file (`--pricing`) or
/// a catalog's `defaults.pricing` replaces any of them.
///
/// Sizes are decimal: 1 MB = 10^6 bytes, 1 GB = 10^9 bytes (AWS bills
/// storage in binary gigabytes, about 7% larger; within this estimate's precision).
///
///     var pricing = Pricing.builtIn
///     pricing.batchComputeUSDPerVCPUHour = 0.015  // your spot price
public struct Pricing: Sendable, Equatable {
    // MARK: Compute prices

    /// USD per vCPU-hour for always-on stream processing. Default 0.048: AWS EC2
    /// on-demand pricing page, us-east-1, Linux, m6i.large at $0.096 per hour for
    /// 2 vCPUs, as listed in 2024. Replace with your reserved or Savings Plans rate.
    public var streamComputeUSDPerVCPUHour: Double
    /// USD per vCPU-hour for scheduled batch runs. Default 0.048, the same m6i.large
    /// on-demand rate (AWS EC2 on-demand pricing page, us-east-1, as listed in 2024);
    /// batch tolerates interruption, so a spot price is a common replacement.
    public var batchComputeUSDPerVCPUHour: Double
    /// USD per Kafka broker-hour. Default 0.21: Amazon MSK pricing page, us-east-1,
    /// provisioned kafka.m5.large broker, as listed in 2024.
    public var kafkaBrokerUSDPerHour: Double

    // MARK: Storage and network prices

    /// USD per GB-month of event-log storage (every replica counts). Default 0.10:
    /// Amazon MSK pricing page, us-east-1, broker storage, as listed in 2024
    /// (EBS gp3 for self-managed Kafka lists at 0.08).
    public var logStorageUSDPerGBMonth: Double
    /// USD per GB-month of lake storage. Default 0.023: Amazon S3 pricing page,
    /// us-east-1, S3 Standard, first 50 TB per month, as listed in 2024.
    public var lakeStorageUSDPerGBMonth: Double
    /// USD per GB of replication traffic between availability zones. Default 0.02:
    /// AWS EC2 on-demand pricing page, "data transfer within the same AWS Region",
    /// $0.01 per GB in each direction across availability zones, as listed in 2024.
    /// Self-managed Kafka pays it for every replica copy; MSK does not bill
    /// replication between its brokers, but bills clients in other zones for a
    /// similar volume, so the default stands in for that (set 0 to leave it out).
    public var networkUSDPerGB: Double

    // MARK: Kafka capacity

    /// Produce throughput one partition sustains, MB/s (`p` in max(t/p, t/c)).
    /// Default 10: an assumption. The formula is from Jun Rao, "How to choose the
    /// number of topics/partitions in a Kafka cluster?", Confluent blog, 2015,
    /// which says to measure p and c for your own setup (a partition can take
    /// tens of MB/s of produce); 10 MB/s is a conservative round figure.
    public var kafkaPartitionProduceMBPerSecond: Double
    /// Consume throughput one partition sustains, MB/s (`c` in max(t/p, t/c)).
    /// Default 20: an assumption, as for the produce figure (same source).
    public var kafkaPartitionConsumeMBPerSecond: Double
    /// Partitions, replicas included, one broker carries. Default 1,000: Amazon MSK
    /// Developer Guide, "Best practices", recommended partitions per kafka.m5.large
    /// broker, as listed in 2024.
    public var kafkaPartitionReplicasPerBroker: Double
    /// Copies of every log record, a whole number. Default 3: Amazon MSK's
    /// `default.replication.factor` for clusters in three availability zones
    /// (MSK Developer Guide, default configuration, as listed in 2024); Apache
    /// Kafka's own broker default is 1, and 3 is the usual production setting.
    public var replicationFactor: Double

    // MARK: Processing capacity (events per second per vCPU)

    /// Events/s one stream-processing vCPU handles for `simple` processing
    /// (filters, projections, per-event rules). Default 50,000: an assumption
    /// (round order of magnitude for a stateless job on 1 KB events); replace it
    /// with a load test's records in per second divided by the busy vCPUs.
    public var streamVCPUEventsPerSecondSimple: Double
    /// Events/s per stream vCPU for `moderate` processing (windowed aggregation,
    /// light enrichment; also used when complexity is not stated). Default 20,000:
    /// an assumption (keyed state and checkpoints cost per event); measure as above.
    public var streamVCPUEventsPerSecondModerate: Double
    /// Events/s per stream vCPU for `complex` processing (large joins, model
    /// scoring). Default 5,000: an assumption; measure as above.
    public var streamVCPUEventsPerSecondComplex: Double
    /// Events/s one batch vCPU processes for `simple` processing. Default 200,000:
    /// an assumption (batch scans columnar files without per-event state or
    /// checkpoints); replace it with a run's events divided by its vCPU-seconds.
    public var batchVCPUEventsPerSecondSimple: Double
    /// Events/s per batch vCPU for `moderate` processing. Default 100,000: an
    /// assumption; measure as above.
    public var batchVCPUEventsPerSecondModerate: Double
    /// Events/s per batch vCPU for `complex` processing (and for `batch_complex`).
    /// Default 20,000: an assumption (shuffles and large joins); measure as above.
    public var batchVCPUEventsPerSecondComplex: Double
    /// Share of provisioned stream capacity a job is planned to use, 0.01 to 1.
    /// Default 0.7: the Flink Kubernetes Operator autoscaler's default
    /// `job.autoscaler.target.utilization` (operator documentation, as listed in 2024).
    public var streamTargetUtilization: Double

    // MARK: Workload assumptions

    /// Bytes per event where a use case states no `event_bytes`. Default 1,000:
    /// an assumption (a round figure for a JSON event of a few dozen fields).
    public var eventBytes: Double
    /// Days the event log keeps records where a use case states no
    /// `log_retention_days`. Default 7: Apache Kafka's broker default
    /// `log.retention.hours` = 168 (Kafka documentation, as listed in 2024).
    public var logRetentionDays: Double
    /// Days the lake keeps raw events. Default 365: an assumption (a year of
    /// history). No compression is assumed, so for columnar files the lake
    /// figure is an upper estimate.
    public var lakeRetentionDays: Double

    // MARK: Batch runs

    /// Minutes each batch run spends before and after processing (cluster start,
    /// job setup, teardown), billed on ``batchClusterVCPUs``. Default 10: an
    /// assumption for a transient cluster started per run; use 0 for an
    /// always-available pool.
    public var batchRunOverheadMinutes: Double
    /// vCPUs of the cluster a batch run starts, a whole number, on which the
    /// overhead is billed. Default 16: an assumption (four 4-vCPU workers).
    public var batchClusterVCPUs: Double
    /// Runs per month of a daily batch job. Default 30: daily over the seed's
    /// 30-day month (720 hours).
    public var batchRunsPerMonth: Double
    /// Runs per month of an hourly (mini-batch) job. Default 720: hourly over the
    /// seed's 30-day month.
    public var miniBatchRunsPerMonth: Double

    // MARK: - Built-in values

    /// The defaults above; `catalogs/pricing.json` holds the same values (a test keeps them equal).
    public static let builtIn = Pricing(
        streamComputeUSDPerVCPUHour: 0.048,
        batchComputeUSDPerVCPUHour: 0.048,
        kafkaBrokerUSDPerHour: 0.21,
        logStorageUSDPerGBMonth: 0.10,
        lakeStorageUSDPerGBMonth: 0.023,
        networkUSDPerGB: 0.02,
        kafkaPartitionProduceMBPerSecond: 10,
        kafkaPartitionConsumeMBPerSecond: 20,
        kafkaPartitionReplicasPerBroker: 1_000,
        replicationFactor: 3,
        streamVCPUEventsPerSecondSimple: 50_000,
        streamVCPUEventsPerSecondModerate: 20_000,
        streamVCPUEventsPerSecondComplex: 5_000,
        batchVCPUEventsPerSecondSimple: 200_000,
        batchVCPUEventsPerSecondModerate: 100_000,
        batchVCPUEventsPerSecondComplex: 20_000,
        streamTargetUtilization: 0.7,
        eventBytes: 1_000,
        logRetentionDays: 7,
        lakeRetentionDays: 365,
        batchRunOverheadMinutes: 10,
        batchClusterVCPUs: 16,
        batchRunsPerMonth: 30,
        miniBatchRunsPerMonth: 720
    )

    // MARK: - Lookups

    /// Stream events/s per vCPU for `complexity` (moderate when not stated).
    public func streamVCPUEventsPerSecond(for complexity: ProcessingComplexity?) -> Double {
        switch complexity ?? .moderate {
        case .simple: streamVCPUEventsPerSecondSimple
        case .moderate: streamVCPUEventsPerSecondModerate
        case .complex: streamVCPUEventsPerSecondComplex
        }
    }

    /// Batch events/s per vCPU for `complexity` (moderate when not stated).
    public func batchVCPUEventsPerSecond(for complexity: ProcessingComplexity?) -> Double {
        switch complexity ?? .moderate {
        case .simple: batchVCPUEventsPerSecondSimple
        case .moderate: batchVCPUEventsPerSecondModerate
        case .complex: batchVCPUEventsPerSecondComplex
        }
    }
}
