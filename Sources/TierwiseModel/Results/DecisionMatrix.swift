/// The ten factors for one use case and the side they lean to overall.
public struct DecisionMatrix: Sendable, Equatable {
    /// The factors, in the seed's order.
    public var factors: [DecisionFactor]

    /// Creates a `DecisionMatrix` from its parts.
    public init(factors: [DecisionFactor]) {
        self.factors = factors
    }

    /// Factors favoring real time.
    public var realTimeCount: Int { factors.count { $0.favors == .realTime } }
    /// Factors favoring batch.
    public var batchCount: Int { factors.count { $0.favors == .batch } }
    /// Factors favoring neither (or not stated in the catalog).
    public var neutralCount: Int { factors.count { $0.favors == .neutral } }

    /// Weights favoring real time minus weights favoring batch (tierwise model).
    public var weightedScore: Double {
        factors.reduce(0) { sum, factor in
            switch factor.favors {
            case .realTime: sum + factor.weight
            case .batch: sum - factor.weight
            case .neutral: sum
            }
        }
    }

    /// The side with more factors; neutral on a tie.
    public var lean: DecisionFactor.Leaning {
        if realTimeCount > batchCount { return .realTime }
        if batchCount > realTimeCount { return .batch }
        return .neutral
    }
}
