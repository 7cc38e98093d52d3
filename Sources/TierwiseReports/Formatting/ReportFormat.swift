import TierwiseModel

/// Phrases shared by the Markdown and text reports. Each is written into a
/// ``MarkdownWriter``; the `String` forms are the same bytes.
enum ReportFormat {
    /// "never" for no payback, "immediate" when nothing extra is invested, else "3.2 months".
    static func payback(_ months: Double?) -> String {
        var out = MarkdownWriter(reservingCapacity: 16)
        payback(months, into: &out)
        return out.text
    }

    /// Writes ``payback(_:)``.
    static func payback(_ months: Double?, into out: inout MarkdownWriter) {
        guard let months else { return out.raw("never") }
        if months <= 0 { return out.raw("immediate") }
        if months < 0.1 { return out.raw("< 0.1 months") }
        let start = out.count
        out.number(months, decimals: 1)
        let isOne = out.count == start + 1 && out[start] == UInt8(ascii: "1")
        out.raw(isOne ? " month" : " months")
    }

    /// "batch → micro_batch", or the tier alone when unchanged.
    static func tierChange(_ requirement: RequirementAssessment) -> String {
        var out = MarkdownWriter(reservingCapacity: 32)
        tierChange(requirement, into: &out)
        return out.text
    }

    /// Writes ``tierChange(_:)``.
    static func tierChange(_ requirement: RequirementAssessment, into out: inout MarkdownWriter) {
        out.text(requirement.statedTier.rawValue)
        guard requirement.isChangeRecommended else { return }
        out.raw(" → ")
        out.text(requirement.recommendedTier.rawValue)
    }

    /// "real time", "batch", "neutral".
    static func leaning(_ leaning: DecisionFactor.Leaning) -> StaticString {
        switch leaning {
        case .realTime: "real time"
        case .batch: "batch"
        case .neutral: "neutral"
        }
    }

    /// One line saying whether going faster pays.
    static func breakEvenVerdict(_ b: BreakEven) -> String {
        var out = MarkdownWriter(reservingCapacity: 160)
        breakEvenVerdict(b, into: &out)
        return out.text
    }

    /// Writes ``breakEvenVerdict(_:)``.
    static func breakEvenVerdict(_ b: BreakEven, into out: inout MarkdownWriter) {
        out.raw("Going ")
        out.text(b.fromApproach.rawValue)
        out.raw(" → ")
        out.text(b.toApproach.rawValue)
        guard let months = b.paybackMonths else {
            out.raw(" never pays back: the time saved is worth ")
            out.usd(b.monthlyLatencyValueUSD)
            out.raw("/month against ")
            out.usd(b.monthlyCostIncreaseUSD)
            out.raw("/month of extra running cost.")
            return
        }
        out.raw(b.isRecommended ? " pays back: " : " pays back too slowly: ")
        if let fromStart = b.paybackFromBuildStartMonths {
            payback(fromStart, into: &out)
            out.raw(" from the start of its build")
        } else {
            payback(months, into: &out)
        }
        out.raw(" (")
        out.usd(b.monthlyNetBenefitUSD)
        out.raw("/month net benefit; 12 months is the bar).")
    }
}
