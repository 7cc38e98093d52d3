import Foundation
import Testing

/// `analyze --charts DIR`: which files, where the report's links point, and
/// what happens when the directory cannot be written.
@Suite("Charts on the command line")
struct ChartCommandTests {
    private let example = repositoryRoot.appendingPathComponent("catalogs/example.json").path

    /// `report` without its "### Charts" subsection.
    private func withoutChartLinks(_ report: String) -> String {
        guard let start = report.range(of: "### Charts\n\n") else { return report }
        let rest = report[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(report[..<start.lowerBound]) + String(report[report.index(after: end)...])
    }

    @Test("analyze --charts writes the portfolio and one chart per use case, and the report links them")
    func analyzeCharts() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let charts = root.appendingPathComponent("out/charts").path
        let report = root.appendingPathComponent("out/report.md").path
        let result = run(["analyze", example, "--charts", charts, "--output", report])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("wrote 13 charts to \(charts)"))
        let files = try FileManager.default.contentsOfDirectory(atPath: charts).sorted()
        #expect(files.count == 13)
        #expect(files.contains("portfolio.svg") && files.contains("costs-1-card-fraud-detection.svg")
                && files.contains("costs-12-marketing-attribution.svg"))
        #expect(!files.contains { $0.hasPrefix(".") }, "no temporary file is left")
        for file in files {
            let svg = try String(contentsOfFile: charts + "/" + file, encoding: .utf8)
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" ") && svg.hasSuffix("</svg>\n"))
        }
        let markdown = try String(contentsOfFile: report, encoding: .utf8)
        // Relative to the report's directory.
        #expect(markdown.contains("![Portfolio: monthly cost under each policy](charts/portfolio.svg)"))
        #expect(markdown.contains("- [Card fraud detection](charts/costs-1-card-fraud-detection.svg)\n"))
        // Apart from the links, the report is the one without --charts.
        let plain = run(["analyze", example])
        #expect(withoutChartLinks(markdown) == plain.output)
        // The same charts byte for byte on a second run.
        let again = root.appendingPathComponent("again").path
        #expect(run(["analyze", example, "--charts", again, "--format", "json"]).status == 0)
        for file in files {
            #expect(FileManager.default.contents(atPath: charts + "/" + file) == FileManager.default.contents(atPath: again + "/" + file))
        }
    }

    @Test("On standard output the links are the directory as given; the seed model charts approaches")
    func linksAsGiven() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let charts = root.appendingPathComponent("c d").path
        let result = run(["analyze", example, "--model", "seed", "--charts", charts])
        #expect(result.status == 0)
        #expect(result.output.contains("](" + charts.replacingOccurrences(of: " ", with: "%20") + "/portfolio.svg)"))
        let svg = try String(contentsOfFile: charts + "/costs-4-executive-kpi-dashboard.svg", encoding: .utf8)
        #expect(svg.contains("monthly cost per approach") && svg.contains(">batch_simple<"))
        #expect(!run(["analyze", example, "--model", "seed"]).output.contains("xychart-beta"), "the seed's report is kept as it was")
    }

    @Test("At most 50 use cases get a chart, and the report says so")
    func chartLimit() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let catalog = root.appendingPathComponent("sixty.json").path
        #expect(run(["generate-catalog", "--count", "60", "--output", catalog]).status == 0)
        let charts = root.appendingPathComponent("charts").path
        let result = run(["analyze", catalog, "--charts", charts])
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: charts).count == 51)
        #expect(result.output.contains("(the first 50 of 60 use cases; the other 10 have no chart)"))
    }

    @Test("A charts path that is a file, or cannot be created, gives exit status 3 and writes no report")
    func unwritable() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("file").path
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let report = root.appendingPathComponent("report.md").path
        let onFile = run(["analyze", example, "--charts", file, "--output", report])
        #expect(onFile.status == 3)
        #expect(onFile.error.contains("is not a directory"))
        #expect(!FileManager.default.fileExists(atPath: report))
        let under = run(["analyze", example, "--charts", file + "/sub", "--output", report])
        #expect(under.status == 3)
        #expect(under.error.contains("cannot write charts there: Not a directory"))
        #expect(!FileManager.default.fileExists(atPath: report))
        // An invalid catalog is exit status 2 and creates nothing.
        let bad = root.appendingPathComponent("bad.json").path
        try Data("{".utf8).write(to: URL(fileURLWithPath: bad))
        #expect(run(["analyze", bad, "--charts", root.appendingPathComponent("never").path]).status == 2)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("never").path))
    }
}
