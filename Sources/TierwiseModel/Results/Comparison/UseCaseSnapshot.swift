/// What a comparison or a gate needs of one analyzed use case: its tiers,
/// pattern, costs and move. Built from a fresh analysis of a catalog or
/// read back from a saved `analyze --format json`, so either can be a base.
public struct UseCaseSnapshot: Sendable, Equatable {
    /// The use case's name (what comparisons match on).
    public var name: String
    /// Its index in the catalog's `use_cases` (for locations).
    public var index: Int
    /// The tier the catalog states.
    public var statedTier: LatencyTier
    /// The tier tierwise recommends.
    public var recommendedTier: LatencyTier
    /// The recommended pattern (``ArchitecturePattern`` raw value).
    public var pattern: String
    /// Monthly cost at the recommended tier, USD.
    public var monthlyUSD: Double
    /// First-year cost (investment + 12 months) at the recommended tier, USD.
    public var firstYearUSD: Double
    /// Monthly cost at the stated tier, USD.
    public var statedMonthlyUSD: Double
    /// First-year cost at the stated tier, USD.
    public var statedFirstYearUSD: Double
    /// The recommended move; nil when the recommendation is to stay.
    public var move: MoveSnapshot?
    /// The use case's inputs when the snapshot comes from a catalog; nil from a saved analysis.
    public var useCase: UseCase?
    /// Events per day (in both sources).
    public var eventsPerDay: Double
    /// Peak events per second (in both sources).
    public var peakEventsPerSecond: Double
    /// Cost parameters (in both sources).
    public var costParameters: CostParameters

    /// Creates a `UseCaseSnapshot` from its parts.
    public init(
        name: String, index: Int, statedTier: LatencyTier, recommendedTier: LatencyTier, pattern: String,
        monthlyUSD: Double, firstYearUSD: Double, statedMonthlyUSD: Double, statedFirstYearUSD: Double,
        move: MoveSnapshot?, useCase: UseCase?, eventsPerDay: Double, peakEventsPerSecond: Double,
        costParameters: CostParameters
    ) {
        self.name = name
        self.index = index
        self.statedTier = statedTier
        self.recommendedTier = recommendedTier
        self.pattern = pattern
        self.monthlyUSD = monthlyUSD
        self.firstYearUSD = firstYearUSD
        self.statedMonthlyUSD = statedMonthlyUSD
        self.statedFirstYearUSD = statedFirstYearUSD
        self.move = move
        self.useCase = useCase
        self.eventsPerDay = eventsPerDay
        self.peakEventsPerSecond = peakEventsPerSecond
        self.costParameters = costParameters
    }

    /// Monthly cost on `basis`, USD.
    public func monthlyUSD(_ basis: CostBasis) -> Double { basis == .recommended ? monthlyUSD : statedMonthlyUSD }
}
