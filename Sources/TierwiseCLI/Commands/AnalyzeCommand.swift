import Foundation
import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports
import TierwiseSimulator

/// `tierwise analyze CATALOG`: the whole decision framework over a catalog.
enum AnalyzeCommand: Command {
    static let spec = CommandSpec(
        name: "analyze",
        abstract: "Analyze a catalog: verdicts, costs, break-even, architecture.",
        summary: "Analyze a use-case catalog: weigh every latency tier of each use case by what delay costs and "
            + "what each architecture costs to build and run, and recommend a tier, pattern and move with its "
            + "payback and the values at which the verdict flips (--model seed: the seed's framework as published).",
        positionals: [.init(name: "CATALOG", help: "Path to the catalog JSON (see docs/catalog.md).")],
        options: [formatOption(default: .markdown), outputOption, modelOption, pricingOption] + costParameterOptions
            + WhatIfArguments.overrideOptions + WhatIfArguments.forceOptions
            + [ChartDirectory.option(writes: "portfolio.svg, and costs-N-NAME.svg for the first "
                + "\(AnalysisCharts.useCaseChartLimit) use cases")]
            + [
            .init(name: "--simulate", valueName: nil,
                  help: "Also simulate each recommendation; append its verdicts (markdown, text)."),
            .init(name: "--calibration", valueName: "FILE", help: "With --simulate: service times from FILE (tierwise calibrate)."),
            .init(name: "--events-per-run", valueName: "N", help: "With --simulate: events one run simulates at most (default 2,000,000)."),
        ],
        details: "Cost parameters given here replace the catalog's defaults; a use case's own values still win.\n"
            + "The Markdown report links the charts of --charts (docs/charts.md).\n"
            + "Exit status: 0 on success, 2 for bad usage or an invalid catalog (every problem is listed on\n"
            + "standard error and nothing is written), 3 when the report or a chart cannot be written."
    )

    /// Each simulated use case's mean and p99 freshness at average load, as what its simulated tier delivers.
    static func applyMeasuredLatencies(_ report: SimulationReport, to catalog: inout Catalog) {
        let settings = catalog.decisionSettings
        for result in report.simulations {
            guard let mean = result.average.latencySeconds.mean, let p99 = result.average.latencySeconds.p99,
                  let index = catalog.useCases.firstIndex(where: { $0.name == result.name }) else { continue }
            let useCase = catalog.useCases[index]
            let tier = CatalogAnalyzer.quickDecision(useCase, latencies: catalog.tierLatencies, settings: settings).chosenTier
            let assumed = DeliveredLatency.tierwiseDefault(for: tier)
            catalog.useCases[index].measuredLatencies[tier] = DeliveredLatency(
                refreshIntervalMinutes: assumed.refreshIntervalMinutes, meanMinutes: mean / 60, worstMinutes: max(p99, mean) / 60)
        }
    }

