import Testing
import TierwiseAnalyzer
import TierwiseJSON
import TierwiseModel
@testable import TierwiseReports

private func hostileUseCase(description: String, name: String = "Hostile") -> UseCase {
    UseCase(
        name: name, description: description, dataSource: "src", latencyRequirement: .batch,
        latencyJustification: "why", eventsPerSecond: 10, peakMultiplier: 1, requiresHistoricalContext: false,
        requiresOrdering: false, requiresExactlyOnce: false, revenueImpactPerMinuteDelayUSD: 0, costOfError: .low)
}

@Suite("Markdown and terminal injection")
struct InjectionTests {
    // Expected texts worked out from CommonMark: a backslash before ASCII
    // punctuation makes it literal, so `\-`, `1\.`, `\+`, `\=` start no block.
    @Test("Text that would start a block at the start of a line is escaped", arguments: [
        ("- item", "\\- item"), ("+ item", "\\+ item"), ("1. first", "1\\. first"), ("12) twelfth", "12\\) twelfth"),
        ("---", "\\---"), ("===", "\\==="), ("    indented code", "indented code"), ("\t\tx", "x"),
        ("-5% churn", "\\-5% churn"), ("2026 plan", "2026 plan"), ("a - b", "a - b"),
    ])
    func blockSyntax(text: String, expected: String) {
        #expect(MarkdownText.inline(text) == expected)
    }

    @Test("Control and bidi characters become visible escapes in Markdown", arguments: [
        ("a\u{1B}[31mb", "a\\\\u001b\\[31mb"), ("nul\u{0}", "nul\\\\u0000"), ("bell\u{7}", "bell\\\\u0007"),
        ("x\u{202E}y", "x\\\\u202ey"), ("c1\u{85}", "c1\\\\u0085"), ("del\u{7F}", "del\\\\u007f"), ("é ✓", "é ✓"),
    ])
    func controlsInMarkdown(text: String, expected: String) {
        #expect(MarkdownText.inline(text) == expected)
    }

    @Test("The text report shows control characters as escapes, never raw")
    func controlsInText() {
        #expect(AnalysisTextReport.singleLine("a\u{1B}]0;owned\u{7}b\nc\u{202E}") == "a\\u001b]0;owned\\u0007b c\\u202e")
    }

    @Test("A hostile description cannot add a list, a rule or an escape sequence to the reports")
    func wholeReports() {
        let hostile = hostileUseCase(description: "- injected item\n---\n\u{1B}[2J\u{202E}", name: "1. \u{1B}]0;x\u{7}name")
        let analysis = CatalogAnalyzer.analyze(Catalog(name: "c", defaults: CatalogDefaults(), useCases: [hostile]))
        let markdown = AnalysisMarkdownReport.render(analysis)
        let text = AnalysisTextReport.render(analysis)
        for report in [markdown, text] {
            #expect(!report.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{7}" || $0 == "\u{202E}" })
        }
        let lines = markdown.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.hasPrefix("- injected") || $0 == "---" })
        // Mid-line "---" is no rule; "[" is escaped as everywhere.
        #expect(lines.contains("\\- injected item --- \\\\u001b\\[2J\\\\u202e"))
    }
}

@Suite("Text tables")
struct TextTableTests {
    @Test("A long cell is cut to 60 characters, so it cannot widen every row")
    func longCells() {
        let long = String(repeating: "n", count: 1_000_000)
        let text = TextTable(headers: ["name", "x"], rows: [[long, "1"], ["b", "2"]]).render()
        let lines = text.split(separator: "\n").map(String.init)
        // 60 characters of the column, two spaces, then the second column.
        #expect(lines[2] == String(repeating: "n", count: 59) + "…  1")
        #expect(lines[3] == "b" + String(repeating: " ", count: 61) + "2")
        #expect(text.count < 400)
    }
}

@Suite("Visible escapes beyond the BMP")
struct AstralEscapeTests {
    // Pairs from Python: '\U000E0001'.encode('utf-16-be') is db40 dc01; '\U000F0000' is db80 dc00.
    @Test("An invisible scalar above U+FFFF is escaped as a surrogate pair, as JSON writes it", arguments: [
        ("a\u{E0001}b", "a\\udb40\\udc01b"), ("\u{F0000}", "\\udb80\\udc00"), ("emoji 😀 stays", "emoji 😀 stays"),
    ])
    func astral(text: String, expected: String) {
        #expect(VisibleText.escaped(text) == expected)
    }
}
