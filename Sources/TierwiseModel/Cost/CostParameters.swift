/// The two money inputs of the cost model that a catalog or command may change.
///
/// Precedence, most specific first: a use case's own value, then the command
/// flag (`--hourly-rate`, `--baseline-monthly-compute`), then the catalog's
/// `defaults`, then these built-in values (the seed's).
public struct CostParameters: Sendable, Equatable {
    /// Fully loaded engineer cost per hour, in USD. The seed's default is 150.
    public var hourlyRateUSD: Double
    /// Monthly compute of simple batch at up to ~9 M events/day, in USD. The seed's default is 1000.
    public var baselineMonthlyComputeUSD: Double

    /// The seed's defaults: 150 USD/h and 1,000 USD/month.
    public init(hourlyRateUSD: Double = 150, baselineMonthlyComputeUSD: Double = 1_000) {
        self.hourlyRateUSD = hourlyRateUSD
        self.baselineMonthlyComputeUSD = baselineMonthlyComputeUSD
    }
}
