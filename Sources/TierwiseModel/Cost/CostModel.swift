/// The cost lines of one processing approach and the figures derived from them
/// (seed 002, `CostModel`).
///
/// Infrastructure is monthly USD, operations are monthly hours, development is
/// one-time days of eight hours, all priced at ``hourlyRateUSD``.
public struct CostModel: Sendable, Equatable {
    // MARK: Infrastructure (USD per month)
    /// Compute, USD per month.
    public var computeCostUSD: Double
    /// Storage, USD per month.
    public var storageCostUSD: Double
    /// Network, USD per month.
    public var networkCostUSD: Double

    // MARK: Operations (hours per month)
    /// Engineering hours per month.
    public var engineeringHours: Double
    /// On-call hours per month.
    public var onCallHours: Double
    /// Incident-response hours per month.
    public var incidentResponseHours: Double

    // MARK: Development (one-time, days)
    /// Days to build, once.
    public var initialDevelopmentDays: Double
    /// Days to test, once.
    public var testingDays: Double

    /// Fully loaded engineer cost, USD per hour.
    public var hourlyRateUSD: Double

    /// Creates a `CostModel` from its parts.
    public init(
        computeCostUSD: Double, storageCostUSD: Double, networkCostUSD: Double,
        engineeringHours: Double, onCallHours: Double, incidentResponseHours: Double,
        initialDevelopmentDays: Double, testingDays: Double, hourlyRateUSD: Double = 150
    ) {
        self.computeCostUSD = computeCostUSD
        self.storageCostUSD = storageCostUSD
        self.networkCostUSD = networkCostUSD
        self.engineeringHours = engineeringHours
        self.onCallHours = onCallHours
        self.incidentResponseHours = incidentResponseHours
        self.initialDevelopmentDays = initialDevelopmentDays
        self.testingDays = testingDays
        self.hourlyRateUSD = hourlyRateUSD
    }

    // MARK: Derived figures

    /// Compute + storage + network, USD per month.
    public var monthlyInfrastructureUSD: Double { computeCostUSD + storageCostUSD + networkCostUSD }

    /// (engineering + on-call + incident hours) × hourly rate, USD per month.
    public var monthlyOperationalUSD: Double {
        (engineeringHours + onCallHours + incidentResponseHours) * hourlyRateUSD
    }

    /// Infrastructure + operations, USD per month.
    public var totalMonthlyUSD: Double { monthlyInfrastructureUSD + monthlyOperationalUSD }

    /// (development + testing days) × 8 h × hourly rate, USD once.
    public var initialInvestmentUSD: Double { (initialDevelopmentDays + testingDays) * 8 * hourlyRateUSD }

    /// First-year total cost of ownership: 12 × monthly total + initial investment, USD.
    public var annualTCOUSD: Double { totalMonthlyUSD * 12 + initialInvestmentUSD }
}
