/// One stage of a simulated pipeline: what triggers it, what its work costs,
/// how many cores share it, and when its results become visible.
public struct StageSpec: Sendable, Equatable {
    /// Unique within the pipeline ("bronze", "speed layer").
    public var name: String
    /// The stage it reads from; nil reads the source (the generated events).
    public var input: String?
    /// When it processes.
    public var trigger: StageTrigger
    /// Work per event (for a batch: the events of the batch share the cores).
    public var perEvent: ServiceTime
    /// Work per batch (scheduling, commit); ignored for continuous stages.
    public var perBatch: ServiceTime
    /// Cores (servers) sharing the work: an M/M/c queue for continuous stages.
    public var parallelism: Int
    /// Results become visible only at checkpoints this far apart (an
    /// exactly-once transactional sink read with read-committed); nil: at once.
    public var commitIntervalSeconds: Double?
    /// Whether consumers read this stage's results (a lakehouse layer, a view):
    /// its freshness is reported and checked.
    public var isConsumed: Bool

    /// Creates a `StageSpec` from its parts.
    public init(
        name: String, input: String? = nil, trigger: StageTrigger, perEvent: ServiceTime = .zero,
        perBatch: ServiceTime = .zero, parallelism: Int = 1, commitIntervalSeconds: Double? = nil, isConsumed: Bool = true
    ) {
        self.name = name
        self.input = input
        self.trigger = trigger
        self.perEvent = perEvent
        self.perBatch = perBatch
        self.parallelism = parallelism
        self.commitIntervalSeconds = commitIntervalSeconds
        self.isConsumed = isConsumed
    }
}
