/// What the pipeline needs at peak.
public struct SimulationCapacity: Sendable, Equatable {
    /// The utilization the core count aims at (Flink's autoscaler: 0.7).
    public var targetUtilization: Double
    /// Cores the busiest stage needs at peak to stay at the target.
    public var coresNeededAtPeak: Int
    /// Cores all stages together need at peak.
    public var totalCoresNeededAtPeak: Int
    /// Cores the pipeline was simulated with (busiest stage).
    public var coresSimulated: Int
    /// Kafka partitions: max(t/p, t/c) at peak.
    public var kafkaPartitions: Int
    /// Peak throughput, bytes per second.
    public var peakBytesPerSecond: Double
    /// Machines of the calibration's size the cores need.
    public var machinesNeeded: Int
    /// Whether one machine is enough.
    public var fitsOneMachine: Bool
    /// Highest mean rate at which every stage stays below utilization 1 and the latency claim holds
    /// (found by search over simulated runs); nil when not searched.
    public var maxSustainableEventsPerSecond: Double?

    /// Creates a `SimulationCapacity` from its parts.
    public init(
        targetUtilization: Double, coresNeededAtPeak: Int, totalCoresNeededAtPeak: Int, coresSimulated: Int, kafkaPartitions: Int,
        peakBytesPerSecond: Double, machinesNeeded: Int, fitsOneMachine: Bool, maxSustainableEventsPerSecond: Double?
    ) {
        self.targetUtilization = targetUtilization
        self.coresNeededAtPeak = coresNeededAtPeak
        self.totalCoresNeededAtPeak = totalCoresNeededAtPeak
        self.coresSimulated = coresSimulated
        self.kafkaPartitions = kafkaPartitions
        self.peakBytesPerSecond = peakBytesPerSecond
        self.machinesNeeded = machinesNeeded
        self.fitsOneMachine = fitsOneMachine
        self.maxSustainableEventsPerSecond = maxSustainableEventsPerSecond
    }
}
