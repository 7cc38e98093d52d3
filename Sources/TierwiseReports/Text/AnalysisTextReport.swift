import TierwiseJSON
import TierwiseModel

/// The terminal report of `tierwise analyze`: one table row per use case,
/// the verdicts, then the portfolio.
public enum AnalysisTextReport {
    /// Renders the analysis as aligned text.
    public static func render(_ analysis: CatalogAnalysis) -> String {
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

    /// Catalog text for a terminal: one line (line breaks and tabs become
    /// spaces) with every other control and bidi character made visible, so
    /// no name can send escape sequences to the reader's terminal.
    static func singleLine(_ text: String) -> String {
        VisibleText.escaped(String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 }))
    }
}
