import TierwiseModel

/// Whether a faster approach pays for itself (seed 002, `calculate_break_even`).
///
/// The value of going faster is counted as `minutes saved × USD per minute of
/// delay × 30 × 24`: the seed credits the saved minutes once for every hour of
/// a 30-day month, around the clock. The seed fixes the latencies at 60 and 1
/// minutes; tierwise takes them as parameters and by default uses the two
/// tiers' latencies (``TierLatencies``).
public enum BreakEvenCalculator {
    /// Hours in the seed's month: 30 days × 24 hours.
    public static let hoursPerMonth: Double = 30 * 24
    /// The seed's fixed baseline latency, minutes.
    public static let seedBaselineLatencyMinutes: Double = 60
    /// The seed's fixed candidate latency, minutes.
    public static let seedCandidateLatencyMinutes: Double = 1

    /// Compares `from` (slower) with `to` (faster).
    public static func calculate(
        from: ApproachCost, to: ApproachCost, revenuePerMinuteDelayUSD: Double,
        baselineLatencyMinutes: Double = seedBaselineLatencyMinutes,
        candidateLatencyMinutes: Double = seedCandidateLatencyMinutes
    ) -> BreakEven {
        let reduction = baselineLatencyMinutes - candidateLatencyMinutes
        return BreakEven(
            fromApproach: from.approach,
            toApproach: to.approach,
            baselineLatencyMinutes: baselineLatencyMinutes,
            candidateLatencyMinutes: candidateLatencyMinutes,
            monthlyCostIncreaseUSD: to.model.totalMonthlyUSD - from.model.totalMonthlyUSD,
            monthlyLatencyValueUSD: reduction * revenuePerMinuteDelayUSD * hoursPerMonth,
            initialInvestmentIncreaseUSD: to.model.initialInvestmentUSD - from.model.initialInvestmentUSD
        )
    }
}
