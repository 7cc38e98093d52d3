/// Cost parameters stated at one level (a use case, a command, a catalog's
/// defaults); `nil` leaves the decision to the next level.
public struct CostParameterOverrides: Sendable, Equatable {
    /// Hourly rate in USD, if stated at this level.
    public var hourlyRateUSD: Double?
    /// Baseline monthly compute in USD, if stated at this level.
    public var baselineMonthlyComputeUSD: Double?

    /// Creates a `CostParameterOverrides` from its parts.
    public init(hourlyRateUSD: Double? = nil, baselineMonthlyComputeUSD: Double? = nil) {
        self.hourlyRateUSD = hourlyRateUSD
        self.baselineMonthlyComputeUSD = baselineMonthlyComputeUSD
    }

    /// Applies the levels in order of precedence, most specific first, over the built-in defaults.
    ///
    ///     CostParameterOverrides.resolve([useCase, command, catalog])
    public static func resolve(_ levels: [CostParameterOverrides]) -> CostParameters {
        let builtIn = CostParameters()
        return CostParameters(
            hourlyRateUSD: levels.lazy.compactMap(\.hourlyRateUSD).first ?? builtIn.hourlyRateUSD,
            baselineMonthlyComputeUSD: levels.lazy.compactMap(\.baselineMonthlyComputeUSD).first
                ?? builtIn.baselineMonthlyComputeUSD
        )
    }
}
