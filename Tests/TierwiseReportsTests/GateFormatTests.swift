import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TierwiseModel
@testable import TierwiseReports

/// A report with every kind of finding and hostile text in names and paths.
private func hostileReport(strict: Bool = false, findings count: Int = 3) -> GateReport {
    let nasty = "Fraud <&> \"q\" 'a' 50%, x:y\r\n\u{1}\u{1B}[31m|*"
    let rules = [
        PolicyRule(id: "cost", level: .deny, kind: .monthlyCostIncrease(scope: .useCase, overUSD: 500, overPercent: nil, basis: .recommended)),
        PolicyRule(id: "tier", level: .warn, kind: .challengedTier),
        PolicyRule(id: "sim", level: .deny, kind: .simulationVerdict),
        PolicyRule(id: "total", level: .deny, kind: .portfolioMonthlyTotal(maxUSD: 10, basis: .recommended)),
    ]
    var findings: [GateFinding] = []
    for index in 0..<count {
        let level: FindingLevel = index % 3 == 0 ? .error : (index % 3 == 1 ? .warning : .note)
        let rule = level == .error ? 0 : (level == .warning ? 1 : 2)
        findings.append(GateFinding(
            ruleID: rules[rule].id, ruleIndex: rule, level: level, catalogIndex: 0, useCase: level == .note ? nil : nasty,
            useCaseIndex: level == .note ? nil : 0, figure: "+$600.00", threshold: "$500.00",
            message: "\(nasty): over by 50%", location: SourceLocation(file: "dir, a/c:1.json", jsonPath: "use_cases[0].name",
                                                                    line: index + 2, column: 15)))
    }
    findings.append(GateFinding(ruleID: "total", ruleIndex: 3, level: .error, catalogIndex: 0, useCase: nil, useCaseIndex: nil,
                                figure: "$20.00", threshold: "$10.00", message: "Portfolio: over",
                                location: SourceLocation(file: "dir, a/c:1.json", jsonPath: "use_cases", line: 1, column: 2)))
    return GateReport(
        catalogs: [GateCatalog(file: "dir, a/c:1.json", useCaseNames: [nasty, "B"], isValid: true, warningCount: 0)],
        rules: rules, findings: findings, baseFile: nil, portfolioDelta: nil,
        portfolio: PortfolioSnapshot(recommendedMonthlyUSD: 20, recommendedFirstYearUSD: 240, statedMonthlyUSD: 20, statedFirstYearUSD: 240),
        isStrict: strict)
}

@Suite("Gate formats")
struct GateFormatTests {
    // MARK: - GitHub

    @Test("Workflow commands are escaped as GitHub's toolkit escapes them")
    func githubEscaping() {
        #expect(GitHubCommandText.data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e")
        #expect(GitHubCommandText.property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce")
        let text = GateGitHubReport.render(hostileReport())
        let first = text.split(separator: "\n")[0]
        #expect(first == "::error file=dir%2C a/c%3A1.json,line=2,col=15,title=tierwise cost%3A Fraud <&> \"q\" 'a' 50%25%2C "
            + "x%3Ay%0D%0A\u{1}\u{1B}[31m|*::Fraud <&> \"q\" 'a' 50%25, x:y%0D%0A\u{1}\u{1B}[31m|*: over by 50%25")
    }

    @Test("At most 10 annotations per level; the rest are counted and listed as plain lines")
    func githubLimit() {
        let text = GateGitHubReport.render(hostileReport(findings: 60))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count { $0.hasPrefix("::error ") } == 10)
        #expect(lines.count { $0.hasPrefix("::warning ") } == 10)
        #expect(lines.count { $0.hasPrefix("::notice ") } == 10)
        // 60 findings a third each, plus the portfolio error: 21 errors, 20 warnings, 20 notes.
        #expect(text.contains("tierwise: 11 errors, 10 warnings, 10 notes more, not annotated"))
        #expect(lines.count { $0.hasPrefix("  dir, a/c:1.json:") } == 31)
    }

    // MARK: - JUnit

    @Test("JUnit is well-formed XML: one test case per use case and rule, failures for deny, skipped for rules not evaluated",
          arguments: [false, true])
    func junit(strict: Bool) throws {
        let xml = GateJUnitReport.render(hostileReport(strict: strict))
        let checker = JUnitChecker()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = checker
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(checker.problems == [])
        // Suite of the catalog: schema + 2 use cases × 2 use-case rules + 1 skipped; the portfolio suite: 1.
        #expect(checker.testCases == 1 + 2 * 2 + 1 + 1)
        // Failures: the deny finding and the portfolio; the warning too under --strict.
        #expect(checker.failures == (strict ? 3 : 2))
        #expect(checker.skipped == 1)
        #expect(checker.rootTotals == ["tests": "7", "failures": strict ? "3" : "2", "errors": "0", "skipped": "1"])
        #expect(!xml.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" })
    }

    @Test("XML text escapes the five entities and replaces forbidden characters")
    func xmlEscaping() {
        #expect(XMLText.escaped("<a & \"b\" 'c'>\u{1}\u{FFFE}") == "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;\u{FFFD}\u{FFFD}")
        #expect(XMLText.escaped("a\nb", inAttribute: true) == "a&#10;b")
    }

    // MARK: - SARIF

    @Test("SARIF 2.1.0 has every property the specification requires, with consistent rule indexes")
    func sarif() throws {
        let bytes = GateSARIFReport.render(hostileReport())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(SARIFChecker.problems(root) == [])
    }

    @Test("URIs are relative references with reserved characters percent-encoded")
    func sarifURI() {
        #expect(GateSARIFReport.uri("./catalogs/a b,c.json") == "catalogs/a%20b%2Cc.json")
        #expect(GateSARIFReport.uri("/tmp/x.json") == "file:///tmp/x.json")
    }

    // MARK: - Markdown

    @Test("The PR comment starts with its marker, is deterministic and stays under 65,536 characters")
    func markdownBound() {
        let report = hostileReport(findings: 5000)
        let text = GateMarkdownReport.render(report)
        #expect(text.hasPrefix("<!-- tierwise check -->\n### tierwise check: **failed**"))
        #expect(text.count < 65_536 && text.utf8.count < 65_536)
        #expect(text.contains("more findings not shown"))
        #expect(text == GateMarkdownReport.render(report))
    }
}

