/// Catalog-wide settings of the tierwise decision model (a catalog's
/// `defaults`); each default and its source is in docs/methodology.md.
public struct DecisionSettings: Sendable, Equatable {
    /// Which cost model prices the approaches.
    public enum CostModelKind: String, CaseIterable, Sendable {
        /// The seed's complexity multipliers and log volume factor.
        case multipliers
        /// Capacity: cores for peak, storage from bytes and retention (docs/capacity.md).
        case capacity
    }

    /// A move must pay back within this many months, counted from the start of its build (the seed's 12).
    public var paybackBarMonths: Double
    /// Engineers building a new system at once; turns person-days into calendar months.
    public var buildTeamSize: Double
    /// Weeks both systems run side by side in a migration (shadow, then canary).
    public var parallelRunWeeks: Double
    /// Annual discount rate for the net present value of the recommended move, if given.
    public var discountRateAnnual: Double?
    /// The cost model.
    public var costModel: CostModelKind
    /// The shared streaming platform (brokers) priced once per catalog, USD per month.
    public var streamingPlatformMonthlyUSD: Double
    /// The shared batch platform (a scheduler) priced once per catalog, USD per month.
    public var batchPlatformMonthlyUSD: Double
    /// Unit prices and capacity assumptions (docs/capacity.md): the built-in ones with the
    /// catalog's `defaults.pricing` and a `--pricing` file applied. Kappa's log is priced
    /// from them under either cost model.
    public var pricing: Pricing

    /// The defaults: 12 months, 2 engineers, 6 weeks, no discounting, the seed's multipliers,
    /// three MSK kafka.m5.large brokers ($0.21/h × 3 × 720 h) and an MWAA small environment ($0.49/h × 720 h).
    public init(
        paybackBarMonths: Double = 12, buildTeamSize: Double = 2, parallelRunWeeks: Double = 6,
        discountRateAnnual: Double? = nil, costModel: CostModelKind = .multipliers,
        streamingPlatformMonthlyUSD: Double = 0.21 * 3 * 720, batchPlatformMonthlyUSD: Double = 0.49 * 720,
        pricing: Pricing = .builtIn
    ) {
        self.pricing = pricing
        self.paybackBarMonths = paybackBarMonths
        self.buildTeamSize = buildTeamSize
        self.parallelRunWeeks = parallelRunWeeks
        self.discountRateAnnual = discountRateAnnual
        self.costModel = costModel
        self.streamingPlatformMonthlyUSD = streamingPlatformMonthlyUSD
        self.batchPlatformMonthlyUSD = batchPlatformMonthlyUSD
    }

    /// Working days in a month, for build durations (about 21 in a 5-day week).
    public static let workingDaysPerMonth: Double = 21

    /// Months both systems run side by side: weeks × 7 / 30 (the seed's 30-day month).
    public var parallelRunMonths: Double { parallelRunWeeks * 7 / 30 }
}
