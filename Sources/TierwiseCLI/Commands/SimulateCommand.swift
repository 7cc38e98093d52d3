import Foundation
import TierwiseJSON
import TierwiseModel
import TierwiseReports
import TierwiseSimulator

/// `tierwise simulate CATALOG` or `tierwise simulate --scenario FILE`: run
/// recommended (or described) architectures in simulated time and judge their claims.
enum SimulateCommand: Command {
    static let spec = CommandSpec(
        name: "simulate",
        abstract: "Simulate each recommended architecture and judge its latency and throughput claims.",
        summary: "Turn each use case into a synthetic open-loop workload and its recommended architecture into a "
            + "pipeline of stages (triggers, service times, cores, commits), run it in simulated time with every event "
            + "going through the embedded engine, and report for each claim (latency p99 at average and at peak, "
            + "throughput at peak, exactly-once under a crash, late data) whether it holds, with the measured figure and "
            + "the reason. With --scenario, simulate the pipelines a scenario file describes instead (docs/simulator.md).",
        positionals: [.init(name: "CATALOG", help: "Path to the catalog JSON (omit with --scenario).")],
        minimumPositionals: 0,
        options: [
            .init(name: "--scenario", valueName: "FILE", help: "Simulate the scenarios of FILE instead of a catalog."),
            .init(name: "--use-case", valueName: "NAME", help: "Only this use case (repeat for several).", isRepeatable: true),
            .init(name: "--duration", valueName: "DURATION",
                  help: "Simulated time per run (default: 1h, or 10 of the longest trigger interval)."),
            .init(name: "--warmup", valueName: "DURATION", help: "Simulated time discarded first (default: a tenth)."),
            .init(name: "--seed", valueName: "N", help: "Seed of every random draw (default 42)."),
            .init(name: "--replications", valueName: "N", help: "Runs per load with consecutive seeds, for 95% intervals (default 1)."),
            .init(name: "--events-per-run", valueName: "N",
                  help: "Events one run simulates at most; beyond, a sample stands for the rest (default 2,000,000)."),
            .init(name: "--clock", valueName: "CLOCK",
                  help: "simulated (default), or wall: also run one-stage continuous pipelines live (at most 30 s)."),
            .init(name: "--calibration", valueName: "FILE",
                  help: "Service times from FILE (tierwise calibrate); default: measure this machine at start."),
            formatOption(default: .markdown),
            outputOption,
        ],
        details: "Durations: a number with ms, s, m, h or d (10s, 15m, 24h). Without --calibration the figures depend on\n"
            + "this machine's speed and the report says so; with it, the same seed gives the same bytes anywhere.\n"
            + "Progress goes to standard error. Exit status: 0 on success (whatever the verdicts), 2 for bad usage or an\n"
            + "invalid catalog, scenario or calibration file (every problem is listed, nothing is written), 3 when the\n"
            + "report cannot be written."
    )

