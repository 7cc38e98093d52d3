import TierwiseModel

/// `tierwise check --format markdown`: a pull-request comment and a
/// `$GITHUB_STEP_SUMMARY`. The verdict and the portfolio come first; the
/// findings follow, errors first, while the comment stays under GitHub's
/// 65,536-character limit, then a note says how many were left out. Starts
/// with the hidden marker ``marker``; deterministic, so a workflow can
/// update the comment in place.
public enum GateMarkdownReport {
    /// The hidden first line that identifies the comment.
    public static let marker = "<!-- tierwise check -->"

    /// Renders the report.
    public static func render(_ report: GateReport) -> String {
        let outcome = report.outcome
        var head = marker + "\n### tierwise check: **\(outcome.rawValue)**\n\n"
        head += "\(report.useCaseCount) use case\(report.useCaseCount == 1 ? "" : "s") in "
            + report.catalogs.map { "`\(MarkdownText.inline($0.file))`" }.joined(separator: ", ")
            + "; " + GateSummary.counts(report) + (report.isStrict ? " (`--strict`: warnings fail)" : "") + ".\n"
        if let portfolio = report.portfolio {
            head += "\nPortfolio, recommended mix: **\(DisplayFormat.usd(portfolio.recommendedMonthlyUSD))** a month, "
                + "\(DisplayFormat.usd(portfolio.recommendedFirstYearUSD)) in the first year"
            if let delta = report.portfolioDelta, let base = report.baseFile {
                head += "; against `\(MarkdownText.inline(base))`: \(DisplayFormat.usd(delta.base.recommendedMonthlyUSD)) → "
                    + "\(DisplayFormat.usd(delta.head.recommendedMonthlyUSD)), "
                    + "**\(ComparisonFormat.delta(delta.monthlyDeltaUSD, delta.monthlyDeltaPercent))** a month"
            }
            head += ".\n"
        }
        guard !report.findings.isEmpty else { return head + "\nNo findings.\n" }
        head += "\n| Level | Rule | Use case | Figure | Threshold | Where |\n|---|---|---|---|---|---|\n"
        var budget = CommentBudget(head: head)
        for level in FindingLevel.allCases {
            for f in report.findings where f.level == level {
                budget.add("| \(f.level.rawValue) | `\(MarkdownText.inline(f.ruleID))` | "
                    + (f.useCase.map { MarkdownText.inline($0) } ?? (f.ruleIndex == nil ? "—" : "portfolio")) + " | "
                    + (f.figure.map { MarkdownText.inline($0) } ?? "—") + " | " + (f.threshold.map { MarkdownText.inline($0) } ?? "—")
                    + " | `\(MarkdownText.inline(f.location.file))` line \(f.location.line), column \(f.location.column)"
                    + (f.figure == nil ? ": " + MarkdownText.inline(f.message) : "") + " |\n")
            }
        }
        if budget.omitted > 0 {
            budget.append("\n_… and \(budget.omitted) more finding\(budget.omitted == 1 ? "" : "s") not shown, to keep this comment "
                + "under GitHub's 65,536-character limit; `tierwise check --format json` or the SARIF upload lists them all._\n")
        }
        return budget.text
    }
}