    /// Catalogs with at least this many use cases get progress lines on standard error.
    static let progressThreshold = 10_000

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .markdown
        let model = try arguments.choice("--model", as: DecisionModel.self, command: spec.name) ?? .tierwise
        let overrides = try costParameterOverrides(arguments)
        let path = arguments.positionals[0]
        let simulates = arguments.flags.contains("--simulate")
        if !simulates, let option = ["--calibration", "--events-per-run"].first(where: { arguments.values[$0] != nil }) {
            throw UsageError(command: spec.name, message: "\(option) needs --simulate")
        }
        if simulates && format == .json {
            throw UsageError(command: spec.name,
                             message: "--simulate writes markdown or text; for JSON run 'tierwise simulate CATALOG --format json'")
        }
        var settings = SimulationSettings()
        settings.maximumEventsPerRun = try arguments.count("--events-per-run", in: 1_000...2_000_000_000, command: spec.name)
            ?? settings.maximumEventsPerRun
        let clock = ContinuousClock()
        let start = clock.now
        guard var loaded = try WhatIfArguments.loadCatalog(
            path, arguments: arguments, costOverrides: overrides, command: spec.name, console: console,
            allowsForcing: model == .tierwise)
        else { return ExitStatus.badInput }
        if let pricingPath = arguments.values["--pricing"] {
            guard let pricing = CatalogLoading.loadPricing(pricingPath, console: console) else { return ExitStatus.badInput }
            // The file's prices beat the catalog's defaults.pricing.
            loaded.catalog.defaults.pricing.values.merge(pricing.overrides.values) { _, file in file }
        }
        let count = loaded.catalog.useCases.count
        let showProgress = count >= progressThreshold
        if showProgress { console.writeError("tierwise: read \(count) use cases in \(elapsed(since: start, clock))\n") }
        var charts: AnalysisChartSet?
        switch ChartDirectory.fromArguments(arguments, console: console) {
        case .failed: return ExitStatus.ioFailure
        case .ready(let directory): charts = AnalysisChartSet(directory: directory, catalog: loaded.catalog, model: model)
        case .none: break
        }
        if format == .json {
            let status = streamJSON(loaded.catalog, model: model, charts: &charts, arguments: arguments, console: console)
            if showProgress { console.writeError("tierwise: analyzed and wrote json in \(elapsed(since: start, clock))\n") }
            return status
        }
        var appendix = ""
        var validation: [String: String]?
        if simulates {
            guard let calibration = SimulateCommand.loadCalibration(arguments, console: console) else { return ExitStatus.badInput }
            do {
                let report = try CatalogSimulator.simulate(loaded.catalog, settings: settings, calibration: calibration) {
                    console.writeError("tierwise simulate: \($0)\n")
                }
                appendix = format == .markdown ? SimulationMarkdownReport.appendix(report) : "\n" + SimulationTextReport.render(report)
                // The simulated mean and p99 replace what the simulated tier is assumed to deliver, and the
                // analysis weighs the tiers again with them (docs/methodology.md B).
                if model == .tierwise { applyMeasuredLatencies(report, to: &loaded.catalog) }
                validation = Dictionary(report.simulations.map { ($0.name, $0.overallVerdict.rawValue) },
                                        uniquingKeysWith: { first, _ in first })
            } catch {
                console.writeError("tierwise: \(error.description)\n")
                return ExitStatus.badInput
            }
        }
        if format == .markdown {
            let status = streamMarkdown(
                loaded.catalog, model: model, charts: &charts, appendix: appendix, validation: validation,
                arguments: arguments, console: console)
            if showProgress { console.writeError("tierwise: analyzed and wrote markdown in \(elapsed(since: start, clock))\n") }
            return status
        }
        let analysis = CatalogAnalyzer.analyze(loaded.catalog, model: model)
        return deliver(arguments: arguments, console: console) { sink throws(ReportSinkError) in
            try charts?.write(portfolio: analysis.portfolio)
            try sink.write(Array(AnalysisTextReport.render(analysis).utf8))
            try sink.write(Array(appendix.utf8))
        }
    }

    /// Analyzes and writes the JSON report round by round (see
    /// ``CatalogAnalyzer/analyzeInRounds(_:render:emit:)``); a writer thread
    /// writes one round while the next is computed.
    private static func streamJSON(
        _ catalog: Catalog, model: DecisionModel, charts: inout AnalysisChartSet?, arguments: ParsedArguments, console: Console
    ) -> Int32 {
        deliver(arguments: arguments, console: console) { sink throws(ReportSinkError) in
            let writer = BackgroundWriter(sink: sink)
            writer.enqueue([AnalysisJSONReport.header(
                catalogName: catalog.name, tierLatencies: catalog.tierLatencies, model: model,
                settings: catalog.decisionSettings, overrides: catalog.appliedOverrides)])
            let tally = CatalogAnalyzer.analyzeInRounds(catalog, model: model) { analyses, isFirst in
                AnalysisJSONReport.fragment(analyses, followsElement: !isFirst)
            } emit: { pieces in
                writer.enqueue(pieces)
                return !writer.hasFailed
            }
            if !writer.hasFailed { try writeCharts(&charts, portfolio: tally.scenarios, draining: writer) }
            writer.enqueue([AnalysisJSONReport.footer(
                portfolio: tally.scenarios, useCaseCount: tally.useCaseCount, changesRecommended: tally.changesRecommended)])
            try writer.finish()
        }
    }

    /// Writes the Markdown report as a stream in bounded memory, the same
    /// bytes as ``AnalysisMarkdownReport/render(_:)``. The report's head needs
    /// the number of tier changes and the portfolio comes before the
    /// sections, so the catalog is gone through three times: the requirement
    /// verdicts alone for the head's count, then a full analysis round by
    /// round for the summary rows (and the portfolio's totals), then again
    /// for the sections; `appendix` (the simulation's, or empty) comes last.
    private static func streamMarkdown(
        _ catalog: Catalog, model: DecisionModel, charts: inout AnalysisChartSet?, appendix: String,
        validation: [String: String]? = nil, arguments: ParsedArguments, console: Console
    ) -> Int32 {
        let links = charts?.links(reportPath: arguments.values["--output"])
        return deliver(arguments: arguments, console: console) { sink throws(ReportSinkError) in
            let writer = BackgroundWriter(sink: sink)
            writer.enqueue([AnalysisMarkdownReport.header(
                catalogName: catalog.name, useCaseCount: catalog.useCases.count,
                changesRecommended: CatalogAnalyzer.changesRecommended(in: catalog, model: model), model: model,
                settings: catalog.decisionSettings, overrides: catalog.appliedOverrides,
                hasValidation: validation != nil && model == .tierwise)])
            func write(_ render: @escaping @Sendable ([UseCaseAnalysis]) -> [UInt8]) -> PortfolioTally {
                CatalogAnalyzer.analyzeInRounds(catalog, model: model) { analyses, _ in render(analyses) } emit: { pieces in
                    writer.enqueue(pieces)
                    return !writer.hasFailed
                }
            }
            let totals = write { AnalysisMarkdownReport.summaryRows($0, validation: model == .tierwise ? validation : nil) }
            if !writer.hasFailed {
                try writeCharts(&charts, portfolio: totals.scenarios, draining: writer)
                writer.enqueue([AnalysisMarkdownReport.portfolio(
                    totals.scenarios, model: model, settings: catalog.decisionSettings, charts: links)])
                _ = write { AnalysisMarkdownReport.sections($0) }
            }
            if !appendix.isEmpty { writer.enqueue([Array(appendix.utf8)]) }
            try writer.finish()
        }
    }

    /// Writes the charts of `--charts`, if asked for; on a failure, waits
    /// for `writer` to finish what it holds before the report is given up.
    private static func writeCharts(
        _ charts: inout AnalysisChartSet?, portfolio: [PortfolioScenario], draining writer: BackgroundWriter
    ) throws(ReportSinkError) {
        do {
            try charts?.write(portfolio: portfolio)
        } catch {
            try? writer.finish()
            throw error
        }
    }

    /// The `--pricing` option.
    static var pricingOption: CommandSpec.Option {
        .init(name: "--pricing", valueName: "FILE",
              help: "Unit prices for the capacity cost model (docs/capacity.md), over the catalog's defaults.pricing.")
    }

    private static func elapsed(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> String {
        let duration = clock.now - start
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return DisplayFormat.number(seconds, decimals: 2) + " s"
    }
}

