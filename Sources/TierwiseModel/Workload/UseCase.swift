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

    // MARK: Decision model (tierwise; the seed model ignores these)
    /// What delay costs and when (own or the catalog's default); nil for the seed's.
    public var valueModel: ValueModel?
    /// How often new source data arrives, minutes (settlement files every few hours): a floor on useful latency.
    public var sourceArrivalIntervalMinutes: Double?
    /// How often the results are read, minutes (a weekly review): a floor on useful latency and a cadence to meet.
    public var consumptionIntervalMinutes: Double?
    /// The tier the system in place delivers; nil when nothing is in place (`current_approach: "none"` or not stated).
    public var currentTier: LatencyTier?
    /// Who acts on the results, if stated.
    public var consumer: ResultConsumer?
    /// Latencies measured by simulating a tier's architecture (`analyze --simulate`): they replace
    /// what the tier is assumed to deliver; not a catalog field.
    public var measuredLatencies: [LatencyTier: DeliveredLatency] = [:]
    /// A tier forced by `--force-tier` ("what if this were X?"); not a catalog field.
    public var forcedTier: LatencyTier?
    /// A pattern forced by `--force-pattern`; not a catalog field.
    public var forcedPattern: ArchitecturePattern?
    /// Inputs given as ranges (their `likely` value is in the fields above); empty for plain catalogs.
    public var uncertainInputs: [UncertainInput] = []
    // MARK: Capacity (docs/capacity.md)
    /// Bytes per event, if stated; the capacity cost model's pricing default otherwise.
    public var eventBytes: Double?
    /// Days the event log keeps records, if stated; the pricing default otherwise.
    public var logRetentionDays: Double?

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
        costParameters: CostParameters = CostParameters(),
        valueModel: ValueModel? = nil,
        sourceArrivalIntervalMinutes: Double? = nil,
        consumptionIntervalMinutes: Double? = nil,
        currentTier: LatencyTier? = nil,
        consumer: ResultConsumer? = nil,
        eventBytes: Double? = nil,
        logRetentionDays: Double? = nil
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
        self.valueModel = valueModel
        self.sourceArrivalIntervalMinutes = sourceArrivalIntervalMinutes
        self.consumptionIntervalMinutes = consumptionIntervalMinutes
        self.currentTier = currentTier
        self.consumer = consumer
        self.eventBytes = eventBytes
        self.logRetentionDays = logRetentionDays
    }

    /// Events per day: the catalog's figure, else `eventsPerSecond × 86,400`.
    public var eventsPerDay: Double { statedEventsPerDay ?? eventsPerSecond * 86_400 }

    /// The seed's test for a human consumer: "dashboard" anywhere in the description, any case.
    public var mentionsDashboard: Bool { ASCIIText.contains(description, word: "dashboard") }

    /// Peak events per second: `eventsPerSecond × peakMultiplier`.
    public var peakEventsPerSecond: Double { eventsPerSecond * peakMultiplier }
}
