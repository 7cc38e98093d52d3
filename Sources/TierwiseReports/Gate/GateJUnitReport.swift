import TierwiseModel

/// `tierwise check --format junit`: JUnit XML, one test suite per catalog
/// with one test case per use case and rule (class name `FILE.RULE`, name
/// the use case), one per catalog for the schema, one per portfolio rule in
/// a `portfolio` suite. A deny finding (and, under `--strict`, a warning) is
/// a `<failure>`; a warning otherwise goes to `<system-out>`; a rule that
/// could not be evaluated is one `<skipped>` case per catalog. Text is
/// escaped by ``XMLText``.
public enum GateJUnitReport {
    /// Renders the report.
    public static func render(_ report: GateReport) -> String {
        // Findings by (catalog, use case, rule); catalog-level ones by (catalog, rule).
        var byCase: [CaseKey: [GateFinding]] = [:]
        var schema: [Int: [GateFinding]] = [:]
        var skipped: [CaseKey: GateFinding] = [:]
        var portfolio: [Int: [GateFinding]] = [:]
        for f in report.findings {
            if f.ruleIndex == nil {
                schema[f.catalogIndex, default: []].append(f)
            } else if f.level == .note {
                skipped[CaseKey(catalog: f.catalogIndex, useCase: -1, rule: f.ruleIndex!)] = f
            } else if let useCase = f.useCaseIndex {
                byCase[CaseKey(catalog: f.catalogIndex, useCase: useCase, rule: f.ruleIndex!), default: []].append(f)
            } else {
                portfolio[f.ruleIndex!, default: []].append(f)
            }
        }
        var suites: [String] = []
        var totalTests = 0, totalFailures = 0, totalSkipped = 0
        func suite(_ name: String, _ cases: [String], failures: Int, skips: Int) {
            totalTests += cases.count
            totalFailures += failures
            totalSkipped += skips
            suites.append("  <testsuite name=\"\(XMLText.escaped(name, inAttribute: true))\" tests=\"\(cases.count)\" "
                + "failures=\"\(failures)\" errors=\"0\" skipped=\"\(skips)\">\n" + cases.joined() + "  </testsuite>\n")
        }
        func testCase(_ className: String, _ name: String, _ findings: [GateFinding], failures: inout Int) -> String {
            var body = ""
            var out = ""
            for f in findings {
                let fails = f.level == .error || (f.level == .warning && report.isStrict)
                let text = "\(f.location.file):\(f.location.line):\(f.location.column): \(f.message)"
                if fails {
                    body += "      <failure message=\"\(XMLText.escaped(f.message, inAttribute: true))\" "
                        + "type=\"\(XMLText.escaped(f.ruleID, inAttribute: true))\">\(XMLText.escaped(text))</failure>\n"
                } else {
                    out += "\(f.level.rawValue): \(text)\n"
                }
            }
            if body.contains("<failure") { failures += 1 }
            if !out.isEmpty { body += "      <system-out>\(XMLText.escaped(out))</system-out>\n" }
            let head = "    <testcase classname=\"\(XMLText.escaped(className, inAttribute: true))\" "
                + "name=\"\(XMLText.escaped(name, inAttribute: true))\""
            return body.isEmpty ? head + "/>\n" : head + ">\n" + body + "    </testcase>\n"
        }
        for (catalogIndex, catalog) in report.catalogs.enumerated() {
            var cases: [String] = []
            var failures = 0, skips = 0
            cases.append(testCase(catalog.file + ".schema", "schema", schema[catalogIndex] ?? [], failures: &failures))
            for (ruleIndex, rule) in report.rules.enumerated() where rule.kind.scope == .useCase {
                let className = catalog.file + "." + rule.id
                if let note = skipped[CaseKey(catalog: catalogIndex, useCase: -1, rule: ruleIndex)] {
                    skips += 1
                    cases.append("    <testcase classname=\"\(XMLText.escaped(className, inAttribute: true))\" name=\"all use cases\">\n"
                        + "      <skipped message=\"\(XMLText.escaped(note.message, inAttribute: true))\"/>\n    </testcase>\n")
                    continue
                }
                for (useCaseIndex, name) in catalog.useCaseNames.enumerated() {
                    let findings = byCase[CaseKey(catalog: catalogIndex, useCase: useCaseIndex, rule: ruleIndex)] ?? []
                    cases.append(testCase(className, name, findings, failures: &failures))
                }
            }
            suite(catalog.file, cases, failures: failures, skips: skips)
        }
        let portfolioRules = report.rules.enumerated().filter { $0.element.kind.scope == .portfolio }
        if !portfolioRules.isEmpty && report.catalogs.allSatisfy(\.isValid) {
            var cases: [String] = []
            var failures = 0, skips = 0
            for (ruleIndex, rule) in portfolioRules {
                if let note = skipped[CaseKey(catalog: 0, useCase: -1, rule: ruleIndex)] {
                    skips += 1
                    cases.append("    <testcase classname=\"portfolio.\(XMLText.escaped(rule.id, inAttribute: true))\" name=\"portfolio\">\n"
                        + "      <skipped message=\"\(XMLText.escaped(note.message, inAttribute: true))\"/>\n    </testcase>\n")
                    continue
                }
                cases.append(testCase("portfolio." + rule.id, "portfolio", portfolio[ruleIndex] ?? [], failures: &failures))
            }
            suite("portfolio", cases, failures: failures, skips: skips)
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"tierwise check\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\" "
            + "skipped=\"\(totalSkipped)\">\n" + suites.joined() + "</testsuites>\n"
    }

    private struct CaseKey: Hashable {
        var catalog: Int
        var useCase: Int
        var rule: Int
    }
}
