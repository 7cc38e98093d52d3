import TierwiseModel

/// The charts of `tierwise analyze --charts DIR`, made from an analysis's
/// values: the portfolio under each policy, and each use case's monthly cost
/// per option (per tier under the tierwise model, per approach under the
/// seed's). Also the file names they are written under, and the Mermaid
/// chart the Markdown report's portfolio section carries.
public enum AnalysisCharts {
    /// At most this many use cases (the first in the catalog) get a chart of their own.
    public static let useCaseChartLimit = 50

    /// The portfolio chart's file name.
    public static let portfolioFileName = "portfolio.svg"

    /// Monthly cost (and, under the tierwise model, the delay loss left) of
    /// the portfolio under each policy, each in a panel of its own (the loss
    /// is often a hundred times the cost); the recommended mix in bold, a
    /// policy that cannot serve some use cases noted under its name.
    public static func portfolio(_ portfolio: [PortfolioScenario]) -> BarChart {
        var series = [ChartSeries(name: "Monthly cost", values: portfolio.map(\.monthlyTotalUSD))]
        if portfolio.contains(where: { $0.monthlyDelayLossUSD != nil }) {
            series.append(ChartSeries(name: "Delay loss / month", values: portfolio.map { $0.monthlyDelayLossUSD ?? .nan }))
        }
        let notes = portfolio.map { s in
            s.isFeasible ? "" : "misses \(s.infeasibleUseCaseCount) use " + (s.infeasibleUseCaseCount == 1 ? "case" : "cases")
        }
        return BarChart(
            title: "Portfolio: monthly cost under each policy",
            description: "The portfolio's monthly running cost" + (series.count > 1 ? " and the delay loss it leaves" : "")
                + " under each policy, shared platforms included",
            categories: portfolio.map(\.policy.title), categoryNotes: notes,
            emphasized: Set(portfolio.indices.filter { portfolio[$0].policy == .recommended }),
            series: series, layout: .panels, valueStyle: .usd, valueAxisTitle: "USD per month",
            height: series.count > 1 ? 600 : 400)
    }

    /// The monthly cost of every option of one use case: under the tierwise
    /// model each tier's running cost (the recommended tier in bold, the tier
    /// in place and infeasible tiers noted; the delay loss, often larger by
    /// orders of magnitude, would flatten the costs, so it stays in the
    /// report); under the seed's, each approach's total monthly cost.
    public static func costs(_ analysis: UseCaseAnalysis) -> BarChart {
        let name = analysis.useCase.name
        guard let decision = analysis.decision else {
            let costs = analysis.costs
            let recommended = analysis.architecture.approach
            return BarChart(
                title: "\(name): monthly cost per approach",
                description: "Total monthly cost of each processing approach for \(name) (seed model)",
                categories: costs.map(\.approach.rawValue),
                categoryNotes: costs.map { $0.approach == recommended ? "recommended" : "" },
                emphasized: Set(costs.indices.filter { costs[$0].approach == recommended }),
                series: [ChartSeries(name: "Total / month", values: costs.map(\.model.totalMonthlyUSD))],
                valueStyle: .usd, valueAxisTitle: "USD per month")
        }
        let options = decision.options
        let notes = options.map { option -> String in
            var parts: [String] = []
            if option.tier == decision.chosenTier { parts.append("recommended") }
            if option.tier == decision.currentTier { parts.append("in place") }
            if !option.isFeasible { parts.append("infeasible") }
            return parts.joined(separator: ", ")
        }
        return BarChart(
            title: "\(name): monthly cost of each tier",
            description: "Monthly running cost of each latency tier for \(name) (the delay loss left at each is in the report)",
            categories: options.map(\.tier.rawValue), categoryNotes: notes,
            emphasized: Set(options.indices.filter { options[$0].tier == decision.chosenTier }),
            series: [ChartSeries(name: "Running cost / month", values: options.map(\.cost.monthlyUSD))],
            valueStyle: .usd, valueAxisTitle: "USD per month")
    }

    /// The file name of the chart of the use case at `position` (1-based) in
    /// the catalog: `costs-<position>-<slug>.svg`. Unique (the position is),
    /// ASCII, and the same for the same catalog.
    ///
    ///     AnalysisCharts.costsFileName(position: 3, name: "Fraud scoring (EU)")  // "costs-3-fraud-scoring-eu.svg"
    public static func costsFileName(position: Int, name: String) -> String {
        "costs-\(position)-\(slug(name)).svg"
    }

    /// `name` as a file-name part: ASCII letters (lowercased) and digits,
    /// every other run of characters one `-`, no `-` at either end, at most
    /// 40 characters; "use-case" when nothing is left.
    ///
    ///     AnalysisCharts.slug("Ünïcode / «name» 2")  // "n-code-name-2"
    public static func slug(_ name: String) -> String {
        var out = ""
        var pendingDash = false
        for byte in name.utf8 {
            let kept: UInt8? = switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
            default: nil
            }
            guard let kept else {
                pendingDash = !out.isEmpty
                continue
            }
            if out.utf8.count >= 40 { break }
            if pendingDash {
                if out.utf8.count >= 39 { break }
                out += "-"
            }
            out.unicodeScalars.append(Unicode.Scalar(kept))
            pendingDash = false
        }
        return out.isEmpty ? "use-case" : out
    }

    /// The Mermaid bar chart of the portfolio's monthly cost per policy; a
    /// policy that cannot serve some use cases says how many it misses
    /// (its figure leaves them out).
    public static func portfolioMermaid(_ portfolio: [PortfolioScenario]) -> MermaidXYChart {
        MermaidXYChart(title: "Monthly cost per policy (USD)",
                       categories: portfolio.map { $0.isFeasible ? $0.policy.title : $0.policy.title + " (misses \($0.infeasibleUseCaseCount))" },
                       yAxisTitle: "USD per month", series: [.init(kind: .bar, values: portfolio.map(\.monthlyTotalUSD))])
    }
}
