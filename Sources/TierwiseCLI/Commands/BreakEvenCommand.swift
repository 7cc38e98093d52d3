import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports

/// `tierwise break-even`: does going faster pay back, and when?
enum BreakEvenCommand: Command {
    static let spec = CommandSpec(
        name: "break-even",
        abstract: "Does going faster pay back, and when?",
        summary: "Compute whether moving from a slower to a faster processing approach pays back: extra monthly "
            + "cost, monthly value of the latency saved, net benefit and payback months.",
        options: [
            .init(name: "--events-per-day", valueName: "N", help: "Daily event volume (required)."),
            .init(name: "--revenue-per-minute", valueName: "USD", help: "Money lost per minute of delay (required)."),
            .init(name: "--from", valueName: "APPROACH", help: "The slower approach (default batch_simple)."),
            .init(name: "--to", valueName: "APPROACH", help: "The faster approach (default near_real_time)."),
            .init(name: "--baseline-latency-minutes", valueName: "M",
                  help: "Latency of --from (default: what it delivers, 780 for batch; 1440 with --model seed)."),
            .init(name: "--candidate-latency-minutes", valueName: "M",
                  help: "Latency of --to (default: what it delivers, 7 s for near_real_time; 30 s with --model seed)."),
            .init(name: "--decisions-per-hour", valueName: "N",
                  help: "Decisions per hour that each lose their latency × the delay cost (tierwise model; default 1)."),
            .init(name: "--active-hours-per-week", valueName: "H",
                  help: "Hours a week in which delay costs money (tierwise model; default 168, 24×7)."),
            .init(name: "--solve", valueName: "INPUT",
                  help: "Solve for the value of revenue-per-minute, events-per-day, hourly-rate or baseline-monthly-compute at which it pays back within 12 months."),
            modelOption,
        ] + costParameterOptions + [formatOption(default: .text), outputOption],
        details: "The seed's fixed assumption (60 minutes against 1) is --baseline-latency-minutes 60 "
            + "--candidate-latency-minutes 1 --model seed.\n"
            + "Seed model: the minutes saved count once per hour of a 30-day month (× 30 × 24); latencies default\n"
            + "to the tiers' upper bounds; payback under 12 months is recommended.\n"
            + "Tierwise model (the default): latencies default to what each approach delivers (batch 13 h,\n"
            + "micro_batch 3.5 min, near_real_time 7 s, real_time 50 ms); each latency's loss is capped at every\n"
            + "active minute of the month; payback counts from the start of the build and must be under 12 months.\n"
            + standardExitStatuses
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let question = BreakEvenQuestion(
            eventsPerDay: try arguments.requiredNumber("--events-per-day", in: InputLimits.eventsPerDay, command: spec.name),
            revenuePerMinuteDelayUSD: try arguments.requiredNumber(
                "--revenue-per-minute", in: InputLimits.revenuePerMinuteUSD, command: spec.name),
            from: try arguments.choice("--from", as: ProcessingApproach.self, command: spec.name) ?? .batchSimple,
            to: try arguments.choice("--to", as: ProcessingApproach.self, command: spec.name) ?? .nearRealTime,
            baselineLatencyMinutes: try arguments.number(
                "--baseline-latency-minutes", in: InputLimits.latencyMinutes, command: spec.name),
            candidateLatencyMinutes: try arguments.number(
                "--candidate-latency-minutes", in: InputLimits.latencyMinutes, command: spec.name),
            costParameters: try costParameterOverrides(arguments),
            model: try arguments.choice("--model", as: DecisionModel.self, command: spec.name) ?? .tierwise,
            valueModel: ValueModel(
                curve: .decisions(perHour: try arguments.number(
                    "--decisions-per-hour", in: InputLimits.decisionsPerHour, command: spec.name) ?? 1),
                activeHoursPerWeek: try arguments.number(
                    "--active-hours-per-week", in: InputLimits.activeHoursPerWeek, command: spec.name) ?? 168))
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .text
        if let input = try arguments.choice("--solve", as: BreakEvenSolver.Input.self, command: spec.name) {
            let solution: BreakEvenSolution?
            do {
                solution = try BreakEvenSolver.solve(question, for: input)
            } catch {
                throw UsageError(command: spec.name, message: error.description + "; choose a faster --to or give both latencies")
            }
            let report: String = switch format {
            case .json: BreakEvenTextReport.solutionJSON(solution, input: input.rawValue, model: question.model.rawValue)
            case .markdown, .text: BreakEvenTextReport.solutionText(solution, input: input.rawValue) + "\n"
            }
            return deliver(report, arguments: arguments, console: console)
        }
        let breakEven: BreakEven
        do {
            breakEven = try BreakEvenCalculator.answer(question)
        } catch {
            throw UsageError(command: spec.name, message: error.description + "; choose a faster --to or give both latencies")
        }
        let report: String = switch format {
        case .json: BreakEvenJSONReport.render(
            breakEven, eventsPerDay: question.eventsPerDay, revenuePerMinuteDelayUSD: question.revenuePerMinuteDelayUSD)
        case .markdown: BreakEvenTextReport.markdown(breakEven)
        case .text: BreakEvenTextReport.text(breakEven)
        }
        return deliver(report, arguments: arguments, console: console)
    }
}
