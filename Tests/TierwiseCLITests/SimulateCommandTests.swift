import Foundation
import Testing
@testable import TierwiseCLI
import TierwiseJSON

@Suite("simulate and calibrate")
struct SimulateCommandTests {
    private let example = repositoryRoot.appendingPathComponent("catalogs/example.json").path
    private let calibration = repositoryRoot.appendingPathComponent("catalogs/calibration.json").path
    private let queueing = repositoryRoot.appendingPathComponent("catalogs/scenarios/queueing.json").path

    @Test("The committed simulation report matches what simulate writes now (regenerate with reports/regenerate.sh)")
    func goldenReport() throws {
        let committed = try String(contentsOf: repositoryRoot.appendingPathComponent("reports/simulation.md"), encoding: .utf8)
        let fresh = run(["simulate", example, "--calibration", calibration, "--events-per-run", "20000"])
        #expect(fresh.status == 0)
        #expect(fresh.output == committed, "reports/simulation.md is stale: run reports/regenerate.sh")
    }

    @Test("Same seed and calibration, same bytes; another seed, other figures")
    func deterministic() {
        let arguments = ["simulate", "--scenario", queueing, "--calibration", calibration, "--duration", "60s", "--events-per-run", "20000"]
        let first = run(arguments), second = run(arguments)
        #expect(first.status == 0)
        #expect(first.output == second.output)
        #expect(first.output != run(arguments + ["--seed", "7"]).output)
    }

    @Test("JSON is valid, and an unstable scenario has null latencies and a failed verdict")
    func unstableJSON() throws {
        let result = run(["simulate", "--scenario", queueing, "--calibration", calibration, "--duration", "60s", "--format", "json",
                          "--events-per-run", "20000"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(Array(result.output.utf8))
        guard case .array(let simulations)? = json["simulations"] else { Issue.record("no simulations"); return }
        #expect(simulations.count == 5)
        let overload = simulations[4]
        #expect(overload["name"] == .string("Overload: lambda 1200, mu 1000"))
        #expect(overload["verdict"] == .string("fail"))
        #expect(overload["latency_seconds"]?["p99"] == .null)
        #expect(overload["stages"].flatMap { if case .array(let s) = $0 { s.first } else { nil } }?["stable"] == .bool(false))
        for key in ["architecture", "workload", "latency_seconds", "stages", "throughput", "capacity", "claims", "events",
                    "simulated_seconds", "wall_seconds"] {
            #expect(overload[key] != nil, "missing \(key)")
        }
        #expect(!result.output.contains("nan") && !result.output.contains("inf"))
        let markdown = run(["simulate", "--scenario", queueing, "--calibration", calibration, "--duration", "60s", "--events-per-run", "20000"])
        #expect(markdown.output.contains("| Overload: lambda 1200, mu 1000 | custom | p99 ≤ 100 ms | unstable | unstable | FAIL |"))
        #expect(markdown.output.contains("No freshness chart: the pipeline is unstable"))
        #expect(!markdown.output.contains("n/a") && !markdown.output.contains("nan"))
    }

    @Test("A scenario file's problems are listed with their JSON paths, exit 2, nothing written")
    func invalidScenario() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("bad.json").path
        let report = directory.appendingPathComponent("report.md").path
        try """
        {"scenarios": [{"name": "x", "workload": {"events_per_second": -1, "arival": "poisson"},
          "architecture": {"stages": [{"name": "a", "trigger": "every soon"},
                                      {"name": "b", "input": "c", "trigger": "continuous", "parallelism": 1.5}]}}]}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = run(["simulate", "--scenario", path, "--calibration", calibration, "--output", report])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("\(path): scenarios[0].workload.events_per_second: expected a positive number, got -1"))
        #expect(result.error.contains("\(path): scenarios[0].architecture.stages[0].trigger: expected \"continuous\""))
        #expect(result.error.contains("\(path): scenarios[0].architecture.stages[1].parallelism: expected a whole number from 1 to 4096, got 1.5"))
        #expect(result.error.contains("problems in \(path); nothing was written."))
        #expect(!FileManager.default.fileExists(atPath: report))
    }

    @Test("A stage reading a stage not listed before it is refused")
    func unknownInput() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("bad.json").path
        try """
        {"scenarios": [{"name": "x", "workload": {"events_per_second": 10},
          "architecture": {"stages": [{"name": "b", "input": "c", "trigger": "continuous"}]}}]}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = run(["simulate", "--scenario", path, "--calibration", calibration])
        #expect(result.status == 2)
        #expect(result.error.contains("scenarios[0].architecture.stages[0].input: expected the name of a stage listed before this one, got \"c\""))
    }

    @Test("Usage errors exit 2 before any work", arguments: [
        (["simulate"], "missing argument CATALOG (or --scenario FILE)"),
        (["simulate", "x.json", "--scenario", "y.json"], "give a CATALOG or --scenario FILE, not both"),
        (["simulate", "x.json", "--duration", "soon"], "--duration: expected a duration"),
        (["simulate", "x.json", "--replications", "0"], "--replications: expected a whole number from 1 to 30"),
    ])
    func usage(arguments: [String], message: String) {
        let result = run(arguments)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains(message))
    }

