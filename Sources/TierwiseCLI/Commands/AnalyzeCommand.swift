import Foundation
import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports

/// `tierwise analyze CATALOG`: the whole decision framework over a catalog.
enum AnalyzeCommand: Command {
    static let spec = CommandSpec(
        name: "analyze",
        abstract: "Analyze a catalog: verdicts, costs, break-even, architecture.",
        summary: "Analyze a use-case catalog: challenge each stated latency tier, cost every processing approach, "
            + "compute break-even and payback, score the decision matrix and recommend a tier, approach and "
            + "architecture pattern per use case.",
        positionals: [.init(name: "CATALOG", help: "Path to the catalog JSON (see docs/catalog.md).")],
        options: [formatOption(default: .markdown), outputOption] + costParameterOptions,
        details: "Cost parameters given here replace the catalog's defaults; a use case's own values still win.\n"
            + "Exit status: 0 on success, 2 for bad usage or an invalid catalog (every problem is listed on\n"
            + "standard error and nothing is written), 3 when the report cannot be written."
    )

    /// Catalogs with at least this many use cases get progress lines on standard error.
    static let progressThreshold = 10_000

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .markdown
        let overrides = CostParameterOverrides(
            hourlyRateUSD: try arguments.number("--hourly-rate", exclusive: true, command: spec.name),
            baselineMonthlyComputeUSD: try arguments.number("--baseline-monthly-compute", command: spec.name)
        )
        let path = arguments.positionals[0]
        let clock = ContinuousClock()
        let start = clock.now
        guard let loaded = CatalogLoading.load(path, overrides: overrides, console: console) else {
            return ExitStatus.badInput
        }
        let count = loaded.catalog.useCases.count
        let showProgress = count >= progressThreshold
        if showProgress { console.writeError("tierwise: read \(count) use cases in \(elapsed(since: start, clock))\n") }
        let analysis = CatalogAnalyzer.analyze(loaded.catalog)
        if showProgress { console.writeError("tierwise: analyzed in \(elapsed(since: start, clock))\n") }
        let report: [[UInt8]] = switch format {
        case .json: AnalysisJSONReport.renderChunks(analysis)
        case .markdown: [Array(AnalysisMarkdownReport.render(analysis).utf8)]
        case .text: [Array(AnalysisTextReport.render(analysis).utf8)]
        }
        if showProgress { console.writeError("tierwise: rendered \(format.rawValue) in \(elapsed(since: start, clock))\n") }
        return deliver(chunks: report, arguments: arguments, console: console)
    }

    private static func elapsed(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> String {
        let duration = clock.now - start
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return DisplayFormat.number(seconds, decimals: 2) + " s"
    }
}

/// Loading a catalog for a command: errors and warnings go to standard error.
enum CatalogLoading {
    /// The catalog, or nil after reporting every problem.
    static func load(_ path: String, overrides: CostParameterOverrides, console: Console) -> LoadedCatalog? {
        do {
            let loaded = try CatalogDecoder(commandOverrides: overrides).load(path: path)
            for warning in loaded.warnings { console.writeError("tierwise: warning: \(path): \(warning)\n") }
            return loaded
        } catch {
            console.writeError(error.description + "\n")
            if case .invalid(_, let issues) = error, issues.count > 1 {
                console.writeError("tierwise: \(issues.count) problems in \(path); nothing was written.\n")
            }
            return nil
        }
    }
}
