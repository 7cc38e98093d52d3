import TierwiseJSON
import TierwiseModel

/// `tierwise break-even` as Markdown or text.
public enum BreakEvenTextReport {
    /// Aligned text for a terminal.
    public static func text(_ b: BreakEven) -> String {
        TextTable(headers: ["figure", "value"], rows: rows(b), rightAligned: [1]).render() + "\n"
            + ReportFormat.breakEvenVerdict(b) + "\n"
    }

    /// A Markdown table and verdict.
    public static func markdown(_ b: BreakEven) -> String {
        var out = "# Break-even: \(b.fromApproach.rawValue) → \(b.toApproach.rawValue)\n\n| Figure | Value |\n|---|---:|\n"
        for row in rows(b) { out += "| \(row[0]) | \(row[1]) |\n" }
        return out + "\n" + ReportFormat.breakEvenVerdict(b) + "\n"
    }

    private static func rows(_ b: BreakEven) -> [[String]] {
        var rows = seedRows(b)
        if let cap = b.monthlyValueCapUSD, let months = b.monthsToBenefit {
            rows.insert(["monthly value cap (every active minute)" + (b.capBinds ? ", binds" : ""), DisplayFormat.usd(cap)], at: 5)
            rows.insert(["months to build", DisplayFormat.number(months, decimals: 1)], at: rows.count - 1)
            rows.insert(["payback from the start of the build", ReportFormat.payback(b.paybackFromBuildStartMonths)],
                        at: rows.count - 1)
        }
        return rows
    }

    private static func seedRows(_ b: BreakEven) -> [[String]] {
        [
            ["baseline latency", DisplayFormat.duration(minutes: b.baselineLatencyMinutes)],
            ["candidate latency", DisplayFormat.duration(minutes: b.candidateLatencyMinutes)],
            ["minutes saved", DisplayFormat.number(b.latencyReductionMinutes)],
            ["monthly cost increase", DisplayFormat.usd(b.monthlyCostIncreaseUSD)],
            ["monthly latency value", DisplayFormat.usd(b.monthlyLatencyValueUSD)],
            ["monthly net benefit", DisplayFormat.usd(b.monthlyNetBenefitUSD)],
            ["initial investment increase", DisplayFormat.usd(b.initialInvestmentIncreaseUSD)],
            ["payback", ReportFormat.payback(b.paybackMonths)],
            ["recommended (payback < 12 months)", b.isRecommended ? "yes" : "no"],
        ]
    }

    // MARK: - Solving

    /// One sentence: the switching value and which side pays back.
    public static func solutionText(_ solution: BreakEvenSolution?, input: String) -> String {
        guard let s = solution else {
            return "The verdict is the same for every accepted value of --\(input): no switching value."
        }
        let side = s.paysBackAbove ? "above" : "below"
        return "It pays back within 12 months \(side) --\(input) \(DisplayFormat.number(s.value, decimals: 6)) "
            + "(given: \(DisplayFormat.number(s.currentValue, decimals: 6)))."
    }

    /// `{"solve", "current_value", "switching_value" (null: none), "pays_back_above"}`.
    public static func solutionJSON(_ solution: BreakEvenSolution?, input: String, model: String) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("model", model)
        w.member("solve", input)
        w.key("current_value"); w.optionalNumber(solution?.currentValue)
        w.key("switching_value"); w.optionalNumber(solution?.value)
        w.key("pays_back_above")
        if let solution { w.bool(solution.paysBackAbove) } else { w.null() }
        w.endObject()
        return w.text
    }
}