    @Test("--use-case names must be in the catalog; several may be given")
    func useCases() {
        let unknown = run(["simulate", example, "--calibration", calibration, "--use-case", "Nope"])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("no use case is named \"Nope\"; the catalog has \"Card fraud detection\""))
        let two = run(["simulate", example, "--calibration", calibration, "--events-per-run", "5000", "--format", "text",
                       "--use-case", "Churn model training", "--use-case", "Executive KPI dashboard"])
        #expect(two.status == 0)
        let lines = two.output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("Churn model training ") || $0.hasPrefix("Executive KPI dashboard ") }.count == 2)
        #expect(!two.output.contains("Card fraud detection"))
    }

    @Test("A bad calibration file is located, exit 2")
    func badCalibration() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("cal.json").path
        try #"{"engine_events_per_second_per_core": 0, "cores_per_machine": "many"}"#.write(toFile: path, atomically: true, encoding: .utf8)
        let result = run(["simulate", example, "--calibration", path])
        #expect(result.status == 2)
        #expect(result.error.contains("\(path): engine_events_per_second_per_core: expected a positive number, got 0"))
        #expect(result.error.contains("\(path): cores_per_machine: expected a whole number from 1 to 1000000"))
    }

    @Test("calibrate writes a file simulate reads back")
    func calibrateRoundTrip() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("cal.json").path
        let written = run(["calibrate", "--events", "20000", "--output", path])
        #expect(written.status == 0)
        let json = try JSONParser.parse(Array(try String(contentsOfFile: path, encoding: .utf8).utf8))
        guard case .number(let rate)? = json["engine_events_per_second_per_core"] else { Issue.record("no rate"); return }
        #expect(rate > 0)
        let simulated = run(["simulate", "--scenario", queueing, "--calibration", path, "--duration", "30s", "--format", "text",
                             "--events-per-run", "5000"])
        #expect(simulated.status == 0)
    }
}

@Suite("analyze --simulate")
struct AnalyzeSimulateTests {
    private let example = repositoryRoot.appendingPathComponent("catalogs/example.json").path
    private let calibration = repositoryRoot.appendingPathComponent("catalogs/calibration.json").path

    @Test("Under the seed model the analysis is unchanged and followed by the simulation's verdicts; under the tierwise model it uses them")
    func appended() {
        let plain = run(["analyze", example, "--model", "seed"])
        let simulated = run(["analyze", example, "--model", "seed", "--simulate", "--calibration", calibration,
                             "--events-per-run", "5000"])
        #expect(simulated.status == 0)
        #expect(simulated.output.hasPrefix(plain.output))
        let tierwise = run(["analyze", example, "--simulate", "--calibration", calibration, "--events-per-run", "5000"])
        #expect(tierwise.status == 0)
        #expect(tierwise.output.contains("(simulated: mean / p99)") && tierwise.output.contains("\n## Validated by simulation\n"))
        let appendix = String(simulated.output.dropFirst(plain.output.count))
        #expect(appendix.hasPrefix("\n## Validated by simulation\n"))
        #expect(appendix.contains("| Use case | Pattern | Target | p99 (average) | p99 (peak) | Validated |"))
        #expect(appendix.contains("## Simulation: Card fraud detection"))
    }

    @Test("--simulate refuses JSON, and its options need it", arguments: [
        (["--simulate", "--format", "json"], "--simulate writes markdown or text"),
        (["--calibration", "x.json"], "--calibration needs --simulate"),
    ])
    func usage(extra: [String], message: String) {
        let result = run(["analyze", example] + extra)
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains(message))
    }
}

@Suite("simulate --clock wall")
struct WallClockTests {
    private let calibration = repositoryRoot.appendingPathComponent("catalogs/calibration.json").path

    @Test("A one-stage continuous pipeline also runs live; others say why not (figures are not asserted: they are wall-clock)")
    func live() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("s.json").path
        try """
        {"scenarios": [
          {"name": "live", "workload": {"events_per_second": 100}, "duration": "2s",
           "architecture": {"stages": [{"name": "s", "trigger": "continuous", "per_event": {"mean": "100us"}}]}},
          {"name": "batch", "workload": {"events_per_second": 100}, "duration": "2s",
           "architecture": {"stages": [{"name": "b", "trigger": "every 1s"}]}}]}
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let result = run(["simulate", "--scenario", path, "--calibration", calibration, "--clock", "wall"])
        #expect(result.status == 0)
        #expect(result.output.contains("Live on the wall clock (100 events/s for 2 s): mean "))
        #expect(result.output.contains("Live on the wall clock: not run (only a pipeline of one continuous stage on one core"))
        #expect(run(["simulate", "--scenario", path, "--clock", "sundial"]).status == 2)
    }
}
