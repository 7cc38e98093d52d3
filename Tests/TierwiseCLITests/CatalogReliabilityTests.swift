import Foundation
import Testing
import TierwiseAnalyzer
import TierwiseModel
import TierwiseReports
import TierwiseSimulator
@testable import TierwiseCLI
import TierwiseJSON

/// One use case with every number at the given end of its documented range.
private func extremeUseCase(name: String, atMaximum: Bool) -> String {
    let numbers: [(String, String)] = atMaximum
        ? [("events_per_second", "1e9"), ("events_per_day", "1e14"), ("peak_multiplier", "1000"),
           ("revenue_impact_per_minute_delay", "1e9"), ("hourly_rate", "1e5"), ("baseline_monthly_compute", "1e9")]
        : [("events_per_second", "0"), ("events_per_day", "0"), ("peak_multiplier", "1"),
           ("revenue_impact_per_minute_delay", "0"), ("hourly_rate", "1e-300"), ("baseline_monthly_compute", "0")]
    let fields = [
        ("name", "\"\(name)\""), ("description", "\"d\""), ("data_source", "\"s\""),
        ("latency_requirement", "\"real_time\""), ("latency_justification", "\"j\""),
        ("requires_historical_context", "true"), ("requires_ordering", "true"), ("requires_exactly_once", "true"),
        ("cost_of_error", "\"critical\""),
    ] + numbers
    return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
}

@Suite("Catalogs at the edge of the limits")
struct CatalogReliabilityTests {
    private func write(_ text: String) throws -> String {
        let path = try temporaryDirectory().appendingPathComponent("c.json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("A catalog at the limits is analyzed in every format with a figure in every cell", arguments: ["markdown", "text", "json"])
    func extremes(format: String) throws {
        let latencies = #""tier_latency_minutes": {"real_time": 1e-300, "batch": 525600}"#
        let catalog = try write(#"{"defaults": {"# + latencies + #"}, "use_cases": ["#
            + extremeUseCase(name: "max", atMaximum: true) + ", " + extremeUseCase(name: "min", atMaximum: false) + "]}")
        #expect(run(["check", catalog]).status == 0)
        let result = run(["analyze", catalog, "--format", format])
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.contains("n/a"))
        let words = Set(result.output.lowercased().split { !$0.isLetter }.map(String.init))
        #expect(words.isDisjoint(with: ["nan", "inf", "infinity"]), "\(format)")
        if format == "json" {
            #expect(throws: Never.self) { try JSONParser.parse(Array(result.output.utf8)) }
        }
    }

    @Test("Limits are enforced where the reproducers of issue 7 put them", arguments: [
        ("revenue_impact_per_minute_delay", "1e304"), ("events_per_second", "1e306"),
        ("hourly_rate", "1.7e308"), ("baseline_monthly_compute", "1.7e308"),
    ])
    func reproducers(key: String, value: String) throws {
        // The example catalog with the first use case's `key` set to `value`.
        let example = try Data(contentsOf: repositoryRoot.appendingPathComponent("catalogs/example.json"))
        var object = try JSONSerialization.jsonObject(with: example) as? [String: Any] ?? [:]
        var useCases = object["use_cases"] as? [[String: Any]] ?? []
        useCases[0][key] = Double(value)
        object["use_cases"] = useCases
        let catalog = try write(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        let checked = run(["check", catalog])
        #expect(checked.status == 2)
        #expect(checked.error.contains("use_cases[0].\(key): expected a number of at most"), "\(checked.error)")
        for format in ["markdown", "text"] {
            #expect(run(["analyze", catalog, "--format", format]).status == 2)
        }
    }

    @Test("check --strict counts one warning in the singular")
    func singularWarning() throws {
        let example = try String(contentsOf: repositoryRoot.appendingPathComponent("catalogs/example.json"), encoding: .utf8)
        let catalog = try write(example.replacingOccurrences(
            of: "\"name\": \"Card fraud detection\",", with: "\"name\": \"Card fraud detection\", \"colour\": 1,"))
        let result = run(["check", catalog, "--strict"])
        #expect(result.status == 1)
        #expect(result.error.hasSuffix("\(catalog): 1 warning under --strict\n"), "\(result.error)")
    }

    @Test("check does not claim it would have written anything")
    func checkWording() throws {
        let catalog = try write(#"{"use_cases": [{}]}"#)
        let result = run(["check", catalog])
        #expect(result.status == 2)
        #expect(result.error.contains("tierwise: 12 problems in \(catalog).\n"))
        #expect(!result.error.contains("nothing was written"))
    }

    @Test("generate-catalog refuses a count above the reader's range")
    func generatorCountLimit() {
        let result = run(["generate-catalog", "--count", "1000001"])
        #expect(result.status == 2)
        #expect(result.error.contains("expected a whole number from 1 to 1000000"))
    }
}

@Suite("Markdown as a stream")
struct MarkdownStreamTests {
    @Test("The streamed Markdown report is byte for byte the report rendered whole, across several rounds")
    func streamedEqualsWhole() throws {
        // More than one analysis round, and a last round that is not full.
        let count = CatalogAnalyzer.useCasesPerRound + 123
        let catalog = CatalogGenerator(count: count, seed: 11).generate()
        let path = try temporaryDirectory().appendingPathComponent("c.json").path
        try CatalogEncoder.encode(catalog).write(toFile: path, atomically: true, encoding: .utf8)
        let streamed = run(["analyze", path, "--format", "markdown"])
        #expect(streamed.status == 0)
        let loaded = try CatalogDecoder().load(path: path)
        let whole = AnalysisMarkdownReport.render(CatalogAnalyzer.analyze(loaded.catalog))
        #expect(streamed.output == whole)
    }
}
