/// Whether paying for a faster approach is worth it, and how fast it pays back
/// (seed 002, `calculate_break_even`).
public struct BreakEven: Sendable, Equatable {
    /// The slower approach compared from.
    public var fromApproach: ProcessingApproach
    /// The faster approach compared to.
    public var toApproach: ProcessingApproach
    /// Latency assumed for the slower approach, in minutes.
    public var baselineLatencyMinutes: Double
    /// Latency assumed for the faster approach, in minutes.
    public var candidateLatencyMinutes: Double
    /// Monthly total of the faster approach minus the slower one's, USD.
    public var monthlyCostIncreaseUSD: Double
    /// Value of the latency saved per month, USD: minutes saved × USD per minute × 30 × 24.
    public var monthlyLatencyValueUSD: Double
    /// Initial investment of the faster approach minus the slower one's, USD.
    public var initialInvestmentIncreaseUSD: Double
    /// The most a month of delay can cost (tierwise model): the value of
    /// each latency was capped at it; nil under the seed's model.
    public var monthlyValueCapUSD: Double?
    /// True when a latency's loss was cut to the cap (tierwise model).
    public var capBinds: Bool
    /// Months before the faster approach delivers: its build (tierwise model); nil under the seed's.
    public var monthsToBenefit: Double?

    /// Creates a `BreakEven` from its parts.
    public init(
        fromApproach: ProcessingApproach, toApproach: ProcessingApproach,
        baselineLatencyMinutes: Double, candidateLatencyMinutes: Double,
        monthlyCostIncreaseUSD: Double, monthlyLatencyValueUSD: Double, initialInvestmentIncreaseUSD: Double,
        monthlyValueCapUSD: Double? = nil, capBinds: Bool = false, monthsToBenefit: Double? = nil
    ) {
        self.monthlyValueCapUSD = monthlyValueCapUSD
        self.capBinds = capBinds
        self.monthsToBenefit = monthsToBenefit
        self.fromApproach = fromApproach
        self.toApproach = toApproach
        self.baselineLatencyMinutes = baselineLatencyMinutes
        self.candidateLatencyMinutes = candidateLatencyMinutes
        self.monthlyCostIncreaseUSD = monthlyCostIncreaseUSD
        self.monthlyLatencyValueUSD = monthlyLatencyValueUSD
        self.initialInvestmentIncreaseUSD = initialInvestmentIncreaseUSD
    }

    /// Minutes of latency saved: baseline − candidate.
    public var latencyReductionMinutes: Double { baselineLatencyMinutes - candidateLatencyMinutes }

    /// Value of the saved latency minus the extra running cost, USD per month.
    public var monthlyNetBenefitUSD: Double { monthlyLatencyValueUSD - monthlyCostIncreaseUSD }

    /// Extra initial investment ÷ monthly net benefit, or `nil` ("never") when
    /// the net benefit is not positive. Zero or negative means the faster
    /// approach pays back at once (it costs no more up front).
    public var paybackMonths: Double? {
        guard monthlyNetBenefitUSD > 0 else { return nil }
        let months = initialInvestmentIncreaseUSD / monthlyNetBenefitUSD
        return months.isFinite ? months : nil
    }

    /// Months from the start of the build until paid back (tierwise model): the build plus the payback; nil when never.
    public var paybackFromBuildStartMonths: Double? {
        guard let monthsToBenefit, let payback = paybackMonths else { return nil }
        return monthsToBenefit + max(0, payback)
    }

    /// The seed's test: payback in under 12 months; under the tierwise model counted from the start of the build.
    public var isRecommended: Bool {
        if monthsToBenefit != nil { return paybackFromBuildStartMonths.map { $0 < 12 } ?? false }
        return paybackMonths.map { $0 < 12 } ?? false
    }
}
