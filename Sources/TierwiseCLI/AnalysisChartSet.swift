import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports

/// The charts `analyze --charts DIR` writes: the portfolio, and the cost
/// chart of each of the first ``AnalysisCharts/useCaseChartLimit`` use cases
/// (analyzed on their own, the same analysis the report gives them).
struct AnalysisChartSet {
    private var directory: ChartDirectory
    private let useCases: [UseCaseAnalysis]
    private let fileNames: [String]
    private let useCaseCount: Int

    init(directory: ChartDirectory, catalog: Catalog, model: DecisionModel) {
        self.directory = directory
        let charted = catalog.useCases.prefix(AnalysisCharts.useCaseChartLimit)
        let latencies = catalog.tierLatencies, settings = catalog.decisionSettings
        useCases = charted.map { CatalogAnalyzer.analyze($0, latencies: latencies, model: model, settings: settings) }
        fileNames = charted.enumerated().map { AnalysisCharts.costsFileName(position: $0.offset + 1, name: $0.element.name) }
        useCaseCount = catalog.useCases.count
    }

    /// The links the Markdown report at `reportPath` (nil: standard output) gives.
    func links(reportPath: String?) -> AnalysisChartLinks {
        AnalysisChartLinks(
            directory: ChartDirectory.linkDirectory(charts: directory.path, reportPath: reportPath),
            useCases: zip(useCases, fileNames).map { .init(name: $0.useCase.name, fileName: $1) },
            useCaseCount: useCaseCount)
    }

    /// Writes every chart, the portfolio's from `portfolio`, and says so on standard error.
    mutating func write(portfolio: [PortfolioScenario]) throws(ReportSinkError) {
        try directory.write(AnalysisCharts.portfolio(portfolio).svg(), named: AnalysisCharts.portfolioFileName)
        for (analysis, name) in zip(useCases, fileNames) {
            try directory.write(AnalysisCharts.costs(analysis).svg(), named: name)
        }
        directory.announce()
    }
}
