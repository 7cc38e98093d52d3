/// How to move a use case between batch and streaming safely (seed 002,
/// "Migration Strategies": shadow run, canary, cutover).
public struct MigrationPlan: Sendable, Equatable {
    /// One phase of the move.
    public struct Phase: Sendable, Equatable {
        /// "shadow", "canary" or "cutover".
        public var name: String
        /// What happens in it.
        public var description: String

        /// Creates a `Phase` from its parts.
        public init(name: String, description: String) {
            self.name = name
            self.description = description
        }
    }

    /// The side moved from: batch to streaming, or streaming to batch.
    public var fromStreaming: Bool
    /// The phases, in order.
    public var phases: [Phase]
    /// Calendar months from the start of the build to cutover (tierwise model; nil under the seed's).
    public var durationMonths: Double?
    /// What running both systems side by side costs, USD (tierwise model; nil under the seed's).
    public var parallelRunCostUSD: Double?

    /// Creates a `MigrationPlan` from its parts.
    public init(fromStreaming: Bool, phases: [Phase], durationMonths: Double? = nil, parallelRunCostUSD: Double? = nil) {
        self.fromStreaming = fromStreaming
        self.phases = phases
        self.durationMonths = durationMonths
        self.parallelRunCostUSD = parallelRunCostUSD
    }

    /// "batch_to_streaming" or "streaming_to_batch".
    public var direction: String { fromStreaming ? "streaming_to_batch" : "batch_to_streaming" }
}
