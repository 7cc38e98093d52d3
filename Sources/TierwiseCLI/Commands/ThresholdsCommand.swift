import Foundation
import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports

/// `tierwise thresholds CATALOG`: each use case's switching values.
enum ThresholdsCommand: Command {
    static let spec = CommandSpec(
        name: "thresholds",
        abstract: "Find the values of each deciding input at which a recommendation changes.",
        summary: "For each use case (or each named one), find the nearest value below and above the catalog's of each "
            + "deciding input (delay cost, event rate, peak, hourly rate, baseline compute by default) at which the tierwise "
            + "model's recommended tier or pattern changes, and what it changes to.",
        positionals: [.init(name: "CATALOG", help: "Path to the catalog JSON.")],
        options: [
            .init(name: "--use-case", valueName: "NAME", help: "Solve only this use case. Repeatable.", isRepeatable: true),
            .init(name: "--inputs", valueName: "LIST", help: "Comma-separated inputs (default: "
                + WhatIfAnalyzer.defaultThresholdInputs.map(\.rawValue).joined(separator: ",") + ")."),
            formatOption(default: .markdown), outputOption,
        ] + WhatIfArguments.overrideOptions,
        details: "Each switch is found by doubling away from the current value, then bisecting to a relative 10^-6;\n"
            + "when a recommendation changes more than once within one doubling, the one found may not be the nearest.\n"
            + "Catalogs of 1,000 use cases or more get progress on standard error. " + standardExitStatuses
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .markdown
        var inputs = WhatIfAnalyzer.defaultThresholdInputs
        if let list = arguments.values["--inputs"] {
            inputs = []
            for name in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
                guard let input = UseCaseInput(rawValue: name) else {
                    throw UsageError(command: spec.name, message: "--inputs: expected \(UseCaseInput.allNamesForMessages), got '\(name)'")
                }
                inputs.append(input)
            }
        }
        guard let loaded = try WhatIfArguments.loadCatalog(
            arguments.positionals[0], arguments: arguments, costOverrides: CostParameterOverrides(), command: spec.name,
            console: console, allowsForcing: true)
        else { return ExitStatus.badInput }
        var useCases = loaded.catalog.useCases
        if let names = arguments.lists["--use-case"] {
            for name in names where !useCases.contains(where: { $0.name == name }) {
                throw UsageError(command: spec.name, message: "--use-case: no use case is named '\(name)'")
            }
            useCases = useCases.filter { names.contains($0.name) }
        }
        let latencies = loaded.catalog.tierLatencies, settings = loaded.catalog.decisionSettings, solved = inputs
        let showProgress = useCases.count >= 1_000
        // Rounds of 1,024 use cases on all cores, with a progress line after each when the catalog is large.
        var results: [ThresholdResult] = []
        results.reserveCapacity(useCases.count)
        for start in stride(from: 0, to: useCases.count, by: 1_024) {
            let round = Array(useCases[start..<min(start + 1_024, useCases.count)])
            results += ParallelChunks.map(round, chunkSize: 64) { chunk in
                chunk.map { WhatIfAnalyzer.thresholds($0, latencies: latencies, settings: settings, inputs: solved) }
            }.flatMap { $0 }
            if showProgress { console.writeError("tierwise: solved \(results.count) of \(useCases.count) use cases\n") }
        }
        let report: String = switch format {
        case .markdown: ThresholdReport.markdown(results)
        case .json: ThresholdReport.json(results)
        case .text: ThresholdReport.text(results)
        }
        return deliver(report, arguments: arguments, console: console)
    }
}
