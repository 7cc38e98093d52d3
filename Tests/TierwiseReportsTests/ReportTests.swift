import Testing
import TierwiseAnalyzer
import TierwiseJSON
import TierwiseModel
@testable import TierwiseReports

private func useCase(name: String, tier: LatencyTier = .batch, revenue: Double = 0, description: String = "Job") -> UseCase {
    UseCase(
        name: name, description: description, dataSource: "src \"x\" <y>", latencyRequirement: tier,
        latencyJustification: "why", eventsPerSecond: 10, peakMultiplier: 1, requiresHistoricalContext: false,
        requiresOrdering: false, requiresExactlyOnce: false, revenueImpactPerMinuteDelayUSD: revenue, costOfError: .low)
}

@Suite("Markdown escaping")
struct MarkdownTextTests {
    @Test("Catalog text cannot break a table, start a heading or inject HTML")
    func inline() {
        #expect(MarkdownText.inline("a|b\n# c <script>&") == "a\\|b \\# c &lt;script&gt;&amp;")
        #expect(MarkdownText.inline("x\r\n\r\ny") == "x y")
    }

    @Test("Mermaid labels keep only safe characters")
    func mermaid() {
        #expect(MarkdownText.mermaidLabel("Kafka \"orders\" <topic>; [v2]") == "Kafka orders topic v2")
        #expect(MarkdownText.mermaidLabel("\"\"") == "Sources")
    }
}

@Suite("Analysis reports")
struct AnalysisReportTests {
    private let analysis = CatalogAnalyzer.analyze(Catalog(name: "T|1", useCases: [
        useCase(name: "pipe | name\nnewline"),
        useCase(name: "dash", tier: .realTime, revenue: 5, description: "a dashboard"),
    ]))

    @Test("The Markdown summary has one escaped row per use case before any section")
    func markdownSummary() {
        let markdown = AnalysisMarkdownReport.render(analysis)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "# tierwise analysis: T\\|1")
        let summaryStart = lines.firstIndex(of: "## Summary")!
        let firstSection = lines.firstIndex { $0.hasPrefix("## pipe") }!
        #expect(summaryStart < firstSection)
        let rows = lines[summaryStart..<firstSection].filter { $0.hasPrefix("| pipe") || $0.hasPrefix("| dash") }
        #expect(rows.count == 2)
        // Six columns: seven unescaped pipes per row.
        for row in rows {
            let unescaped = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(unescaped == 7, "\(row)")
        }
        #expect(markdown.contains("| dash | real_time → micro_batch | micro_batch | Materialized views |"))
    }

    @Test("Markdown says 'never' where payback is infinite")
    func never() {
        #expect(AnalysisMarkdownReport.render(analysis).contains("| Payback | never |"))
    }

    @Test("The JSON report parses and carries the documented keys")
    func jsonKeys() throws {
        let json = try JSONParser.parse(Array(AnalysisJSONReport.render(analysis).utf8))
        guard case .array(let useCases)? = json["use_cases"] else { Issue.record("no use_cases"); return }
        #expect(useCases.count == 2)
        for key in ["name", "stated_tier", "recommended_tier", "change_recommended", "rationale", "costs", "break_even",
                    "decision_matrix", "architecture"] {
            #expect(useCases[0][key] != nil, "missing \(key)")
        }
        #expect(useCases[0]["break_even"]?["payback_months"] == .null)
        #expect(useCases[1]["recommended_tier"] == .string("micro_batch"))
        #expect(useCases[1]["change_recommended"] == .bool(true))
        #expect(useCases[0]["costs"]?["batch_simple"]?["total_monthly"] == .number(5_525))
        #expect(json["portfolio"]?["recommended"]?["monthly_total"] != nil)
    }

    @Test("Rendering twice gives the same bytes")
    func deterministic() {
        #expect(AnalysisJSONReport.render(analysis) == AnalysisJSONReport.render(analysis))
        #expect(AnalysisMarkdownReport.render(analysis) == AnalysisMarkdownReport.render(analysis))
    }

    @Test("Payback phrases", arguments: [(nil, "never"), (0.0, "immediate"), (-3.0, "immediate"), (0.05, "< 0.1 months"),
                                         (1.0, "1 month"), (2.51, "2.5 months")] as [(Double?, String)])
    func payback(months: Double?, expected: String) {
        #expect(ReportFormat.payback(months) == expected)
    }
}
