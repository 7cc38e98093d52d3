/// When a stage processes what has arrived.
///
/// `every` has Spark's processing-time trigger semantics: batches start at
/// multiples of the interval; a batch that overruns makes the next start as
/// soon as it ends (with everything that arrived meanwhile); a trigger with
/// nothing to do runs no batch. `schedule` is a scheduled job (hourly, daily)
/// with the same rules, its times shifted by an offset.
public enum StageTrigger: Sendable, Equatable {
    /// Each event is processed on its own as it arrives (a Flink operator).
    case continuous
    /// A micro-batch every `intervalSeconds` (Spark `Trigger.ProcessingTime`).
    case every(intervalSeconds: Double)
    /// A scheduled job every `intervalSeconds`, at `offsetSeconds` past each multiple.
    case schedule(intervalSeconds: Double, offsetSeconds: Double)

    /// The interval of a periodic trigger; nil for continuous processing.
    public var intervalSeconds: Double? {
        switch self {
        case .continuous: nil
        case .every(let interval), .schedule(let interval, _): interval
        }
    }

    /// "continuous", "every 10 s", "schedule 1 d".
    public var description: String {
        switch self {
        case .continuous: "continuous"
        case .every(let interval): "every " + SimulationDuration.format(seconds: interval)
        case .schedule(let interval, let offset):
            "schedule " + SimulationDuration.format(seconds: interval)
                + (offset > 0 ? " at +" + SimulationDuration.format(seconds: offset) : "")
        }
    }
}
