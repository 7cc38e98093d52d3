/// The figures every simulated service time comes from: the engine's speed per
/// core and the fixed costs of batches. Measured by `tierwise calibrate`, or
/// written by hand from a production job (docs/simulator.md, "Calibration").
public struct SimulationCalibration: Sendable, Equatable {
    /// Events per second one core of the stream processor sustains.
    public var engineEventsPerSecondPerCore: Double
    /// Fixed cost of a micro-batch (planning, commit), seconds.
    public var microBatchOverheadSeconds: Double
    /// Fixed cost of a scheduled job (start-up, commit), seconds.
    public var scheduledJobOverheadSeconds: Double
    /// Cores of one machine, for "one machine is not enough".
    public var coresPerMachine: Int
    /// Bytes per second one Kafka partition takes from producers.
    public var partitionProducerBytesPerSecond: Double
    /// Bytes per second one consumer reads from one partition.
    public var partitionConsumerBytesPerSecond: Double
    /// Where the figures come from ("measured on this machine at start", a file path).
    public var source: String

    /// Creates a `SimulationCalibration`; the fixed costs and partition rates have their documented defaults.
    public init(
        engineEventsPerSecondPerCore: Double, microBatchOverheadSeconds: Double = 0.1, scheduledJobOverheadSeconds: Double = 60,
        coresPerMachine: Int = 16, partitionProducerBytesPerSecond: Double = 10_000_000,
        partitionConsumerBytesPerSecond: Double = 20_000_000, source: String
    ) {
        self.engineEventsPerSecondPerCore = engineEventsPerSecondPerCore
        self.microBatchOverheadSeconds = microBatchOverheadSeconds
        self.scheduledJobOverheadSeconds = scheduledJobOverheadSeconds
        self.coresPerMachine = coresPerMachine
        self.partitionProducerBytesPerSecond = partitionProducerBytesPerSecond
        self.partitionConsumerBytesPerSecond = partitionConsumerBytesPerSecond
        self.source = source
    }

    /// Seconds one core spends on one event.
    public var secondsPerEvent: Double { engineEventsPerSecondPerCore > 0 ? 1 / engineEventsPerSecondPerCore : 0 }
}
