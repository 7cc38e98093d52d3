import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports

/// `tierwise costs`: compare processing approaches at one volume.
enum CostsCommand: Command {
    static let spec = CommandSpec(
        name: "costs",
        abstract: "Compare the processing approaches' costs at a volume.",
        summary: "Compare what each processing approach costs at a daily event volume: monthly infrastructure, "
            + "monthly operations, total, initial build and first-year TCO.",
        options: [
            .init(name: "--events-per-day", valueName: "N", help: "Daily event volume (required)."),
            .init(name: "--approaches", valueName: "LIST",
                  help: "Comma-separated approaches (default: batch_simple,micro_batch,near_real_time,real_time)."),
            modelOption,
        ] + costParameterOptions + [formatOption(default: .text), outputOption],
        details: "Approaches: \(ProcessingApproach.allCases.map(\.rawValue).joined(separator: ", ")).\n" + standardExitStatuses
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let eventsPerDay = try arguments.requiredNumber("--events-per-day", in: InputLimits.eventsPerDay, command: spec.name)
        let approaches = try parseApproaches(arguments.values["--approaches"])
        let parameters = CostParameterOverrides.resolve([
            try costParameterOverrides(arguments)
        ])
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .text
        let namesYears = (try arguments.choice("--model", as: DecisionModel.self, command: spec.name) ?? .tierwise) == .tierwise
        let costs = CostEstimator(parameters: parameters).compare(eventsPerDay: eventsPerDay, approaches: approaches)
        let report: String = switch format {
        case .json: CostsJSONReport.render(costs, eventsPerDay: eventsPerDay, parameters: parameters, namesYears: namesYears)
        case .markdown: CostsTextReport.markdown(costs, eventsPerDay: eventsPerDay, parameters: parameters, namesYears: namesYears)
        case .text: CostsTextReport.text(costs, eventsPerDay: eventsPerDay, parameters: parameters, namesYears: namesYears)
        }
        return deliver(report, arguments: arguments, console: console)
    }

    private static func parseApproaches(_ text: String?) throws(UsageError) -> [ProcessingApproach] {
        guard let text else { return ProcessingApproach.seedDefaultComparison }
        var result: [ProcessingApproach] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let approach = ProcessingApproach(rawValue: trimmed) else {
                throw UsageError(command: spec.name,
                                 message: "--approaches: unknown approach '\(trimmed)'; use \(ProcessingApproach.allNamesForMessages)")
            }
            if !result.contains(approach) { result.append(approach) }
        }
        return result
    }
}
