import TierwiseModel

/// Scores the seed's ten decision factors for a use case.
///
/// Each factor reads one catalog field. Factors the seed's `UseCase` lacks
/// (complexity, team, infrastructure, budget, error recovery) read optional
/// fields; when a field is not stated the factor is neutral and says so,
/// except error recovery, which falls back to the cost of error.
public enum DecisionMatrixBuilder {
    /// Peak events per second at and above which volume favors batch (the seed's 100K events/s).
    public static let highVolumeEventsPerSecond: Double = 100_000

    /// The matrix for `useCase`.
    public static func build(for useCase: UseCase) -> DecisionMatrix {
        DecisionMatrix(factors: [
            latency(useCase), volume(useCase), complexity(useCase), historical(useCase), ordering(useCase),
            exactlyOnce(useCase), recovery(useCase), team(useCase), infrastructure(useCase), budget(useCase),
        ])
    }

    // MARK: - Factors

    static func latency(_ u: UseCase) -> DecisionFactor {
        let tier = u.latencyRequirement
        switch tier {
        case .realTime, .nearRealTime:
            return DecisionFactor(kind: .latencyRequirement, favors: .realTime,
                reason: "Stated \(tier.rawValue) (\(tier.boundsDescription)) needs results in under 5 minutes.")
        case .microBatch:
            return DecisionFactor(kind: .latencyRequirement, favors: .neutral,
                reason: "Stated micro_batch (1–15 min) sits between the 5-minute and 1-hour marks.")
        case .miniBatch, .batch:
            return DecisionFactor(kind: .latencyRequirement, favors: .batch,
                reason: "Stated \(tier.rawValue) (\(tier.boundsDescription)): more than an hour is acceptable.")
        }
    }

    static func volume(_ u: UseCase) -> DecisionFactor {
        let peak = DisplayFormat.number(u.peakEventsPerSecond, decimals: 0)
        if u.peakEventsPerSecond >= highVolumeEventsPerSecond {
            return DecisionFactor(kind: .dataVolume, favors: .batch,
                reason: "Peak of \(peak) events/s is very high volume (100,000/s or more).")
        }
        return DecisionFactor(kind: .dataVolume, favors: .realTime,
            reason: "Peak of \(peak) events/s is low to medium volume (under 100,000/s).")
    }

    static func complexity(_ u: UseCase) -> DecisionFactor {
        switch u.processingComplexity {
        case .simple?:
            return DecisionFactor(kind: .processingComplexity, favors: .realTime, reason: "Simple transformations.")
        case .complex?:
            return DecisionFactor(kind: .processingComplexity, favors: .batch, reason: "Complex joins or ML processing.")
        case .moderate?:
            return DecisionFactor(kind: .processingComplexity, favors: .neutral, reason: "Moderate processing: either style works.")
        case nil:
            return notStated(.processingComplexity, field: "processing_complexity")
        }
    }

    static func historical(_ u: UseCase) -> DecisionFactor {
        u.requiresHistoricalContext
            ? DecisionFactor(kind: .historicalContext, favors: .batch, reason: "Needs joins with historical data.")
            : DecisionFactor(kind: .historicalContext, favors: .realTime, reason: "Needs no historical lookups.")
    }

    static func ordering(_ u: UseCase) -> DecisionFactor {
        u.requiresOrdering
            ? DecisionFactor(kind: .ordering, favors: .realTime, reason: "Strict event ordering is required.")
            : DecisionFactor(kind: .ordering, favors: .batch, reason: "Order is not critical.")
    }

    static func exactlyOnce(_ u: UseCase) -> DecisionFactor {
        u.requiresExactlyOnce
            ? DecisionFactor(kind: .exactlyOnce, favors: .realTime, reason: "Exactly-once semantics are required.")
            : DecisionFactor(kind: .exactlyOnce, favors: .batch, reason: "Best-effort delivery is acceptable.")
    }

    static func recovery(_ u: UseCase) -> DecisionFactor {
        switch u.errorRecovery {
        case .immediateRetry?:
            return DecisionFactor(kind: .errorRecovery, favors: .realTime, reason: "Failures need an immediate retry.")
        case .rerunBatch?:
            return DecisionFactor(kind: .errorRecovery, favors: .batch, reason: "A failed run can be rerun in full.")
        case nil:
            switch u.costOfError {
            case .critical, .high:
                return DecisionFactor(kind: .errorRecovery, favors: .realTime,
                    reason: "Not stated; a \(u.costOfError.rawValue) cost of error calls for immediate retry.")
            case .low:
                return DecisionFactor(kind: .errorRecovery, favors: .batch,
                    reason: "Not stated; a low cost of error tolerates rerunning a batch.")
            case .medium:
                return DecisionFactor(kind: .errorRecovery, favors: .neutral,
                    reason: "Not stated, and a medium cost of error points neither way.")
            }
        }
    }

    static func team(_ u: UseCase) -> DecisionFactor {
        capability(u.teamExperience, kind: .teamExperience, field: "team_experience",
                   streaming: "The team has streaming expertise.", batch: "The team's expertise is batch.",
                   both: "The team knows both styles.")
    }

    static func infrastructure(_ u: UseCase) -> DecisionFactor {
        capability(u.existingInfrastructure, kind: .infrastructure, field: "existing_infrastructure",
                   streaming: "Streaming platform in place (Kubernetes, managed Kafka).",
                   batch: "Batch platform in place (Spark, a warehouse).",
                   both: "Both platforms are in place.")
    }

    static func budget(_ u: UseCase) -> DecisionFactor {
        switch u.budgetConstraint {
        case .flexible?: DecisionFactor(kind: .budget, favors: .realTime, reason: "The budget is flexible.")
        case .constrained?: DecisionFactor(kind: .budget, favors: .batch, reason: "The budget is constrained.")
        case nil: notStated(.budget, field: "budget_constraint")
        }
    }

    // MARK: - Helpers

    private static func capability(
        _ value: Capability?, kind: DecisionFactor.Kind, field: String, streaming: String, batch: String, both: String
    ) -> DecisionFactor {
        switch value {
        case .streaming?: DecisionFactor(kind: kind, favors: .realTime, reason: streaming)
        case .batch?: DecisionFactor(kind: kind, favors: .batch, reason: batch)
        case .both?: DecisionFactor(kind: kind, favors: .neutral, reason: both)
        case nil: notStated(kind, field: field)
        }
    }

    private static func notStated(_ kind: DecisionFactor.Kind, field: String) -> DecisionFactor {
        DecisionFactor(kind: kind, favors: .neutral, reason: "Not stated in the catalog (\(field)).")
    }
}
