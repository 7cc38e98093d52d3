import TierwiseModel

/// A tierwise subcommand: its declaration and what it does.
protocol Command: Sendable {
    /// The declaration that drives parsing and `--help`.
    static var spec: CommandSpec { get }
    /// Runs with parsed arguments; returns the exit status.
    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32
}

extension Command {
    /// The `--format` option, shared wording.
    static func formatOption(default format: OutputFormat) -> CommandSpec.Option {
        .init(name: "--format", valueName: "FORMAT",
              help: "markdown, json or text (default: \(format.rawValue)).")
    }

    /// The `--model` option, shared wording.
    static var modelOption: CommandSpec.Option {
        .init(name: "--model", valueName: "MODEL",
              help: "tierwise (default) or seed: seed 002's framework, figures and fields as published.")
    }

    /// The exit statuses of commands that only write a report.
    static var standardExitStatuses: String {
        "Exit status: 0 on success, 2 for bad usage (nothing is written), 3 when the report cannot be written."
    }

    /// The `--output` option, shared wording.
    static var outputOption: CommandSpec.Option {
        .init(name: "--output", valueName: "PATH",
              help: "Write the report to PATH (atomically) instead of standard output.")
    }

    /// The two cost-parameter options, shared wording.
    static var costParameterOptions: [CommandSpec.Option] {
        [
            .init(name: "--hourly-rate", valueName: "USD", help: "Fully loaded engineer cost per hour (default 150)."),
            .init(name: "--baseline-monthly-compute", valueName: "USD",
                  help: "Monthly compute of simple batch at low volume (default 1000)."),
        ]
    }

    /// The cost parameters given by `--hourly-rate` and `--baseline-monthly-compute`
    /// (the options of ``costParameterOptions``), each within its documented range.
    static func costParameterOverrides(_ arguments: ParsedArguments) throws(UsageError) -> CostParameterOverrides {
        CostParameterOverrides(
            hourlyRateUSD: try arguments.number("--hourly-rate", in: InputLimits.hourlyRateUSD, command: spec.name),
            baselineMonthlyComputeUSD: try arguments.number(
                "--baseline-monthly-compute", in: InputLimits.baselineMonthlyComputeUSD, command: spec.name))
    }

    /// Delivers a report and maps a write failure to its exit status.
    static func deliver(_ text: String, arguments: ParsedArguments, console: Console) -> Int32 {
        deliver(chunks: [Array(text.utf8)], arguments: arguments, console: console)
    }

    /// Delivers a report given as consecutive pieces of UTF-8.
    static func deliver(chunks: [[UInt8]], arguments: ParsedArguments, console: Console) -> Int32 {
        deliver(arguments: arguments, console: console) { sink throws(ReportSinkError) in
            for chunk in chunks { try sink.write(chunk) }
        }
    }

    /// Opens the report destination, lets `produce` write to it and commits;
    /// any failure is reported and gives exit status 3, leaving no partial file.
    static func deliver(
        arguments: ParsedArguments, console: Console, produce: (ReportSink) throws(ReportSinkError) -> Void
    ) -> Int32 {
        do {
            let sink = try ReportSink.open(path: arguments.values["--output"], console: console).get()
            try produce(sink)
            try sink.commit()
            return ExitStatus.success
        } catch {
            console.writeError("tierwise: \(error.message)\n")
            return ExitStatus.ioFailure
        }
    }
}
