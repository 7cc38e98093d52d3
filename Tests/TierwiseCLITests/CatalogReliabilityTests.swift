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
    @Test("The streamed Markdown report is byte for byte the report rendered whole, across several rounds",
          arguments: [DecisionModel.tierwise, .seed])
    func streamedEqualsWhole(model: DecisionModel) throws {
        // More than one analysis round, and a last round that is not full.
        let count = CatalogAnalyzer.useCasesPerRound + 123
        let catalog = CatalogGenerator(count: count, seed: 11).generate()
        let path = try temporaryDirectory().appendingPathComponent("c.json").path
        try CatalogEncoder.encode(catalog).write(toFile: path, atomically: true, encoding: .utf8)
        let streamed = run(["analyze", path, "--format", "markdown", "--model", model.rawValue])
        #expect(streamed.status == 0)
        let loaded = try CatalogDecoder().load(path: path)
        let whole = AnalysisMarkdownReport.render(CatalogAnalyzer.analyze(loaded.catalog, model: model))
        #expect(streamed.output == whole)
    }

    /// A generated catalog made hostile: every text field of many use cases
    /// gets pipes, backticks, control and bidi characters, leading `#`, `-`
    /// or digits, line breaks, HTML, non-ASCII letters and emoji; figures go
    /// to their limits (zero rates and delay costs, a billion events a
    /// second) and the tier latencies are overridden, so every kind of
    /// section and phrase appears.
    static func hostileCatalog(count: Int) -> Catalog {
        let fragments = [
            "a|b", "`code`", "x\u{1B}[31my", "# heading", "- item", "+ plus", "= rule", "1. first", "12) second", "  lead",
            "\ttab", "line\nbreak", "cr\r\nlf", "<script>&amp;", "**bold**", "_under_", "[link](x)", "~strike~",
            "back\\slash", "\u{202E}evil\u{202C}", "café naïve", "e\u{301}", "日本語", "👩‍💻 emoji", "\u{200B}zero width",
            "\u{85}next line", "\u{2028}separator", "\u{E0001}tag", "del\u{7F}", "---", "===", "0", "9. nine",
            "plain words", "src (v2): a/b, c.d-e_f", "\"quoted\"", String(repeating: "long ", count: 15), "\u{A0}nbsp",
        ]
        var catalog = CatalogGenerator(count: count, seed: 7).generate()
        catalog.name = "Hostile | `catalog` \u{202E}# \u{1B}"
        catalog.defaults.tierLatencyMinutes = [.realTime: 0.001, .nearRealTime: 0.9, .microBatch: 59, .miniBatch: 61, .batch: 5_000]
        func fragment(_ index: Int, _ salt: Int) -> String {
            fragments[(index &* 31 &+ salt &* 17) % fragments.count] + fragments[(index / 7 &+ salt) % fragments.count]
        }
        for index in catalog.useCases.indices where index % 3 != 2 {
            var u = catalog.useCases[index]
            u.name = index % 2 == 0 ? "\(fragment(index, 1)) \(index)" : "\(index)\(fragment(index, 1))"
            u.description = index % 11 == 0 ? "" : fragment(index, 2) + (index % 5 == 0 ? " dashboard" : "")
            u.dataSource = fragment(index, 3)
            u.latencyJustification = index % 13 == 0 ? "" : fragment(index, 4)
            u.latencyRequirement = LatencyTier.allCases[index % LatencyTier.allCases.count]
            switch index % 17 {
            case 0: u.eventsPerSecond = 0
            case 1: u.eventsPerSecond = 1_000_000_000
            case 2: u.revenueImpactPerMinuteDelayUSD = 0
            case 3: u.revenueImpactPerMinuteDelayUSD = 1_000_000_000
            case 4: u.revenueImpactPerMinuteDelayUSD = 0.004
            case 5: u.costParameters = CostParameters(hourlyRateUSD: 0.01, baselineMonthlyComputeUSD: 0)
            case 6: u.statedEventsPerDay = 100_000_000_000_000
            default: break
            }
            catalog.useCases[index] = u
        }
        return catalog
    }

    @Test("Streamed and whole Markdown equal the String-built reference on a hostile catalog, across several rounds")
    func streamedEqualsReference() throws {
        let count = 2 * CatalogAnalyzer.useCasesPerRound + 77
        let path = try temporaryDirectory().appendingPathComponent("hostile.json").path
        try CatalogEncoder.encode(Self.hostileCatalog(count: count)).write(toFile: path, atomically: true, encoding: .utf8)
        // The reference renders the seed model's report (the tierwise one is checked streamed against whole above).
        let streamed = run(["analyze", path, "--format", "markdown", "--model", "seed"])
        #expect(streamed.status == 0)
        let analysis = CatalogAnalyzer.analyze(try CatalogDecoder().load(path: path).catalog, model: .seed)
        let reference = ReferenceMarkdown.Report.render(analysis)
        // The catalog exercises what it should, or equality would prove little.
        var expected = [
            "\\\\u202e", "\\\\u001b", "a\\|b", "\\`code\\`", "\\# heading", "&lt;script&gt;", "👩‍💻", "\\-", "9\\. nine",
            "### Migration: batch to streaming", "> **Break-even and tier rules disagree.**", "| Payback | never |",
            "| Payback | < 0.1 months |", "| Payback | 1 month |", "Gold: streaming aggregates", "Gold: aggregates every",
            "events/day\n- Delay costs $0.00/min", "$1,000,000,000.00/min",
        ]
        expected += ArchitecturePattern.allCases.map { "### Architecture: \($0.title)\n" }
        for text in expected { #expect(reference.contains(text), "the hostile catalog never renders \(text)") }
        let lines = reference.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.indices.dropLast(2).contains { lines[$0].hasPrefix("## ") && lines[$0 + 2].hasPrefix("- Data source: ") },
                "no section without a description")
        #expect(lines.contains { $0.hasPrefix("- Stated tier: ") && !$0.contains(", because: ") }, "no section without a justification")
        #expect(reference.hasPrefix("# tierwise analysis: Hostile \\| \\`catalog\\` \\\\u202e\\# \\\\u001b\n\n"))
        #expect(firstDifference(streamed.output, reference) == nil)
        #expect(firstDifference(AnalysisMarkdownReport.render(analysis), reference) == nil)
    }

    /// Where `text` first differs from `expected`, with some context, or nil
    /// when they are the same bytes (a report is too long to print whole).
    func firstDifference(_ text: String, _ expected: String) -> String? {
        let a = Array(text.utf8), b = Array(expected.utf8)
        guard a != b else { return nil }
        let index = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        func around(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, index - 200)..<min(bytes.count, index + 200)], as: UTF8.self)
        }
        return "byte \(index) of \(a.count) (expected \(b.count)):\n\(around(a))\n--- expected:\n\(around(b))"
    }

    @Test("Money, numbers and durations are written as the String-built reference writes them")
    func formatsEqualReference() {
        var random = SplitMix64(seed: 9)
        var values: [Double] = [0, -0.0, 0.004, 0.005, -0.005, 0.015, 1, 999.995, 1_000, 9.0e15, 9.0e18, 1.8e19, 1e21, 3.8e20,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude, .infinity, .nan]
        for _ in 0..<2_000 {
            let magnitude = Double.random(in: -3...22, using: &random)
            values.append((Bool.random(using: &random) ? -1 : 1) * Double.random(in: 1..<10, using: &random) * pow(10, magnitude))
        }
        for value in values {
            #expect(DisplayFormat.usd(value) == ReferenceMarkdown.Format.usd(value), "\(value)")
            for decimals in [0, 1, 2, 3, 9] {
                #expect(DisplayFormat.number(value, decimals: decimals) == ReferenceMarkdown.Format.number(value, decimals: decimals))
            }
            #expect(DisplayFormat.duration(minutes: abs(value)) == ReferenceMarkdown.Format.duration(minutes: abs(value)))
        }
    }
}
