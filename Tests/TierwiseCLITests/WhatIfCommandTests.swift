import Foundation
import Testing
import TierwiseJSON

/// The what-if commands end to end: overrides, forced choices, sweeps, thresholds, uncertainty.
@Suite("What-if commands")
struct WhatIfCommandTests {
    private var example: String { repositoryRoot.appendingPathComponent("catalogs/example.json").path }

    @Test("--set and --what-if: precedence (file, then each --set), echo in the JSON, bad input exits 2")
    func overrides() throws {
        let directory = try temporaryDirectory()
        let file = directory.appendingPathComponent("w.json").path
        try #"{"name": "Peak", "defaults": {"hourly_rate": 200}, "use_cases": {"Card fraud detection": {"events_per_second": 3000}}}"#
            .write(toFile: file, atomically: true, encoding: .utf8)
        let result = run(["analyze", example, "--format", "json", "--what-if", file,
                          "--set", "Card fraud detection.events_per_second=4000"])
        #expect(result.status == 0)
        let json = try JSONParser.parse(Array(result.output.utf8))
        guard case .array(let overrides)? = json["assumptions"]?["overrides"], case .array(let useCases)? = json["use_cases"] else {
            Issue.record("no overrides or use cases")
            return
        }
        #expect(overrides.count == 3)
        #expect(overrides.last?["source"] == .string("--set"))
        // The last override wins: 4,000 events/s × 4 peak.
        #expect(useCases.first?["peak_events_per_second"] == .number(16_000))
        #expect(useCases.first?["cost_parameters"]?["hourly_rate"] == .number(200))
        #expect(run(["analyze", example, "--set", "Card fraud detection.events_per_second=-1"]).status == 2)
        #expect(run(["analyze", example, "--set", "Card fraud detection.speed=1"]).status == 2)
        #expect(run(["analyze", example, "--what-if", directory.appendingPathComponent("missing.json").path]).status == 2)
    }

    @Test("--force-tier gives the analysis at that tier and says what it costs against the recommendation")
    func forceTier() {
        let result = run(["analyze", example, "--format", "text", "--force-tier", "Card fraud detection=near_real_time"])
        #expect(result.status == 0)
        #expect(result.output.contains("Card fraud detection: Forced to near_real_time"))
        #expect(result.output.contains("misses the deadline of 100 ms"))
        #expect(run(["analyze", example, "--force-tier", "Card fraud detection=near_real_time", "--model", "seed"]).status == 2)
        #expect(run(["analyze", example, "--force-tier", "Nobody=batch"]).status == 2)
        #expect(run(["analyze", example, "--force-tier", "Card fraud detection=warp"]).status == 2)
    }

    @Test("sweep, thresholds and uncertainty write valid JSON; uncertainty is the same bytes for the same seed")
    func commands() throws {
        let sweep = run(["sweep", example, "--use-case", "Executive KPI dashboard", "--vary", "consumption_interval_minutes",
                         "--from", "10", "--to", "2000", "--steps", "5", "--format", "json"])
        #expect(sweep.status == 0)
        #expect(try JSONParser.parse(Array(sweep.output.utf8))["flip_count"] != nil)
        let thresholds = run(["thresholds", example, "--use-case", "Customer experience monitoring", "--format", "json",
                              "--inputs", "revenue_impact_per_minute_delay"])
        #expect(thresholds.status == 0)
        _ = try JSONParser.parse(Array(thresholds.output.utf8))
        let args = ["uncertainty", example, "--monte-carlo", "300", "--seed", "9", "--format", "json"]
        let first = run(args)
        #expect(first.status == 0 && first.output == run(args).output)
        _ = try JSONParser.parse(Array(first.output.utf8))
        #expect(run(["sweep", example, "--use-case", "Executive KPI dashboard", "--vary", "warp", "--from", "1", "--to", "2"]).status == 2)
        #expect(run(["uncertainty", example, "--seed", "1.5"]).status == 2)
    }

    @Test("analyze --simulate weighs the tiers with the simulated latency of the recommended architecture")
    func measuredLatencies() throws {
        let text = try String(contentsOfFile: example, encoding: .utf8)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        var catalog = root
        catalog["use_cases"] = (root["use_cases"] as? [[String: Any]])?.filter { ($0["name"] as? String) == "Card fraud detection" }
        let path = try temporaryDirectory().appendingPathComponent("fraud.json").path
        try JSONSerialization.data(withJSONObject: catalog).write(to: URL(fileURLWithPath: path))
        let calibration = repositoryRoot.appendingPathComponent("catalogs/calibration.json").path
        let result = run(["analyze", path, "--simulate", "--calibration", calibration, "--events-per-run", "20000"])
        #expect(result.status == 0, "\(result.error)")
        // Exactly-once through a transactional sink waits for the 1 s checkpoint: simulated p99 near 1 s, so the
        // 100 ms deadline that only real_time met on paper is met by no tier once measured.
        #expect(result.output.contains("(simulated: mean / p99)"))
        #expect(result.output.contains("**Verdict:** No tier meets the hard constraints (the deadline of 100 ms)"))
        // The summary gains the Validated column: the simulation's verdict for the use case.
        #expect(result.output.contains("| Faster pays above | Validated |"))
        #expect(result.output.contains(" | fail |\n"))
    }
}
