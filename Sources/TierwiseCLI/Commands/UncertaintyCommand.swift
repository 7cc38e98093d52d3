import Foundation
import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports

/// `tierwise uncertainty CATALOG --monte-carlo N --seed S`: Monte Carlo and tornado over a catalog's ranges.
enum UncertaintyCommand: Command {
    static let spec = CommandSpec(
        name: "uncertainty",
        abstract: "Monte Carlo and tornado over the inputs a catalog gives as ranges.",
        summary: "Draw every input the catalog gives as a range {low, likely, high} and re-analyze: P10/P50/P90 of each "
            + "use case's cost and of its move's net benefit, the chance the move pays back within the bar, how often each "
            + "recommendation comes out, and a tornado of the inputs by how much each swings the net benefit.",
        positionals: [.init(name: "CATALOG", help: "Path to the catalog JSON.")],
        options: [
            .init(name: "--monte-carlo", valueName: "N", help: "Draws, 1 to 1,000,000 (default 10,000)."),
            .init(name: "--seed", valueName: "S", help: "Seed, 0 to 2^53 (default 1): the same seed gives the same report."),
            .init(name: "--distribution", valueName: "NAME", help: "pert (default) or triangular, where a range names none."),
            formatOption(default: .markdown), outputOption,
            ChartDirectory.option(writes: "portfolio-distribution.svg, and tornado-N-NAME.svg for the first "
                + "\(AnalysisCharts.useCaseChartLimit) use cases with ranges"),
        ] + WhatIfArguments.overrideOptions,
        details: "Past its first second, a run reports progress on standard error after each round of use cases.\n"
            + standardExitStatuses
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .markdown
        let draws = try arguments.count("--monte-carlo", in: 1...UncertaintyAnalyzer.maximumDraws, command: spec.name) ?? 10_000
        let seed = try arguments.number("--seed", in: NumberRange.nonNegative(atMost: 9_007_199_254_740_992), command: spec.name) ?? 1
        guard seed == seed.rounded() else { throw UsageError(command: spec.name, message: "--seed: expected a whole number") }
        let distribution = try arguments.choice("--distribution", as: UncertainInput.Distribution.self, command: spec.name) ?? .pert
        guard let loaded = try WhatIfArguments.loadCatalog(
            arguments.positionals[0], arguments: arguments, costOverrides: CostParameterOverrides(), command: spec.name,
            console: console, allowsForcing: true)
        else { return ExitStatus.badInput }
        let clock = ContinuousClock(), start = clock.now
        // Progress after each round once the run has taken more than a second.
        let result = UncertaintyAnalyzer.run(loaded.catalog, draws: draws, seed: UInt64(seed), distribution: distribution) { done, total in
            if clock.now - start > .seconds(1) {
                console.writeError("tierwise: \(done) of \(total) use cases with ranges drawn \(draws) times\n")
            }
        }
        let elapsed = clock.now - start
        if elapsed > .seconds(1) {
            console.writeError("tierwise: \(draws) draws over \(result.useCases.count) use cases with ranges in \(elapsed)\n")
        }
        var links: [String: String] = [:]
        switch ChartDirectory.fromArguments(arguments, console: console) {
        case .none: break
        case .failed: return ExitStatus.ioFailure
        case .ready(var directory):
            let base = AnalysisChartLinks(
                directory: ChartDirectory.linkDirectory(charts: directory.path, reportPath: arguments.values["--output"]),
                useCases: [], useCaseCount: 0)
            do {
                try directory.write(WhatIfCharts.distribution(result).svg(), named: WhatIfCharts.distributionFileName)
                links[""] = base.target(WhatIfCharts.distributionFileName)
                for (index, u) in result.useCases.prefix(AnalysisCharts.useCaseChartLimit).enumerated() {
                    let name = "tornado-\(index + 1)-\(AnalysisCharts.slug(u.name)).svg"
                    try directory.write(WhatIfCharts.tornado(u).svg(), named: name)
                    links[u.name] = base.target(name)
                }
            } catch {
                console.writeError("tierwise: \(error.message)\n")
                return ExitStatus.ioFailure
            }
            directory.announce()
        }
        let report: String = switch format {
        case .markdown: UncertaintyReport.markdown(result, chartLinks: links)
        case .json: UncertaintyReport.json(result)
        case .text: UncertaintyReport.text(result)
        }
        return deliver(report, arguments: arguments, console: console)
    }
}
