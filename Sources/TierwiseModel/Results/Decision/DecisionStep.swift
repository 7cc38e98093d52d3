/// A move from one tier to another, judged by payback counted from the start
/// of the build: it is worth taking when its net benefit over the payback
/// bar, after the months the build and the parallel run take, covers its
/// extra investment.
public struct DecisionStep: Sendable, Equatable {
    /// The tier moved from.
    public var from: LatencyTier
    /// The tier moved to.
    public var to: LatencyTier
    /// Delay loss avoided per month (negative when the move is to a slower tier), USD.
    public var monthlyValueGainUSD: Double
    /// Extra running cost per month (negative when the move saves), USD.
    public var monthlyCostIncreaseUSD: Double
    /// Extra one-time investment, USD (negative when the destination needs less).
    public var investmentIncreaseUSD: Double
    /// Months before the destination delivers (its build and parallel run).
    public var monthsToBenefit: Double
    /// The bar, months.
    public var paybackBarMonths: Double
    /// The delay cost, USD per minute, at which this move's verdict flips; nil
    /// when no delay cost changes it (both tiers are credited the same latency,
    /// or the build alone outlasts the bar).
    public var switchingDelayCostUSDPerMinute: Double?

    /// Creates a `DecisionStep` from its parts.
    public init(
        from: LatencyTier, to: LatencyTier, monthlyValueGainUSD: Double, monthlyCostIncreaseUSD: Double,
        investmentIncreaseUSD: Double, monthsToBenefit: Double, paybackBarMonths: Double,
        switchingDelayCostUSDPerMinute: Double?
    ) {
        self.from = from
        self.to = to
        self.monthlyValueGainUSD = monthlyValueGainUSD
        self.monthlyCostIncreaseUSD = monthlyCostIncreaseUSD
        self.investmentIncreaseUSD = investmentIncreaseUSD
        self.monthsToBenefit = monthsToBenefit
        self.paybackBarMonths = paybackBarMonths
        self.switchingDelayCostUSDPerMinute = switchingDelayCostUSDPerMinute
    }

    /// Value gained minus extra running cost, USD per month.
    public var monthlyNetBenefitUSD: Double { monthlyValueGainUSD - monthlyCostIncreaseUSD }

    /// Net benefit over the bar once the destination delivers, minus the extra investment, USD.
    public var netOverBarUSD: Double {
        (paybackBarMonths - monthsToBenefit) * monthlyNetBenefitUSD - investmentIncreaseUSD
    }

    /// True when the move is worth taking within the bar.
    public var paysBack: Bool { netOverBarUSD > 0 }

    /// Months from the start of the build until the move has paid for
    /// itself; 0 when it costs nothing extra and gains at once; nil (never)
    /// when the net benefit is not positive.
    public var paybackFromBuildStartMonths: Double? {
        guard monthlyNetBenefitUSD > 0 else { return investmentIncreaseUSD < 0 ? 0 : nil }
        let months = monthsToBenefit + max(0, investmentIncreaseUSD) / monthlyNetBenefitUSD
        return months.isFinite ? months : nil
    }
}
