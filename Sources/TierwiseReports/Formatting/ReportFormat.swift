import TierwiseModel

/// Phrases shared by the Markdown and text reports.
enum ReportFormat {
    /// "never" for no payback, "immediate" when nothing extra is invested, else "3.2 months".
    static func payback(_ months: Double?) -> String {
        guard let months else { return "never" }
        if months <= 0 { return "immediate" }
        if months < 0.1 { return "< 0.1 months" }
        let text = DisplayFormat.number(months, decimals: 1)
        return text + (text == "1" ? " month" : " months")
    }

    /// "batch → micro_batch", or the tier alone when unchanged.
    static func tierChange(_ requirement: RequirementAssessment) -> String {
        requirement.isChangeRecommended
            ? "\(requirement.statedTier.rawValue) → \(requirement.recommendedTier.rawValue)"
            : requirement.statedTier.rawValue
    }

    /// "real time", "batch", "neutral".
    static func leaning(_ leaning: DecisionFactor.Leaning) -> String {
        switch leaning {
        case .realTime: "real time"
        case .batch: "batch"
        case .neutral: "neutral"
        }
    }

    /// One line saying whether going faster pays.
    static func breakEvenVerdict(_ b: BreakEven) -> String {
        let step = "\(b.fromApproach.rawValue) → \(b.toApproach.rawValue)"
        guard let months = b.paybackMonths else {
            return "Going \(step) never pays back: the time saved is worth "
                + "\(DisplayFormat.usd(b.monthlyLatencyValueUSD))/month against "
                + "\(DisplayFormat.usd(b.monthlyCostIncreaseUSD))/month of extra running cost."
        }
        let verdict = b.isRecommended ? "pays back" : "pays back too slowly"
        return "Going \(step) \(verdict): \(ReportFormat.payback(months)) "
            + "(\(DisplayFormat.usd(b.monthlyNetBenefitUSD))/month net benefit; 12 months is the bar)."
    }
}
