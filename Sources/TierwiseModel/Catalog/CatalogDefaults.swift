/// The optional `defaults` object of a catalog: values every use case gets
/// unless it states its own.
public struct CatalogDefaults: Sendable, Equatable {
    /// Cost parameters for every use case.
    public var costParameters: CostParameterOverrides
    /// Break-even latency per tier, in minutes, replacing the built-in tier bounds.
    public var tierLatencyMinutes: [LatencyTier: Double]
    /// Default processing complexity.
    public var processingComplexity: ProcessingComplexity?
    /// Default team experience.
    public var teamExperience: Capability?
    /// Default existing infrastructure.
    public var existingInfrastructure: Capability?
    /// Default budget constraint.
    public var budgetConstraint: BudgetConstraint?
    /// Default value model (tierwise model); nil for the seed's, one decision per hour, 24×7.
    public var valueModel: ValueModel?
    /// Settings of the tierwise decision model.
    public var decision: DecisionSettings
    /// Defaults given as ranges (hourly rate, baseline compute, value-model parameters), inherited
    /// by every use case that does not state its own.
    public var uncertainInputs: [UncertainInput] = []
    /// Pricing values of the capacity cost model (docs/capacity.md) for every use case.
    public var pricing: PricingOverrides

    /// Creates a `CatalogDefaults` from its parts.
    public init(
        costParameters: CostParameterOverrides = CostParameterOverrides(),
        tierLatencyMinutes: [LatencyTier: Double] = [:],
        processingComplexity: ProcessingComplexity? = nil,
        teamExperience: Capability? = nil,
        existingInfrastructure: Capability? = nil,
        budgetConstraint: BudgetConstraint? = nil,
        valueModel: ValueModel? = nil,
        decision: DecisionSettings = DecisionSettings(),
        pricing: PricingOverrides = PricingOverrides()
    ) {
        self.costParameters = costParameters
        self.tierLatencyMinutes = tierLatencyMinutes
        self.processingComplexity = processingComplexity
        self.teamExperience = teamExperience
        self.existingInfrastructure = existingInfrastructure
        self.budgetConstraint = budgetConstraint
        self.valueModel = valueModel
        self.decision = decision
        self.pricing = pricing
    }
}
