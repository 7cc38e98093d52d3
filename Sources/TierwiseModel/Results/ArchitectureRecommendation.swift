/// The pattern and approach recommended for a use case, and why.
public struct ArchitectureRecommendation: Sendable, Equatable {
    /// The architecture pattern.
    public var pattern: ArchitecturePattern
    /// The processing approach that is costed for it.
    public var approach: ProcessingApproach
    /// How often results are produced, in minutes: the trigger of a
    /// micro-batch, the refresh of a materialized view, the schedule of a
    /// batch job; `nil` for continuous streaming.
    public var scheduleIntervalMinutes: Double?
    /// Why this pattern, in the use case's terms.
    public var reason: String

    /// Creates a `ArchitectureRecommendation` from its parts.
    public init(pattern: ArchitecturePattern, approach: ProcessingApproach, scheduleIntervalMinutes: Double?, reason: String) {
        self.pattern = pattern
        self.approach = approach
        self.scheduleIntervalMinutes = scheduleIntervalMinutes
        self.reason = reason
    }
}
