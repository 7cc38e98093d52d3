import TierwiseModel

/// The tierwise model's decision matrix (docs/methodology.md, "Decision matrix"):
/// it scores the recommended tier, not the stated one voting for itself, and
/// weighs the factors. Ordering and exactly-once are costs streaming must
/// pay (keyed state, ordered partitions, transactional sinks), counted in the
/// guarantees and the pattern, so they get no vote (weight 0).
extension DecisionMatrixBuilder {
    /// Weights: latency 3 (the need itself), team experience 2 (who will run
    /// it at 3 a.m.), ordering and exactly-once 0, every other factor 1.
    public static func tierwiseWeight(_ kind: DecisionFactor.Kind) -> Double {
        switch kind {
        case .latencyRequirement: 3
        case .teamExperience: 2
        case .ordering, .exactlyOnce: 0
        default: 1
        }
    }

    /// The weighted matrix for `useCase` at its recommended `tier`.
    public static func buildTierwise(for useCase: UseCase, at tier: LatencyTier) -> DecisionMatrix {
        var assessed = useCase
        assessed.latencyRequirement = tier
        var factors = build(for: assessed).factors
        for index in factors.indices {
            factors[index].weight = tierwiseWeight(factors[index].kind)
            switch factors[index].kind {
            case .latencyRequirement:
                factors[index].reason = "Recommended \(tier.rawValue) (\(tier.boundsDescription))"
                    + (tier.isStreaming ? "." : ": more than an hour is acceptable.")
            case .ordering:
                factors[index].favors = .neutral
                factors[index].reason = useCase.requiresOrdering
                    ? "Ordering is required: a cost streaming pays (ordered partitions per key), not a vote."
                    : "Order is not critical."
            case .exactlyOnce:
                factors[index].favors = .neutral
                factors[index].reason = useCase.requiresExactlyOnce
                    ? "Exactly-once is required: a cost either style pays (transactional sinks or idempotent writes), not a vote."
                    : "Best-effort delivery is acceptable."
            default: break
            }
        }
        return DecisionMatrix(factors: factors)
    }
}