/// Loading a catalog for a command: errors and warnings go to standard error.
enum CatalogLoading {
    /// The catalog, or nil after reporting its problems (the first
    /// ``IssueList/defaultLimit`` of them, and how many in all).
    /// `writesOutput` says whether the command would have written a report,
    /// so the closing line can say that nothing was.
    /// A pricing file, or nil after reporting its problems.
    static func loadPricing(_ path: String, console: Console) -> LoadedPricing? {
        do {
            let loaded = try CatalogDecoder().loadPricing(path: path)
            for warning in loaded.warnings { console.writeError("tierwise: warning: \(path): \(warning)\n") }
            return loaded
        } catch {
            // The decoder's file errors speak of "the catalog"; here the file is a pricing file.
            console.writeError(error.description.replacingOccurrences(of: "the catalog", with: "the pricing file") + "\n")
            console.writeError("tierwise: \(path) is not a usable pricing file; nothing was written.\n")
            return nil
        }
    }

    static func load(
        _ path: String, overrides: CostParameterOverrides, whatIf: [CatalogOverride] = [], console: Console,
        writesOutput: Bool = true
    ) -> LoadedCatalog? {
        do {
            let loaded = try CatalogDecoder(commandOverrides: overrides).load(path: path, overrides: whatIf)
            for warning in loaded.warnings { console.writeError("tierwise: warning: \(path): \(warning)\n") }
            if loaded.warningCount > loaded.warnings.count {
                console.writeError("tierwise: warning: \(path): … and \(loaded.warningCount - loaded.warnings.count) "
                    + "more warnings, \(loaded.warningCount) in all\n")
            }
            return loaded
        } catch {
            console.writeError(error.description + "\n")
            if case .invalid(_, _, let totalCount) = error, totalCount > 1 {
                let consequence = writesOutput ? "; nothing was written" : ""
                console.writeError("tierwise: \(totalCount) problems in \(path)\(consequence).\n")
            }
            return nil
        }
    }
}
