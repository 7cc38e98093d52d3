/// One use case across two versions of a catalog, matched by name.
public struct UseCaseComparison: Sendable, Equatable {
    /// What happened to it.
    public enum Change: String, Sendable, CaseIterable {
        /// Only in HEAD.
        case added
        /// Only in BASE.
        case removed
        /// In both, with a different verdict, cost, payback or input.
        case changed
        /// In both, the same.
        case unchanged
    }

    /// The use case's name.
    public var name: String
    /// What happened to it.
    public var change: Change
    /// BASE's snapshot; nil when added.
    public var base: UseCaseSnapshot?
    /// HEAD's snapshot; nil when removed.
    public var head: UseCaseSnapshot?
    /// The inputs that differ (catalog keys such as `events_per_second`), in catalog-field order.
    public var changedFields: [String]
    /// HEAD's recommended monthly cost minus BASE's (a removed use case counts as 0 in HEAD), USD.
    public var monthlyDeltaUSD: Double
    /// The same for first-year cost, USD.
    public var firstYearDeltaUSD: Double
    /// The monthly change as a percentage of BASE's; nil when BASE's is 0 or the use case was added.
    public var monthlyDeltaPercent: Double?

    /// Creates a `UseCaseComparison` from its parts.
    public init(
        name: String, change: Change, base: UseCaseSnapshot?, head: UseCaseSnapshot?, changedFields: [String],
        monthlyDeltaUSD: Double, firstYearDeltaUSD: Double, monthlyDeltaPercent: Double?
    ) {
        self.name = name
        self.change = change
        self.base = base
        self.head = head
        self.changedFields = changedFields
        self.monthlyDeltaUSD = monthlyDeltaUSD
        self.firstYearDeltaUSD = firstYearDeltaUSD
        self.monthlyDeltaPercent = monthlyDeltaPercent
    }
}
