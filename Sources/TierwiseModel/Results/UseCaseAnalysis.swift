/// Everything tierwise concludes about one use case.
public struct UseCaseAnalysis: Sendable, Equatable {
    /// The use case as decoded.
    public var useCase: UseCase
    /// The verdict on its latency tier.
    public var requirement: RequirementAssessment
    /// Every approach costed at its volume, cheapest first.
    public var costs: [ApproachCost]
    /// Going faster: from the batch baseline to the faster of the stated and recommended tiers.
    public var breakEven: BreakEven
    /// The ten factors.
    public var decisionMatrix: DecisionMatrix
    /// The recommended pattern and approach.
    public var architecture: ArchitectureRecommendation
    /// How to get there, when the move crosses between batch and streaming.
    public var migration: MigrationPlan?
    /// The tierwise model's verdict (options, moves, switching values); nil under the seed model.
    public var decision: TierDecision?

    /// Creates a `UseCaseAnalysis` from its parts.
    public init(
        useCase: UseCase, requirement: RequirementAssessment, costs: [ApproachCost], breakEven: BreakEven,
        decisionMatrix: DecisionMatrix, architecture: ArchitectureRecommendation, migration: MigrationPlan?,
        decision: TierDecision? = nil
    ) {
        self.useCase = useCase
        self.requirement = requirement
        self.costs = costs
        self.breakEven = breakEven
        self.decisionMatrix = decisionMatrix
        self.architecture = architecture
        self.migration = migration
        self.decision = decision
    }

    /// The cost of `approach` for this use case.
    public func cost(of approach: ProcessingApproach) -> CostModel {
        costs.first { $0.approach == approach }!.model
    }

    /// True when break-even points the same way as the tier recommendation:
    /// it pays back and the faster approach is the recommended one, or it does
    /// not and the slower one is. The two are independent lenses (rules on the
    /// use case's traits versus the seed's value model), so they can differ.
    public var breakEvenAgreesWithRecommendation: Bool {
        breakEven.isRecommended == (breakEven.toApproach == architecture.approach)
    }

    /// The seed's five challenge questions with this use case's evidence.
    public var challengeQuestions: [ChallengeQuestion] { ChallengeQuestion.questions(for: useCase) }

    /// The cost of the recommended approach.
    public var recommendedCost: CostModel { cost(of: architecture.approach) }

    /// The recommended monthly cost: the chosen pattern's under the tierwise
    /// model (every system it runs), the approach's under the seed's, USD.
    public var recommendedMonthlyUSD: Double { decision?.chosen.cost.monthlyUSD ?? recommendedCost.totalMonthlyUSD }
}
