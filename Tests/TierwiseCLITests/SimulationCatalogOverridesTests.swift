import Foundation
import Testing
@testable import TierwiseCLI
import TierwiseJSON

@Suite("Catalog overrides for simulate")
struct SimulationCatalogOverridesTests {
    private let calibration = repositoryRoot.appendingPathComponent("catalogs/calibration.json").path

    static func catalog(extra: String) -> String {
        """
        {"use_cases": [{"name": "Feed", "description": "Sensor feed", "data_source": "MQTT",
          "latency_requirement": "real_time", "latency_justification": "Shut down in time",
          "events_per_second": 500, "peak_multiplier": 2, "requires_historical_context": false,
          "requires_ordering": false, "requires_exactly_once": false, "revenue_impact_per_minute_delay": 10,
          "cost_of_error": "high"\(extra)}]}
        """
    }

    @Test("A use case's workload and architecture objects reach the simulation")
    func applied() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("c.json").path
        try Self.catalog(extra: #", "workload": {"arrival": "constant", "keys": 7, "event_bytes": 100}, "architecture": {"parallelism": 3, "commit_interval": "250ms"}"#)
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(run(["check", path]).status == 0)
        let result = run(["simulate", path, "--calibration", calibration, "--duration", "120s", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(Array(result.output.utf8))
        guard case .array(let simulations)? = json["simulations"], let first = simulations.first else { Issue.record("none"); return }
        #expect(first["workload"]?["arrival"] == .string("constant"))
        #expect(first["workload"]?["keys"] == .number(7))
        #expect(first["workload"]?["events_per_second"] == .number(500))
        guard case .array(let stages)? = first["architecture"]?["stages"], let stage = stages.first else { Issue.record("no stages"); return }
        #expect(stage["parallelism"] == .number(3))
        #expect(stage["commit_interval_seconds"] == .number(0.25))
        // Results visible at 250 ms checkpoints: uniform waits, mean 125 ms.
        guard case .number(let mean)? = first["latency_seconds"]?["mean"] else { Issue.record("no mean"); return }
        #expect(abs(mean - 0.125) < 0.00625)
    }

    @Test("Their problems are located like every other field's")
    func located() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("c.json").path
        try Self.catalog(extra: #", "workload": {"arrival": "sometimes", "events_per_second": 3}, "architecture": {"parallelism": 0}"#)
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = run(["check", path])
        #expect(result.status == 2)
        #expect(result.error.contains("\(path): use_cases[0].workload.arrival: expected constant, poisson, diurnal or bursts, got \"sometimes\""))
        #expect(result.error.contains("\(path): use_cases[0].architecture.parallelism: expected a whole number from 1 to 4096, got 0"))
    }
}
