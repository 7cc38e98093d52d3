import TierwiseJSON
import TierwiseModel

/// The terminal report of `tierwise analyze`: one table row per use case,
/// the verdicts, then the portfolio.
public enum AnalysisTextReport {
    /// Renders the analysis as aligned text.
    public static func render(_ analysis: CatalogAnalysis) -> String {
        if analysis.model == .tierwise { return renderTierwise(analysis) }
        let rows = analysis.useCases.map { a in
            [
                singleLine(a.useCase.name), ReportFormat.tierChange(a.requirement), a.architecture.approach.rawValue,
                a.architecture.pattern.rawValue, DisplayFormat.usd(a.recommendedCost.totalMonthlyUSD),
                ReportFormat.payback(a.breakEven.paybackMonths),
            ]
        }
        var out = TextTable(
            headers: ["use case", "tier", "approach", "pattern", "monthly", "payback"], rows: rows, rightAligned: [4]
        ).render()
        out += "\n"
        for a in analysis.useCases where a.requirement.isChangeRecommended {
            out += "\(singleLine(a.useCase.name)): \(a.requirement.rationale)\n"
        }
        out += "\n"
        out += TextTable(
            headers: ["portfolio", "monthly", "initial", "annual tco"],
            rows: analysis.portfolio.map {
                [$0.policy.rawValue, DisplayFormat.usd($0.monthlyTotalUSD), DisplayFormat.usd($0.initialInvestmentUSD),
                 DisplayFormat.usd($0.annualTCOUSD)]
            },
            rightAligned: [1, 2, 3]
        ).render()
        return out
    }

    /// The tierwise model's table: money rounded, the recommended move and its payback from the start of the build.
    static func renderTierwise(_ analysis: CatalogAnalysis) -> String {
        let rows = analysis.useCases.map { a -> [String] in
            let d = a.decision
            let move = d?.recommendedMove.map { "\($0.from.rawValue) → \($0.to.rawValue)" } ?? "none"
            let faster = d?.nextFasterMove?.switchingDelayCostUSDPerMinute.map { DisplayFormat.usdRounded($0) + "/min" } ?? "-"
            return [
                singleLine(a.useCase.name), ReportFormat.tierChange(a.requirement), a.architecture.pattern.rawValue,
                DisplayFormat.usdRounded(a.recommendedMonthlyUSD), move,
                d?.recommendedMove.map { ReportFormat.payback($0.paybackFromBuildStartMonths) } ?? "-", faster,
            ]
        }
        var out = "model: tierwise (--model seed for the seed's figures)\n\n"
        out += TextTable(
            headers: ["use case", "tier", "pattern", "monthly", "move", "payback", "faster above"], rows: rows,
            rightAligned: [3, 6]
        ).render()
        out += "\n"
        for a in analysis.useCases where a.requirement.isChangeRecommended {
            out += "\(singleLine(a.useCase.name)): \(a.requirement.rationale)\n"
        }
        out += "\n"
        out += TextTable(
            headers: ["portfolio", "monthly", "delay loss", "first year", "feasible"],
            rows: analysis.portfolio.map {
                [$0.policy.rawValue, DisplayFormat.usdRounded($0.monthlyTotalUSD),
                 DisplayFormat.usdRounded($0.monthlyDelayLossUSD ?? 0), DisplayFormat.usdRounded($0.annualTCOUSD),
                 $0.isFeasible ? "yes" : "no (\($0.infeasibleUseCaseCount) left out)"]
            },
            rightAligned: [1, 2, 3]
        ).render()
        return out
    }

    /// Catalog text for a terminal: one line (line breaks and tabs become
    /// spaces) with every other control and bidi character made visible, so
    /// no name can send escape sequences to the reader's terminal.
    static func singleLine(_ text: String) -> String {
        VisibleText.escaped(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
    }
}
