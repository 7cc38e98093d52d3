import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TierwiseAnalyzer
import TierwiseJSON
import TierwiseModel
import TierwiseReports
import TierwiseSimulator
@testable import TierwiseCLI

@Suite("check with a policy, and diff")
struct GateCommandTests {
    private var example: String { repositoryRoot.appendingPathComponent("catalogs/example.json").path }

    private func write(_ text: String, name: String = "f.json") throws -> String {
        let path = try temporaryDirectory().appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func policy(_ rules: String) throws -> String {
        try write("{\"version\": 1, \"rules\": [\(rules)]}", name: "policy.json")
    }

    /// reports/example.json with Card fraud detection at $40,000 a month and the
    /// recommended portfolio at $300,000 a month: a base whose figures are known.
    private func editedBase() throws -> String {
        let data = try Data(contentsOf: repositoryRoot.appendingPathComponent("reports/example.json"))
        var root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var useCases = try #require(root["use_cases"] as? [[String: Any]])
        var architecture = try #require(useCases[0]["architecture"] as? [String: Any])
        architecture["monthly_cost"] = 40_000
        useCases[0]["architecture"] = architecture
        root["use_cases"] = useCases
        var portfolio = try #require(root["portfolio"] as? [String: Any])
        var recommended = try #require(portfolio["recommended"] as? [String: Any])
        recommended["monthly_total"] = 300_000
        portfolio["recommended"] = recommended
        root["portfolio"] = portfolio
        return try write(String(decoding: try JSONSerialization.data(withJSONObject: root), as: UTF8.self), name: "base.json")
    }

    // MARK: - Exit statuses

    @Test("Exit statuses: 0 with warnings only, 1 on a deny (or a warning under --strict), 2 for bad input, 3 for an unwritable report")
    func exitStatuses() throws {
        let warn = try policy(#"{"kind": "challenged_tier", "level": "warn"}"#)
        let deny = try policy(#"{"kind": "latency_justification", "level": "deny", "min_words": 8}"#)
        #expect(run(["check", example, "--policy", warn]).status == 0)
        #expect(run(["check", example, "--policy", warn, "--strict"]).status == 1)
        #expect(run(["check", example, "--policy", deny]).status == 1)
        #expect(run(["check", example, "--policy", try write("{\"rules\": 1}")]).status == 2)
        #expect(run(["check", example, "--policy", warn, "--format", "xml"]).status == 2)
        #expect(run(["check", example, try write("{\"use_cases\": []}")]).status == 2)
        #expect(run(["check", example, "--policy", warn, "--base", "/nonexistent.json"]).status == 2)
        let unwritable = run(["check", example, "--policy", warn, "--format", "sarif", "--output", "/nonexistent/dir/x.sarif"])
        #expect(unwritable.status == 3)
        #expect(unwritable.output.isEmpty)
    }

    @Test("Without a policy or a base, check prints what it always printed, for several catalogs")
    func legacyOutput() {
        #expect(run(["check", example, example]) == ("\(example): valid, 12 use cases\n\(example): valid, 12 use cases\n", "", 0))
    }

    // MARK: - Figures worked out by hand

    @Test("Increases against a base: $44,523.33 − $40,000 = +$4,523.33 (+11.3%); $328,433.26 − $300,000 = +$28,433.26 (+9.5%)")
    func increases() throws {
        let base = try editedBase()
        let over = try policy(#"""
            {"id": "uc", "kind": "monthly_cost_increase", "level": "deny", "over_usd": 4000},
            {"id": "pf", "kind": "monthly_cost_increase", "scope": "portfolio", "level": "warn", "over_percent": 9}
            """#)
        let result = run(["check", example, "--policy", over, "--base", base, "--format", "json"])
        #expect(result.status == 1, "\(result.error)")
        let root = try JSONParser.parse(Array(result.output.utf8))
        guard case .array(let findings)? = root["findings"] else { Issue.record("no findings"); return }
        #expect(findings.count == 2)
        #expect(findings[0]["use_case"] == .string("Card fraud detection"))
        #expect(findings[0]["figure"] == .string("+$4,523.33 (+11.3%)"))
        #expect(findings[0]["threshold"] == .string("$4,000.00"))
        // The "name" value of the first use case: line 17, after six spaces and `"name": ` (column 15).
        #expect(findings[0]["line"] == .number(17) && findings[0]["column"] == .number(15))
        #expect(findings[1]["figure"] == .string("+$28,433.26 (+9.5%)"))
        #expect(findings[1]["threshold"] == .string("9%"))
        // The portfolio's place: the "use_cases" key, line 15, column 3.
        #expect(findings[1]["line"] == .number(15) && findings[1]["column"] == .number(3))
        let under = try policy(#"""
            {"kind": "monthly_cost_increase", "level": "deny", "over_usd": 5000, "over_percent": 12},
            {"kind": "monthly_cost_increase", "id": "p", "scope": "portfolio", "level": "deny", "over_percent": 10}
            """#)
        #expect(run(["check", example, "--policy", under, "--base", base]).status == 0)
    }

    @Test("payback_probability over the catalog's ranges: every use case with a move and a range is tested; none without data")
    func paybackProbability() throws {
        // Within 0.0001 months nothing pays back, so P = 0 < 1 for every use case that has a move to track.
        // Card fraud and IoT have none: only real_time meets their deadlines and nothing is in place.
        // Every use case has a range (the defaults' hourly rate), so the other ten are found, at warn level.
        let rules = try policy(#"{"id": "pp", "kind": "payback_probability", "level": "warn", "min_probability": 1, "within_months": 0.0001}"#)
        let result = run(["check", example, "--policy", rules, "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let root = try JSONParser.parse(Array(result.output.utf8))
        guard case .array(let findings)? = root["findings"] else { Issue.record("no findings"); return }
        let names = findings.compactMap { f -> String? in if case .string(let n)? = f["use_case"] { return n }; return nil }
        #expect(names.count == 10)
        #expect(!names.contains("Card fraud detection") && !names.contains("IoT predictive maintenance"))
        #expect(findings.allSatisfy { $0["level"] == .string("warning") && $0["figure"] == .string("0%") })
        // A catalog without ranges says the rule was not evaluated.
        let plain = try write(#"{"use_cases": [\#(exampleUseCaseWithoutRanges())]}"#, name: "plain.json")
        let note = run(["check", plain, "--policy", rules])
        #expect(note.status == 0 && note.output.contains("not evaluated: no input of this catalog is a range"), "\(note.output)\(note.error)")
    }

    private func exampleUseCaseWithoutRanges() -> String {
        #"{"name": "r", "description": "Daily report", "data_source": "ledger", "latency_requirement": "batch", "latency_justification": "each morning", "events_per_second": 10, "peak_multiplier": 1, "requires_historical_context": false, "requires_ordering": false, "requires_exactly_once": false, "revenue_impact_per_minute_delay": 0, "cost_of_error": "low"}"#
    }

    @Test("GitHub annotations land on the value's line: the 5-word justification of the KPI dashboard, line 89, column 32")
    func githubAnnotation() throws {
        let deny = try policy(#"{"id": "why", "kind": "latency_justification", "level": "deny", "min_words": 6}"#)
        let result = run(["check", example, "--policy", deny, "--format", "github"])
        #expect(result.status == 1)
        // "Leadership asked for live numbers" has 5 words; "Prices should follow demand spikes within seconds" 7.
        #expect(result.output.hasPrefix("::error file=\(example),line=89,col=32,title=tierwise why%3A Executive KPI dashboard::"
            + "Executive KPI dashboard: the latency_justification of a real_time use case has 5 words, fewer than the 6 required"))
        #expect(result.output.split(separator: "\n").count == 2)
    }

    @Test("Payback above 3 months: the three moves the committed report pays back in 3.58, 4.98 and 3.57 months; 2.15 passes")
    func payback() throws {
        let rules = try policy(#"{"id": "pb", "kind": "payback_months", "level": "deny", "max_months": 3}"#)
        let result = run(["check", example, "--policy", rules, "--format", "json"])
        #expect(result.status == 1)
        let root = try JSONParser.parse(Array(result.output.utf8))
        guard case .array(let findings)? = root["findings"] else { Issue.record("no findings"); return }
        #expect(findings.map { $0["use_case"] } == [
            .string("Product recommendations"), .string("Inventory availability"), .string("Dynamic pricing")])
        #expect(findings.map { $0["figure"] } == [.string("3.6 months"), .string("5 months"), .string("3.6 months")])
        #expect(findings.allSatisfy { $0["threshold"] == .string("3 months") })
    }

    @Test("Validation errors carry line and column in every format")
    func locatedValidation() throws {
        // `{"use_cases": [{"name": 5}]}`: the 5 is at line 1, column 25.
        let bad = try write(#"{"use_cases": [{"name": 5}]}"#)
        let text = run(["check", bad])
        #expect(text.status == 2)
        #expect(text.error.contains("\(bad): use_cases[0].name: expected a non-empty string, got 5 (line 1, column 25)"), "\(text.error)")
        let github = run(["check", bad, "--format", "github"])
        #expect(github.status == 2)
        #expect(github.output.hasPrefix("::error file=\(bad),line=1,col=25,title=tierwise schema::use_cases[0].name: expected a non-empty string"))
        let malformed = try write("{\"use_cases\": [\n  {]}")
        let sarif = run(["check", malformed, "--format", "sarif"])
        #expect(sarif.status == 2)
        #expect(sarif.output.contains("\"startLine\": 2") && sarif.output.contains("\"startColumn\": 4"))
    }

    @Test("Rules without their data are reported as not evaluated, never passed silently")
    func notEvaluated() throws {
        // A catalog without ranges cannot say P(payback); without --base nothing has increased.
        let rules = try policy(#"""
            {"kind": "payback_probability", "level": "deny", "min_probability": 0.9},
            {"kind": "monthly_cost_increase", "level": "deny", "over_usd": 1}
            """#)
        let plain = try write(#"{"use_cases": [\#(exampleUseCaseWithoutRanges())]}"#, name: "plain.json")
        let result = run(["check", plain, "--policy", rules])
        #expect(result.status == 0)
        #expect(result.output.contains("note: not evaluated: no input of this catalog is a range (rule payback_probability, deny)."))
        #expect(result.output.contains("note: not evaluated: no --base given (rule monthly_cost_increase, deny)."))
    }

    @Test("check --charts writes the findings chart; a directory that cannot be made exits 3")
    func charts() throws {
        let rules = try policy(#"{"id": "why", "kind": "latency_justification", "level": "deny", "min_words": 6}"#)
        let directory = try temporaryDirectory().appendingPathComponent("charts").path
        let result = run(["check", example, "--policy", rules, "--charts", directory])
        #expect(result.status == 1)
        let svg = try String(contentsOfFile: directory + "/findings.svg", encoding: .utf8)
        #expect(svg.hasPrefix("<svg") || svg.hasPrefix("<?xml"))
        #expect(svg.contains(">why<"))
        let blocker = try write("not a directory", name: "blocker")
        #expect(run(["check", example, "--policy", rules, "--charts", blocker + "/sub"]).status == 3)
    }

    @Test("simulation_verdict: a verdict other than pass is a finding on the use case's name, with the claim's reason")
    func simulationVerdict() throws {
        let path = try write(#"{"use_cases": [\#(exampleUseCaseWithoutRanges())]}"#, name: "one.json")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let catalog = try CatalogDecoder().decode(bytes, path: path).catalog
        let checked = CheckedCatalog.valid(
            file: path, catalog: catalog, sourceMap: CatalogSourceMap(file: path, bytes: bytes), warnings: [], warningCount: 0)
        let policy = GatePolicy(rules: [PolicyRule(id: "sim", level: .deny, kind: .simulationVerdict)])
        let failed = CatalogGate.check([checked], policy: policy, base: nil, isStrict: false,
                                       simulations: [0: ["r": GateSimulationVerdict(verdict: "fail", reason: "p99 is 2 h, beyond 1 d")]])
        #expect(failed.findings.count == 1)
        #expect(failed.findings.first?.figure == "fail" && failed.findings.first?.threshold == "pass")
        #expect(failed.findings.first?.message.contains("p99 is 2 h, beyond 1 d") == true)
        let passed = CatalogGate.check([checked], policy: policy, base: nil, isStrict: false,
                                       simulations: [0: ["r": GateSimulationVerdict(verdict: "pass", reason: "")]])
        #expect(passed.findings.isEmpty)
        let unsimulated = CatalogGate.check([checked], policy: policy, base: nil, isStrict: false)
        #expect(unsimulated.findings.first?.message.contains("not evaluated: no simulation for this catalog") == true)
    }

    // MARK: - diff

    @Test("diff of the committed report against its catalog: nothing changed, to the cent")
    func diffSavedAgainstCatalog() {
        let report = repositoryRoot.appendingPathComponent("reports/example.json").path
        let result = run(["diff", report, example, "--format", "text"])
        #expect(result.status == 0)
        #expect(result.output.contains("use cases: 0 changed, 0 added, 0 removed, 12 unchanged\n"))
        #expect(result.output.contains("monthly, recommended mix: $328,433.26 -> $328,433.26, $0.00 (0%)\n"))
    }

    @Test("diff as a PR comment: summary first, the changed use case with its delta worked by hand")
    func diffMarkdown() throws {
        let result = run(["diff", try editedBase(), example])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("<!-- tierwise diff -->\n### tierwise diff: +$28,433.26 (+9.5%) a month\n"))
        #expect(result.output.contains("| Card fraud detection | changed | real_time | real_time | kappa | $40,000.00 → $44,523.33 (+$4,523.33) |"))
        #expect(result.output.contains("1 changed, 0 added, 0 removed, 11 unchanged."))
    }

    // MARK: - The workflow, run locally

    @Test("The GitHub workflow's check step, run as GitHub runs it: annotations on stdout, the summary appended to GITHUB_STEP_SUMMARY")
    func workflowStep() throws {
        guard let executable = builtExecutable() else {
            Issue.record("the tierwise executable was not built beside the tests")
            return
        }
        let directory = try temporaryDirectory()
        let summary = directory.appendingPathComponent("step_summary.md").path
        try "earlier step\n".write(toFile: summary, atomically: true, encoding: .utf8)
        let rules = try policy(#"{"kind": "challenged_tier", "level": "warn"}, {"kind": "portfolio_monthly_total", "level": "deny", "max_usd": 1000}"#)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.currentDirectoryURL = repositoryRoot
        process.arguments = ["check", "catalogs/example.json", "--policy", rules, "--base", "reports/example.json", "--format", "github"]
        process.environment = [
            "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summary, "GITHUB_BASE_REF": "main", "GITHUB_HEAD_REF": "feature",
            "GITHUB_WORKSPACE": repositoryRoot.path, "GITHUB_EVENT_NAME": "pull_request", "PATH": "/usr/bin:/bin",
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(printed.hasPrefix("::warning file=catalogs/example.json,line=43,col=30,title=tierwise challenged_tier%3A Product recommendations::"))
        #expect(printed.contains("::error file=catalogs/example.json,line=15,col=3,title=tierwise portfolio_monthly_total::"
            + "Portfolio: the monthly total (recommended tiers) is $328,433.26, over the limit of $1,000.00"))
        let written = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(written.hasPrefix("earlier step\n<!-- tierwise check -->\n### tierwise check: **failed**\n"))
        #expect(written.contains("against `reports/example.json`: $328,433.26 → $328,433.26, **$0.00 (0%)** a month"))
    }

    // MARK: - 10,000 use cases

    @Test("10,000 generated use cases against a changed base: every format valid, comments bounded")
    func generated() throws {
        let catalog = CatalogGenerator(count: 10_000, seed: 7).generate()
        let directory = try temporaryDirectory()
        let headPath = directory.appendingPathComponent("head.json").path
        let headText = CatalogEncoder.encode(catalog)
        try headText.write(toFile: headPath, atomically: true, encoding: .utf8)
        var changed = catalog
        for index in stride(from: 0, to: 10_000, by: 100) { changed.useCases[index].eventsPerSecond *= 0.5 }
        changed.useCases.removeLast()
        let base = AnalysisSnapshotBuilder.snapshot(of: changed, file: "base.json")
        let bytes = Array(headText.utf8)
        let checked = CheckedCatalog.valid(file: headPath, catalog: catalog, sourceMap: CatalogSourceMap(file: headPath, bytes: bytes),
                                           warnings: [], warningCount: 0)
        let rules = try PolicyDecoder().decode(Array(#"""
            {"rules": [{"kind": "monthly_cost_increase", "level": "deny", "over_percent": 0},
                       {"kind": "latency_justification", "level": "warn", "min_words": 6},
                       {"kind": "real_time_use_case_count", "level": "deny", "max_count": 0}]}
            """#.utf8), path: "p.json")
        let report = CatalogGate.check([checked], policy: rules, base: base, isStrict: false)
        // Independently: real-time use cases and short justifications counted from the JSON with Foundation.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let useCases = try #require(object["use_cases"] as? [[String: Any]])
        let realTime = useCases.count { $0["latency_requirement"] as? String == "real_time" }
        let short = useCases.count {
            ["real_time", "near_real_time"].contains($0["latency_requirement"] as? String ?? "")
                && ($0["latency_justification"] as? String ?? "").components(separatedBy: .whitespacesAndNewlines)
                    .filter { $0.rangeOfCharacter(from: .alphanumerics) != nil }.count < 6
        }
        #expect(report.findings.contains { $0.ruleID == "real_time_use_case_count" && $0.figure == "\(realTime) use cases" })
        #expect(report.findings.count { $0.ruleID == "latency_justification" } == short)
        // 100 halved rates raise HEAD's cost back (or leave it, when a tier absorbs it), and the removed last one is new in HEAD.
        let increases = report.findings.filter { $0.ruleID == "monthly_cost_increase" }
        #expect(increases.contains { $0.useCaseIndex == 9_999 && $0.message.contains("new in this change") })
        #expect(increases.allSatisfy { $0.useCaseIndex.map { $0 % 100 == 0 || $0 == 9_999 } == true })
        #expect(report.outcome == .failed)
        let markdown = GateMarkdownReport.render(report)
        #expect(markdown.count < 65_536)
        #expect(try JSONSerialization.jsonObject(with: Data(GateJSONReport.render(report))) is [String: Any])
        let sarif = try #require(try JSONSerialization.jsonObject(with: Data(GateSARIFReport.render(report))) as? [String: Any])
        #expect(sarif["version"] as? String == "2.1.0")
        let junit = XMLParser(data: Data(GateJUnitReport.render(report).utf8))
        #expect(junit.parse())
        let github = GateGitHubReport.render(report).split(separator: "\n")
        #expect(github.count { $0.hasPrefix("::error ") } == min(10, report.count(.error)))
        #expect(github.count { $0.hasPrefix("::warning ") } == min(10, report.count(.warning)))
        let head = AnalysisSnapshotBuilder.snapshot(of: catalog, file: headPath)
        let comparison = CatalogComparer.compare(base: base, head: head)
        #expect(comparison.count(.added) == 1 && comparison.count(.removed) == 0)
        #expect(comparison.count(.changed) <= 100 && comparison.count(.changed) > 0)
        let comment = ComparisonMarkdownReport.render(comparison)
        #expect(comment.count < 65_536)
        #expect(try JSONSerialization.jsonObject(with: Data(ComparisonJSONReport.render(comparison))) is [String: Any])
    }
}
