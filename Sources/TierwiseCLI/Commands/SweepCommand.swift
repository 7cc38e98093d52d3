import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports

/// `tierwise sweep CATALOG --use-case NAME --vary FIELD --from A --to B --steps N`:
/// one use case's recommendation across an input's range, or a grid of two.
enum SweepCommand: Command {
    static let spec = CommandSpec(
        name: "sweep",
        abstract: "Vary one or two inputs of a use case and mark where the recommendation flips.",
        summary: "Sweep one input of a use case over a range (or two inputs over a grid) and show the tierwise "
            + "model's recommendation, cost and payback at each point, with the points where the recommendation flips marked.",
        positionals: [.init(name: "CATALOG", help: "Path to the catalog JSON.")],
        options: [
            .init(name: "--use-case", valueName: "NAME", help: "The use case to sweep (required)."),
            .init(name: "--vary", valueName: "FIELD", help: "The input to vary (required): \(UseCaseInput.allNamesForMessages)."),
            .init(name: "--from", valueName: "A", help: "First value (required)."),
            .init(name: "--to", valueName: "B", help: "Last value (required)."),
            .init(name: "--steps", valueName: "N", help: "Points, 2 to 1000 (default 11)."),
            .init(name: "--log", valueName: nil, help: "Space the points logarithmically (A and B above 0)."),
            .init(name: "--vary2", valueName: "FIELD", help: "A second input, for a grid."),
            .init(name: "--from2", valueName: "A", help: "First value of the second input."),
            .init(name: "--to2", valueName: "B", help: "Last value of the second input."),
            .init(name: "--steps2", valueName: "N", help: "Points of the second input (default 11; at most 10,000 in the grid)."),
            .init(name: "--log2", valueName: nil, help: "Space the second input logarithmically."),
            formatOption(default: .markdown), outputOption,
            ChartDirectory.option(writes: "sweep.svg, the cost curve with its flip points (one-input sweeps)"),
        ] + WhatIfArguments.overrideOptions,
        details: "Values outside a field's accepted range are brought to its bound. Each point re-analyzes the use case\n"
            + "with the input changed and nothing else. " + standardExitStatuses
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .markdown
        guard let name = arguments.values["--use-case"] else {
            throw UsageError(command: spec.name, message: "missing required option --use-case")
        }
        let axis = try self.axis(arguments, suffix: "")
        let second: SweepResult.Axis? = arguments.values["--vary2"] == nil ? nil : try self.axis(arguments, suffix: "2")
        if let second, axis.values.count * second.values.count > WhatIfAnalyzer.maximumGridPoints {
            throw UsageError(command: spec.name, message: "a grid of \(axis.values.count) × \(second.values.count) points "
                + "is more than \(WhatIfAnalyzer.maximumGridPoints)")
        }
        guard let loaded = try WhatIfArguments.loadCatalog(
            arguments.positionals[0], arguments: arguments, costOverrides: CostParameterOverrides(), command: spec.name,
            console: console, allowsForcing: true)
        else { return ExitStatus.badInput }
        guard let useCase = loaded.catalog.useCases.first(where: { $0.name == name }) else {
            throw UsageError(command: spec.name, message: "--use-case: no use case is named '\(name)'")
        }
        var first = axis, secondAxis = second
        first.currentValue = axis.input.value(in: useCase)
        secondAxis?.currentValue = second.flatMap { $0.input.value(in: useCase) }
        for a in [first] + (secondAxis.map { [$0] } ?? []) where !a.input.canApply(to: useCase) {
            throw UsageError(command: spec.name, message: "\(a.input.rawValue) does not apply to '\(name)' "
                + "(its value model has no such parameter)")
        }
        let result = WhatIfAnalyzer.sweep(
            useCase, latencies: loaded.catalog.tierLatencies, settings: loaded.catalog.decisionSettings, axis: first,
            second: secondAxis)
        var chartLink: String?
        switch ChartDirectory.fromArguments(arguments, console: console) {
        case .none: break
        case .failed: return ExitStatus.ioFailure
        case .ready(var directory):
            if let chart = WhatIfCharts.sweep(result) {
                do {
                    try directory.write(chart.svg(), named: WhatIfCharts.sweepFileName)
                } catch {
                    console.writeError("tierwise: \(error.message)\n")
                    return ExitStatus.ioFailure
                }
                chartLink = AnalysisChartLinks(
                    directory: ChartDirectory.linkDirectory(charts: directory.path, reportPath: arguments.values["--output"]),
                    useCases: [], useCaseCount: 0).target(WhatIfCharts.sweepFileName)
            }
            directory.announce()
        }
        let report: String = switch format {
        case .markdown: SweepReport.markdown(result, chartLink: chartLink)
        case .json: SweepReport.json(result)
        case .text: SweepReport.text(result)
        }
        return deliver(report, arguments: arguments, console: console)
    }

    private static func axis(_ arguments: ParsedArguments, suffix: String) throws(UsageError) -> SweepResult.Axis {
        guard let field = arguments.values["--vary" + suffix] else {
            throw UsageError(command: spec.name, message: "missing required option --vary\(suffix)")
        }
        guard let input = UseCaseInput(rawValue: field) else {
            throw UsageError(command: spec.name, message: "--vary\(suffix): expected \(UseCaseInput.allNamesForMessages), got '\(field)'")
        }
        let from = try arguments.requiredNumber("--from" + suffix, in: input.range, command: spec.name)
        let to = try arguments.requiredNumber("--to" + suffix, in: input.range, command: spec.name)
        let steps = try arguments.count("--steps" + suffix, in: 2...WhatIfAnalyzer.maximumSteps, command: spec.name) ?? 11
        let log = arguments.flags.contains("--log" + suffix)
        if log && (from <= 0 || to <= 0) {
            throw UsageError(command: spec.name, message: "--log\(suffix) needs --from\(suffix) and --to\(suffix) above 0")
        }
        return SweepResult.Axis(
            input: input, values: WhatIfAnalyzer.values(from: from, to: to, steps: steps, logarithmic: log),
            isLogarithmic: log, currentValue: nil)
    }
}