    static func run(_ arguments: ParsedArguments, console: Console) throws(UsageError) -> Int32 {
        let format = try arguments.choice("--format", as: OutputFormat.self, command: spec.name) ?? .markdown
        let scenarioPath = arguments.values["--scenario"]
        let names = arguments.lists["--use-case"] ?? []
        if scenarioPath == nil && arguments.positionals.isEmpty {
            throw UsageError(command: spec.name, message: "missing argument CATALOG (or --scenario FILE)")
        }
        if scenarioPath != nil && !arguments.positionals.isEmpty {
            throw UsageError(command: spec.name, message: "give a CATALOG or --scenario FILE, not both")
        }
        if scenarioPath != nil && !names.isEmpty {
            throw UsageError(command: spec.name, message: "--use-case selects use cases of a catalog, not of a scenario file")
        }
        var settings = SimulationSettings()
        settings.runsLive = try arguments.choice("--clock", as: ClockChoice.self, command: spec.name) == .wall
        settings.durationSeconds = try duration(arguments, "--duration", minimum: 1)
        settings.warmupSeconds = try duration(arguments, "--warmup", minimum: 0)
        if let duration = settings.durationSeconds, let warmup = settings.warmupSeconds, warmup >= duration {
            throw UsageError(command: spec.name, message: "--warmup: expected less than --duration")
        }
        if let seed = try arguments.count("--seed", in: 0...(1 << 53), command: spec.name) { settings.seed = UInt64(seed) }
        settings.replications = try arguments.count("--replications", in: 1...30, command: spec.name) ?? 1
        settings.maximumEventsPerRun = try arguments.count("--events-per-run", in: 1_000...2_000_000_000, command: spec.name)
            ?? settings.maximumEventsPerRun

        // Inputs first: nothing is measured or simulated for a bad file.
        var scenarios: [SimulationScenario] = []
        var sourceName: String?
        var catalog: Catalog?
        if let scenarioPath {
            do {
                let file = try CatalogDecoder().loadScenarios(path: scenarioPath)
                for warning in file.warnings { console.writeError("tierwise: warning: \(scenarioPath): \(warning)\n") }
                scenarios = file.scenarios
                sourceName = file.name
            } catch {
                report(error, path: scenarioPath, console: console)
                return ExitStatus.badInput
            }
        } else {
            guard let loaded = CatalogLoading.load(arguments.positionals[0], overrides: CostParameterOverrides(), console: console) else {
                return ExitStatus.badInput
            }
            catalog = loaded.catalog
            for name in names where !loaded.catalog.useCases.contains(where: { $0.name == name }) {
                throw UsageError(command: spec.name, message: SimulationError.unknownUseCase(
                    name: name, known: loaded.catalog.useCases.map(\.name)).description)
            }
        }
        guard let calibration = loadCalibration(arguments, console: console) else { return ExitStatus.badInput }

        let progress: (String) -> Void = { console.writeError("tierwise simulate: \($0)\n") }
        let result: SimulationReport
        do {
            if let catalog {
                result = try CatalogSimulator.simulate(catalog, names: names, settings: settings, calibration: calibration, progress: progress)
            } else {
                result = try CatalogSimulator.simulate(scenarios, sourceName: sourceName, settings: settings, calibration: calibration,
                                                       progress: progress)
            }
        } catch {
            console.writeError("tierwise: \(error.description)\n")
            return ExitStatus.badInput
        }
        if result.wallSeconds >= 1 {
            console.writeError("tierwise simulate: \(result.simulations.count) simulated in "
                + DisplayFormat.number(result.wallSeconds, decimals: 1) + " s\n")
        }
        let text: String
        switch format {
        case .markdown: text = SimulationMarkdownReport.render(result)
        case .json: text = SimulationJSONReport.render(result)
        case .text: text = SimulationTextReport.render(result)
        }
        return deliver(text, arguments: arguments, console: console)
    }

    /// The calibration of `--calibration FILE`, or this machine's, measured now (said on standard
    /// error); nil after reporting a bad file (exit 2) or a failed measurement.
    static func loadCalibration(_ arguments: ParsedArguments, console: Console) -> SimulationCalibration? {
        if let path = arguments.values["--calibration"] {
            do {
                return try CatalogDecoder().loadCalibration(path: path)
            } catch {
                report(error, path: path, console: console)
                return nil
            }
        }
        console.writeError("tierwise simulate: no --calibration: measuring this machine's engine (figures depend on it)\n")
        do {
            return try EngineCalibrator.measure { console.writeError("tierwise \($0)\n") }
        } catch {
            console.writeError("tierwise: calibration failed: \(error)\n")
            return nil
        }
    }

    private enum ClockChoice: String, CaseIterable { case simulated, wall }

    /// A duration option (`10s`, `15m`, `24h`) of at least `minimum` seconds.
    private static func duration(_ arguments: ParsedArguments, _ name: String, minimum: Double) throws(UsageError) -> Double? {
        guard let text = arguments.values[name] else { return nil }
        guard let seconds = SimulationDuration.seconds(text), seconds >= minimum else {
            throw UsageError(command: spec.name, message: "\(name): expected a duration of at least "
                + SimulationDuration.format(seconds: minimum) + " and at most 3650d, like 10s, 15m or 24h, got '"
                + VisibleText.escaped(text, limit: 40) + "'")
        }
        return seconds
    }

    private static func report(_ error: CatalogError, path: String, console: Console) {
        console.writeError(error.description + "\n")
        if case .invalid(_, _, let totalCount) = error {
            console.writeError("tierwise: \(totalCount) problem\(totalCount == 1 ? "" : "s") in \(path); nothing was written.\n")
        }
    }
}
