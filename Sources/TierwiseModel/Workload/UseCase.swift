/// One data-processing use case from a catalog: what it needs and what delay costs.
///
/// The required fields are the seed's `UseCase` (seed 002, step 1). The
/// optional ones feed decision-matrix factors the seed's type lacks and
/// per-use-case cost overrides; `nil` means "not stated", never a guess.
public struct UseCase: Sendable, Equatable {
    // MARK: Identity
    /// Unique name within the catalog.
    public var name: String
    /// What the use case does; also read by the requirement rules (a "dashboard").
    public var description: String
    /// Where its events come from.
    public var dataSource: String

    // MARK: Latency
    /// The tier the requester asked for.
    public var latencyRequirement: LatencyTier
    /// Why they asked for it.
    public var latencyJustification: String

    // MARK: Volume
    /// Average events per second.
    public var eventsPerSecond: Double
    /// Peak rate as a multiple of the average (at least 1).
    public var peakMultiplier: Double
    /// Events per day when the catalog states it; otherwise derived from the rate.
    public var statedEventsPerDay: Double?

    // MARK: Processing
    /// Needs joins with historical data.
    public var requiresHistoricalContext: Bool
    /// Events must be processed in order.
    public var requiresOrdering: Bool
    /// Duplicates are unacceptable.
    public var requiresExactlyOnce: Bool

    // MARK: Business
    /// Money lost per minute of delay, in USD.
    public var revenueImpactPerMinuteDelayUSD: Double
    /// How bad an error is.
    public var costOfError: CostOfError

    // MARK: Optional factors and overrides
    /// Processing complexity, if stated.
    public var processingComplexity: ProcessingComplexity?
    /// The owning team's experience, if stated (or from catalog defaults).
    public var teamExperience: Capability?
    /// The platform already in place, if stated (or from catalog defaults).
    public var existingInfrastructure: Capability?
    /// Budget flexibility, if stated (or from catalog defaults).
    public var budgetConstraint: BudgetConstraint?
    /// How failures are recovered, if stated.
    public var errorRecovery: ErrorRecovery?
    /// Cost parameters for this use case (catalog defaults, command flags and
    /// per-use-case overrides already applied).
    public var costParameters: CostParameters
    /// What the catalog says about simulating it (its `workload` and `architecture` objects), if anything.
    public var simulation: UseCaseSimulationSettings? = nil

    /// Creates a use case. Optional factors default to "not stated".
    public init(
        name: String,
        description: String,
        dataSource: String,
        latencyRequirement: LatencyTier,
        latencyJustification: String,
        eventsPerSecond: Double,
        peakMultiplier: Double,
        requiresHistoricalContext: Bool,
        requiresOrdering: Bool,
        requiresExactlyOnce: Bool,
        revenueImpactPerMinuteDelayUSD: Double,
        costOfError: CostOfError,
        statedEventsPerDay: Double? = nil,
        processingComplexity: ProcessingComplexity? = nil,
        teamExperience: Capability? = nil,
        existingInfrastructure: Capability? = nil,
        budgetConstraint: BudgetConstraint? = nil,
        errorRecovery: ErrorRecovery? = nil,
        costParameters: CostParameters = CostParameters()
    ) {
        self.name = name
        self.description = description
        self.dataSource = dataSource
        self.latencyRequirement = latencyRequirement
        self.latencyJustification = latencyJustification
        self.eventsPerSecond = eventsPerSecond
        self.peakMultiplier = peakMultiplier
        self.statedEventsPerDay = statedEventsPerDay
        self.requiresHistoricalContext = requiresHistoricalContext
        self.requiresOrdering = requiresOrdering
        self.requiresExactlyOnce = requiresExactlyOnce
        self.revenueImpactPerMinuteDelayUSD = revenueImpactPerMinuteDelayUSD
        self.costOfError = costOfError
        self.processingComplexity = processingComplexity
        self.teamExperience = teamExperience
        self.existingInfrastructure = existingInfrastructure
        self.budgetConstraint = budgetConstraint
        self.errorRecovery = errorRecovery
        self.costParameters = costParameters
    }

    /// Events per day: the catalog's figure, else `eventsPerSecond × 86,400`.
    public var eventsPerDay: Double { statedEventsPerDay ?? eventsPerSecond * 86_400 }

    /// The seed's test for a human consumer: "dashboard" anywhere in the description, any case.
    public var mentionsDashboard: Bool { ASCIIText.contains(description, word: "dashboard") }

    /// Peak events per second: `eventsPerSecond × peakMultiplier`.
    public var peakEventsPerSecond: Double { eventsPerSecond * peakMultiplier }
}