/// Checks a JUnit document's structure while parsing it.
final class JUnitChecker: NSObject, XMLParserDelegate {
    var problems: [String] = []
    var testCases = 0, failures = 0, skipped = 0
    var rootTotals: [String: String] = [:]
    private var stack: [String] = []
    private var caseHasFailure = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let parent = stack.last
        switch name {
        case "testsuites":
            if parent != nil { problems.append("testsuites nested") }
            rootTotals = attributes.filter { ["tests", "failures", "errors", "skipped"].contains($0.key) }
        case "testsuite":
            if parent != "testsuites" { problems.append("testsuite outside testsuites") }
            for key in ["name", "tests", "failures", "errors", "skipped"] where attributes[key] == nil { problems.append("testsuite without \(key)") }
        case "testcase":
            if parent != "testsuite" { problems.append("testcase outside testsuite") }
            if attributes["name"] == nil || attributes["classname"] == nil { problems.append("testcase without name or classname") }
            testCases += 1
            caseHasFailure = false
        case "failure":
            if parent != "testcase" { problems.append("failure outside testcase") }
            if attributes["message"] == nil || attributes["type"] == nil { problems.append("failure without message or type") }
            if !caseHasFailure { failures += 1 }
            caseHasFailure = true
        case "skipped":
            if parent != "testcase" { problems.append("skipped outside testcase") }
            skipped += 1
        case "system-out":
            if parent != "testcase" { problems.append("system-out outside testcase") }
        default:
            problems.append("unexpected element \(name)")
        }
        stack.append(name)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }
}

/// The properties SARIF 2.1.0 (OASIS, §3) requires of what tierwise writes, checked strictly.
enum SARIFChecker {
    static func problems(_ root: [String: Any]) -> [String] {
        var problems: [String] = []
        func require(_ condition: Bool, _ message: String) { if !condition { problems.append(message) } }
        require(root["version"] as? String == "2.1.0", "version must be \"2.1.0\" (§3.13.2)")
        require((root["$schema"] as? String)?.hasPrefix("https://") == true, "$schema should be a URI (§3.13.3)")
        let allowedRoot: Set<String> = ["version", "$schema", "runs", "inlineExternalProperties", "properties"]
        require(Set(root.keys).isSubset(of: allowedRoot), "unknown sarifLog properties")
        guard let runs = root["runs"] as? [[String: Any]], runs.count == 1 else { return problems + ["runs must be an array of one run"] }
        let run = runs[0]
        guard let tool = run["tool"] as? [String: Any], let driver = tool["driver"] as? [String: Any] else {
            return problems + ["run.tool.driver is required (§3.14.6, §3.18.2)"]
        }
        require(driver["name"] as? String == "tierwise", "driver.name is required (§3.19.8)")
        let rules = driver["rules"] as? [[String: Any]] ?? []
        var ids = Set<String>()
        for rule in rules {
            guard let id = rule["id"] as? String else { problems.append("reportingDescriptor.id is required (§3.49.3)"); continue }
            require(ids.insert(id).inserted, "rule ids must be unique: \(id)")
            require((rule["shortDescription"] as? [String: Any])?["text"] is String, "shortDescription.text (§3.11.8)")
            let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
            require(["error", "warning", "note", "none"].contains(level ?? ""), "defaultConfiguration.level (§3.50.3)")
        }
        guard let results = run["results"] as? [[String: Any]] else { return problems + ["run.results must be an array (§3.14.23)"] }
        for result in results {
            let message = result["message"] as? [String: Any]
            require(message?["text"] is String, "result.message.text is required (§3.27.11, §3.11.8)")
            let ruleID = result["ruleId"] as? String
            require(["error", "warning", "note", "none"].contains(result["level"] as? String ?? ""), "result.level (§3.27.10)")
            if let index = result["ruleIndex"] as? Int {
                require(index >= 0 && index < rules.count && rules[index]["id"] as? String == ruleID,
                        "ruleIndex must point at the rule named by ruleId (§3.27.6)")
            }
            guard let locations = result["locations"] as? [[String: Any]], locations.count == 1,
                  let physical = locations[0]["physicalLocation"] as? [String: Any],
                  let artifact = physical["artifactLocation"] as? [String: Any], let uri = artifact["uri"] as? String,
                  let region = physical["region"] as? [String: Any] else {
                problems.append("result.locations[0].physicalLocation with artifactLocation.uri and region (§3.28.3, §3.29)")
                continue
            }
            require(!uri.contains(" ") && !uri.contains(",") && !uri.contains(":") || uri.hasPrefix("file://"), "uri must be a URI reference")
            require((region["startLine"] as? Int).map { $0 >= 1 } == true, "region.startLine ≥ 1 (§3.30.5)")
            require((region["startColumn"] as? Int).map { $0 >= 1 } == true, "region.startColumn ≥ 1 (§3.30.6)")
        }
        return problems
    }
}
