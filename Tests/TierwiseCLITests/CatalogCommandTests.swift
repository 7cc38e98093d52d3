import Foundation
import Testing
@testable import TierwiseCLI
import TierwiseJSON

@Suite("Catalog commands")
struct CatalogCommandTests {
    private let example = repositoryRoot.appendingPathComponent("catalogs/example.json").path

    @Test("An invalid catalog lists every problem, exits 2 and writes nothing")
    func invalidCatalog() throws {
        let directory = try temporaryDirectory()
        let catalog = directory.appendingPathComponent("bad.json").path
        let report = directory.appendingPathComponent("report.md").path
        try #"{"use_cases": [{"name": "x", "events_per_second": "fast"}]}"#.write(toFile: catalog, atomically: true, encoding: .utf8)
        let result = run(["analyze", catalog, "--output", report])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("\(catalog): use_cases[0].events_per_second: expected a non-negative number, got \"fast\""))
        #expect(result.error.contains("\(catalog): use_cases[0].description: missing; expected a string"))
        #expect(result.error.contains("problems in \(catalog); nothing was written."))
        #expect(!FileManager.default.fileExists(atPath: report))
    }

    @Test("--output replaces the file whole and leaves no temporary behind")
    func outputFile() throws {
        let directory = try temporaryDirectory()
        let report = directory.appendingPathComponent("report.json").path
        try "old".write(toFile: report, atomically: true, encoding: .utf8)
        let result = run(["analyze", example, "--format", "json", "--output", report])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(result.error == "tierwise: wrote \(report)\n")
        let written = try String(contentsOfFile: report, encoding: .utf8)
        #expect(written == run(["analyze", example, "--format", "json"]).output)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.json"])
    }

    @Test("--output into a missing directory exits 3")
    func outputMissingDirectory() {
        let result = run(["analyze", example, "--output", "/nonexistent-dir/report.md"])
        #expect(result.status == 3)
        #expect(result.error.contains("does not exist"))
    }

    @Test("The committed reports match what analyze writes now (regenerate with reports/regenerate.sh)",
          arguments: [
            ("markdown", "reports/example.md", "tierwise"), ("json", "reports/example.json", "tierwise"),
            ("markdown", "reports/example-seed.md", "seed"), ("json", "reports/example-seed.json", "seed"),
          ])
    func goldenReports(format: String, path: String, model: String) throws {
        let committed = try String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8)
        let fresh = run(["analyze", example, "--format", format, "--model", model])
        #expect(fresh.status == 0)
        #expect(fresh.output == committed, "\(path) is stale: run reports/regenerate.sh")
    }

    @Test("analyze --format text under the tierwise model: the model, every use case, the changes, the portfolio")
    func textFormatTierwise() {
        let result = run(["analyze", example, "--format", "text"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("model: tierwise"))
        // The example's KPI dashboard is read every 4 hours: hourly mini_batch is the slowest tier that keeps up.
        #expect(lines.contains { $0.hasPrefix("Executive KPI dashboard") && $0.contains("real_time → mini_batch") })
        #expect(lines.contains { $0.hasPrefix("Executive KPI dashboard: Relax real_time to mini_batch") })
        #expect(lines.contains { $0.hasPrefix("all_batch") && $0.contains("no (4 left out)") })
    }

    @Test("analyze --format text --model seed lists every use case, the changes and the portfolio")
    func textFormat() {
        let result = run(["analyze", example, "--format", "text", "--model", "seed"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0].hasPrefix("use case"))
        #expect(lines.contains { $0.hasPrefix("Executive KPI dashboard") && $0.contains("real_time → micro_batch") })
        #expect(lines.contains { $0.hasPrefix("Executive KPI dashboard: Consider relaxing from real_time to micro_batch") })
        #expect(lines.contains { $0.hasPrefix("all_batch") })
    }

    @Test("generate-catalog is deterministic, seed-dependent and valid")
    func generateCatalog() throws {
        let first = run(["generate-catalog", "--count", "50", "--seed", "7"])
        #expect(first.status == 0)
        #expect(first.output == run(["generate-catalog", "--count", "50", "--seed", "7"]).output)
        #expect(first.output != run(["generate-catalog", "--count", "50", "--seed", "8"]).output)
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("generated.json").path
        try first.output.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(run(["check", path]) == ("\(path): valid, 50 use cases\n", "", 0))
        let json = try JSONParser.parse(Array(first.output.utf8))
        guard case .array(let useCases)? = json["use_cases"] else { Issue.record("no use_cases"); return }
        #expect(useCases.count == 50)
    }

    @Test("check --strict fails on warnings with status 1")
    func checkStrict() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("warn.json").path
        let text = try String(contentsOfFile: example, encoding: .utf8)
            .replacingOccurrences(of: "\"use_cases\":", with: "\"owner\": \"data team\", \"use_cases\":")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(run(["check", path]).status == 0)
        let strict = run(["check", path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.error.contains("\(path): owner: unknown field, ignored"))
    }
}

@Suite("analyze --pricing")
struct PricingOptionTests {
    private var example: String { repositoryRoot.appendingPathComponent("catalogs/example.json").path }

    @Test("A pricing file changes capacity costs; a bad one exits 2 and writes nothing")
    func pricingFile() throws {
        let directory = try temporaryDirectory()
        let catalogPath = directory.appendingPathComponent("capacity.json").path
        let text = try String(contentsOfFile: example, encoding: .utf8)
            .replacingOccurrences(of: "\"defaults\": {", with: "\"defaults\": {\n    \"cost_model\": \"capacity\",")
        try text.write(toFile: catalogPath, atomically: true, encoding: .utf8)
        let cheap = run(["analyze", catalogPath, "--format", "json"])
        #expect(cheap.status == 0)
        let pricingPath = directory.appendingPathComponent("pricing.json").path
        try #"{"lake_storage_usd_per_gb_month": 0.046}"#.write(toFile: pricingPath, atomically: true, encoding: .utf8)
        let dear = run(["analyze", catalogPath, "--format", "json", "--pricing", pricingPath])
        #expect(dear.status == 0 && dear.output != cheap.output)
        func fraudRealTimeMonthly(_ output: String) throws -> Double? {
            guard case .array(let useCases)? = try JSONParser.parse(Array(output.utf8))["use_cases"],
                  case .number(let monthly)? = useCases.first?["costs"]?["real_time"]?["total_monthly"] else { return nil }
            return monthly
        }
        // Fraud keeps 63,072 GB in the lake: doubling $0.023 adds 63,072 × 0.023 = $1,450.66 a month.
        let a = try #require(try fraudRealTimeMonthly(cheap.output)), b = try #require(try fraudRealTimeMonthly(dear.output))
        #expect(abs(b - a - 1_450.656) < 0.011)
        try #"{"lake_storage_usd_per_gb_month": -1}"#.write(toFile: pricingPath, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out.json").path
        let bad = run(["analyze", catalogPath, "--pricing", pricingPath, "--output", output])
        #expect(bad.status == 2)
        #expect(bad.error.contains("lake_storage_usd_per_gb_month: expected a non-negative number, got -1"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
