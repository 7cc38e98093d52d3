/// One row of the decision matrix (seed 002, step 3): which way a factor
/// points for this use case, and why.
public struct DecisionFactor: Sendable, Equatable {
    /// The ten factors of the seed's matrix, in its order.
    public enum Kind: String, CaseIterable, Sendable {
        case latencyRequirement = "latency_requirement"
        case dataVolume = "data_volume"
        case processingComplexity = "processing_complexity"
        case historicalContext = "historical_context"
        case ordering = "ordering"
        case exactlyOnce = "exactly_once"
        case errorRecovery = "error_recovery"
        case teamExperience = "team_experience"
        case infrastructure = "infrastructure"
        case budget = "budget"

        /// "Latency requirement", for tables.
        /// The raw value with its words spaced and the first capitalized.
        public var title: String {
            switch self {
            case .latencyRequirement: "Latency requirement"
            case .dataVolume: "Data volume"
            case .processingComplexity: "Processing complexity"
            case .historicalContext: "Historical context"
            case .ordering: "Ordering"
            case .exactlyOnce: "Exactly once"
            case .errorRecovery: "Error recovery"
            case .teamExperience: "Team experience"
            case .infrastructure: "Infrastructure"
            case .budget: "Budget"
            }
        }
    }

    /// Which side a factor favors.
    public enum Leaning: String, Sendable {
        case realTime = "real_time"
        case batch = "batch"
        case neutral = "neutral"
    }

    /// Which of the ten factors.
    public var kind: Kind
    /// The side it favors for this use case.
    public var favors: Leaning
    /// Why, in the use case's terms.
    public var reason: String
    /// How much it counts in the tierwise model's weighted score (the seed's matrix counts every factor once).
    public var weight: Double

    /// Creates a `DecisionFactor` from its parts.
    public init(kind: Kind, favors: Leaning, reason: String, weight: Double = 1) {
        self.kind = kind
        self.favors = favors
        self.reason = reason
        self.weight = weight
    }
}
