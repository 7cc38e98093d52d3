import Foundation
import Testing
import TierwiseModel
@testable import TierwiseReports

/// Labels meant to break a document: markup, references, quotes, controls, bidi.
private let hostile = [
    "<script>alert(1)</script>", "a & b &amp; c", "\"double\" 'single'", "ctl\u{1B}[31m\u{0}\u{7}", "bidi\u{202E}txet\u{2066}",
    "]]> <!-- x -->", "line\nbreak\ttab",
]

private func checked(_ svg: String) throws -> StrictXML {
    do {
        return try StrictXML(svg)
    } catch {
        Issue.record("not strict XML: \(error)")
        throw error
    }
}

@Suite("Charts")
struct ChartTests {
    // MARK: - Numbers and ticks

    @Test("Nice ticks, worked by hand: a step of 1, 2 or 5 × 10ⁿ, about five intervals")
    func niceTicks() {
        // 0…87: 87 / 5 = 17.4 → 2 × 10 = 20 → 0 to 100.
        #expect(ChartTicks.nice(from: 0, to: 87) == [0, 20, 40, 60, 80, 100])
        // 0…20: 4 → 5 → 0 to 20 exactly.
        #expect(ChartTicks.nice(from: 0, to: 20) == [0, 5, 10, 15, 20])
        // -3…7: 2 → 2 → -4 to 8.
        #expect(ChartTicks.nice(from: -3, to: 7) == [-4, -2, 0, 2, 4, 6, 8])
        // 0…1200: 240 → 5 × 100 = 500 → 0 to 1500.
        #expect(ChartTicks.nice(from: 0, to: 1_200) == [0, 500, 1_000, 1_500])
        // 0…1: 0.2 → 0 to 1 in fifths (to within rounding of 3 × 0.2).
        let fifths = ChartTicks.nice(from: 0, to: 1)
        #expect(fifths.count == 6 && zip(fifths, [0, 0.2, 0.4, 0.6, 0.8, 1]).allSatisfy { abs($0 - $1) < 1e-12 })
        // Equal bounds are widened; zero stays the floor of a positive axis.
        #expect(ChartTicks.nice(from: 0, to: 0).first == 0 && ChartTicks.nice(from: 0, to: 0).last == 1)
        // Total.
        #expect(ChartTicks.nice(from: .nan, to: 3) == [0, 1])
        #expect(ChartTicks.nice(from: -Double.greatestFiniteMagnitude, to: .greatestFiniteMagnitude).count >= 2)
        #expect(ChartTicks.nice(from: 0, to: 1e-300).count >= 2)
    }

    @Test("Logarithmic ticks: powers of ten, with 2 and 5 in a single decade")
    func logarithmicTicks() {
        #expect(ChartTicks.logarithmic(from: 3, to: 4_000) == [1, 10, 100, 1_000, 10_000])
        #expect(ChartTicks.logarithmic(from: 2, to: 8) == [1, 2, 5, 10])
        #expect(ChartTicks.logarithmic(from: 0, to: 8) == [1, 10])
    }

    @Test("Tick labels read like money: $0, $10k, $1.5M")
    func tickLabels() {
        #expect(ChartValueStyle.usd.tick(0, step: 10_000, largest: 80_000) == "$0")
        #expect(ChartValueStyle.usd.tick(20_000, step: 10_000, largest: 80_000) == "$20k")
        #expect(ChartValueStyle.usd.tick(-10_000, step: 10_000, largest: 20_000) == "-$10k")
        #expect(ChartValueStyle.usd.tick(1_500_000, step: 500_000, largest: 2_000_000) == "$1.5M")
        #expect(ChartValueStyle.usd.tick(2_000_000, step: 500_000, largest: 2_000_000) == "$2M")
        #expect(ChartValueStyle.usd.tick(400, step: 100, largest: 500) == "$400")
        #expect(ChartValueStyle.number.tick(0.25, step: 0.25, largest: 1) == "0.25")
        #expect(ChartValueStyle.percent.tick(0.2, step: 0.1, largest: 1) == "20%")
        #expect(ChartValueStyle.usd.label(44_160.45) == "$44.2k")
    }

    @Test("Numbers: fixed decimals, no locale, no exponent, never -0, total")
    func numbers() {
        #expect(SVGWriter.number(100) == "100.00")
        #expect(SVGWriter.number(1.0 / 3) == "0.33")
        #expect(SVGWriter.number(-0.001) == "0.00")
        #expect(SVGWriter.number(-12.5) == "-12.50")
        #expect(SVGWriter.number(.nan) == "0.00")
        #expect(SVGWriter.number(.infinity) == "0.00")
        #expect(SVGWriter.number(1e300) == "1000000000000000.00")
        #expect(SVGWriter.fixed(1.5, decimals: 2, trimmingZeros: true) == "1.5")
        #expect(SVGWriter.fixed(2, decimals: 2, trimmingZeros: true) == "2")
        #expect(SVGWriter.fixed(0.05, decimals: 1) == "0.1")
    }

    // MARK: - Layout, worked by hand

    @Test("Two bars of 10 and 20 on a 0–20 axis 200 px high are 100 and 200 px high")
    func barGeometry() throws {
        // Margins 64 above, 24 right, 56 below, 80 left: a 304 × 320 document has a 200 × 200 plot
        // from x 80 to 280 and y 64 to 264. Two slots of 100 px; one bar fills 80 % of its slot, from 10 px in.
        let chart = BarChart(title: "t", categories: ["a", "b"], series: [ChartSeries(name: "s", values: [10, 20])],
                             showsValueLabels: false, width: 304, height: 320)
        let xml = try checked(chart.svg())
        let bars = xml.all("rect").filter { $0.attributes["fill"] == ChartPalette.color(0) }
        #expect(bars.map { $0.attributes["x"] } == ["90.00", "190.00"])
        #expect(bars.map { $0.attributes["width"] } == ["80.00", "80.00"])
        #expect(bars.map { $0.attributes["height"] } == ["100.00", "200.00"])
        #expect(bars.map { $0.attributes["y"] } == ["164.00", "64.00"])
        // Ticks 0, 5, 10, 15, 20 every 50 px, labelled in dollars.
        let tickLabels = xml.all("text").filter { $0.attributes["text-anchor"] == "end" }.map(\.text)
        #expect(tickLabels == ["$0", "$5", "$10", "$15", "$20"])
        let root = try #require(xml.elements.first)
        #expect(root.attributes["viewBox"] == "0 0 304.00 320.00")
        #expect(xml.all("title").first?.text == "t")
        // One series: no legend.
        #expect(!xml.all("text").contains { $0.text == "s" })
    }

    @Test("Panels give each series its own axis")
    func panels() throws {
        // Height 64 + 56 + 2 × 20 + 44 + 2 × 100: two plots of 100 px, the first from y 84, the second from 248.
        let chart = BarChart(title: "t", categories: ["a"], series: [ChartSeries(name: "small", values: [20]),
                                                                     ChartSeries(name: "large", values: [2_000_000])],
                             layout: .panels, showsValueLabels: false, width: 304, height: 404)
        let xml = try checked(chart.svg())
        let bars = xml.all("rect").filter { $0.attributes["fill"] == ChartPalette.color(0) || $0.attributes["fill"] == ChartPalette.color(1) }
            .filter { $0.attributes["width"] == "160.00" }
        #expect(bars.map { $0.attributes["y"] } == ["84.00", "248.00"])
        #expect(bars.map { $0.attributes["height"] } == ["100.00", "100.00"])
        let ticks = xml.all("text").filter { $0.attributes["text-anchor"] == "end" }.map(\.text)
        #expect(ticks.first == "$0" && ticks.contains("$20") && ticks.contains("$2M"))
    }

    @Test("A negative bar grows down from zero")
    func negativeBar() throws {
        // Values -10 and 10: ticks -10, -5, 0, 5, 10; zero at y 164; each bar 100 px.
        let chart = BarChart(title: "t", categories: ["a", "b"], series: [ChartSeries(name: "s", values: [-10, 10])],
                             showsValueLabels: false, width: 304, height: 320)
        let bars = try checked(chart.svg()).all("rect").filter { $0.attributes["fill"] == ChartPalette.color(0) }
        #expect(bars.map { $0.attributes["y"] } == ["164.00", "64.00"])
        #expect(bars.map { $0.attributes["height"] } == ["100.00", "100.00"])
    }

    @Test("A line's points and a flip marker, worked by hand")
    func lineGeometry() throws {
        // x 0…10 (ticks 0, 2, …, 10) over 200 px from 80; y 0…20 over 200 px from 264 up.
        let chart = LineChart(title: "t", series: [.init(name: "s", points: [.init(x: 0, y: 0), .init(x: 5, y: 20), .init(x: 10, y: 10)])],
                              markers: [.init(x: 5, label: "flips")], width: 304, height: 320)
        let xml = try checked(chart.svg())
        #expect(xml.all("polyline").first?.attributes["points"] == "80.00,264.00 180.00,64.00 280.00,164.00")
        let marker = xml.all("line").first { $0.attributes["stroke-dasharray"] == "5 3" }
        #expect(marker?.attributes["x1"] == "180.00")
        #expect(xml.all("text").contains { $0.text == "flips (5)" })
    }

    @Test("A step series goes level, then up")
    func stepLine() throws {
        let chart = LineChart(title: "t", series: [.init(name: "s", points: [.init(x: 0, y: 0), .init(x: 10, y: 20)], interpolation: .step)],
                              width: 304, height: 320)
        #expect(try checked(chart.svg()).all("polyline").first?.attributes["points"] == "80.00,264.00 280.00,264.00 280.00,64.00")
    }

    @Test("Tornado rows are sorted by swing, and a flip gets a marker")
    func tornadoOrder() throws {
        let chart = TornadoChart(title: "t", baseLabel: "$1k", rows: [
            .init(name: "narrow", lowDelta: -1, highDelta: 0), .init(name: "wide", lowDelta: -300, highDelta: 200, flipDelta: -100),
            .init(name: "middle", lowDelta: -30, highDelta: 30), .init(name: "broken", lowDelta: .nan, highDelta: 1),
        ])
        #expect(chart.sortedRows.map(\.name) == ["wide", "middle", "narrow"])
        let xml = try checked(chart.svg())
        let names = xml.all("text").map(\.text).filter { ["narrow", "wide", "middle"].contains($0) }
        #expect(names == ["wide", "middle", "narrow"])
        #expect(xml.all("path").count == 1)
        let description = try #require(xml.all("desc").first?.text)
        #expect(description.contains("flips within the range of wide"))
        #expect(description.contains("1 row or marker was not a finite number"))
    }

    @Test("A histogram's bins touch and the percentiles are marked")
    func histogram() throws {
        // x 0…30 in steps of 5 over 200 px; counts 0…40 over 200 px.
        let chart = HistogramChart(title: "t", bins: [.init(lower: 0, upper: 10, count: 20), .init(lower: 10, upper: 20, count: 40),
                                                     .init(lower: 20, upper: 30, count: 10)],
                                   markers: HistogramChart.percentiles(p10: 5, p50: 15, p90: 25), width: 304, height: 320)
        let xml = try checked(chart.svg())
        let bins = xml.all("rect").filter { $0.attributes["fill"] == nil && $0.attributes["width"] != "304.00" }
        #expect(bins.map { $0.attributes["x"] } == ["80.00", "146.67", "213.33"])
        #expect(bins.map { $0.attributes["height"] } == ["100.00", "200.00", "50.00"])
        #expect(xml.all("text").filter { $0.text.hasPrefix("P") }.map(\.text) == ["P10 $5.00", "P50 $15.00", "P90 $25.00"])
    }

    // MARK: - Hostile input, missing values, no data

    @Test("Hostile labels are escaped in every chart type")
    func hostileLabels() throws {
        let title = hostile.joined(separator: " ")
        let charts = [
            BarChart(title: title, description: title, categories: hostile, categoryNotes: hostile, emphasized: [0],
                     series: hostile.prefix(2).map { ChartSeries(name: $0, values: hostile.indices.map(Double.init)) }, valueAxisTitle: title).svg(),
            BarChart(title: title, categories: hostile, series: [ChartSeries(name: title, values: hostile.indices.map(Double.init))],
                     orientation: .horizontal).svg(),
            LineChart(title: title, xAxisTitle: title, yAxisTitle: title,
                      series: hostile.map { .init(name: $0, points: [.init(x: 1, y: 2), .init(x: 3, y: 4)]) },
                      markers: hostile.map { .init(x: 2, label: $0) }, bands: hostile.map { .init(from: 1, to: 2, category: $0) }).svg(),
            TornadoChart(title: title, baseLabel: title, outcomeName: title, rows: hostile.map {
                .init(name: $0, lowDelta: -1, highDelta: 2, lowLabel: $0, highLabel: $0, flipDelta: 1, flipLabel: $0)
            }).svg(),
            HistogramChart(title: title, xAxisTitle: title, yAxisTitle: title, bins: [.init(lower: 0, upper: 1, count: 3)],
                           markers: hostile.map { .init(value: 0.5, label: $0) }).svg(),
        ]
        for svg in charts {
            let xml = try checked(svg)
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<!--"))
            #expect(svg.contains("&lt;script&gt;"))
            #expect(svg.contains("a &amp; b &amp;amp; c"))
            #expect(svg.contains("\\u202e") && svg.contains("\\u001b"))
            #expect(xml.all("svg").count == 1)
        }
        #expect(SVGWriter.escapeAttribute("\"'<&>") == "&quot;&#39;&lt;&amp;&gt;")
        #expect(SVGWriter.escapeText("\"'") == "\"'")
    }

    @Test("NaN and infinite values are skipped, counted in the description, never written")
    func nonFinite() throws {
        let bar = BarChart(title: "t", categories: ["a", "b", "c"],
                           series: [ChartSeries(name: "s", values: [10, .nan, .infinity])]).svg()
        let line = LineChart(title: "t", series: [.init(name: "s", points: [.init(x: 1, y: .nan), .init(x: 2, y: 3), .init(x: 3, y: 4),
                                                                             .init(x: -1, y: 2)])],
                             markers: [.init(x: .infinity, label: "m")], logarithmicX: true).svg()
        let histogram = HistogramChart(title: "t", bins: [.init(lower: 0, upper: 1, count: .nan), .init(lower: 1, upper: 2, count: 5)],
                                       markers: [.init(value: -.infinity, label: "P10")]).svg()
        for (svg, note) in [(bar, "2 values were not finite numbers"), (line, "3 values were not finite numbers"),
                            (histogram, "2 bin or markers were not finite numbers")] {
            let xml = try checked(svg)
            #expect(!svg.lowercased().contains("nan") && !svg.lowercased().contains("inf"))
            #expect(xml.all("desc").first?.text.contains(note) == true, "\(xml.all("desc").first?.text ?? "")")
        }
    }

    @Test("Empty input gives a chart that says no data")
    func empty() throws {
        let charts = [
            BarChart(title: "t", categories: [], series: []).svg(),
            BarChart(title: "t", categories: ["a"], series: [ChartSeries(name: "s", values: [.nan])]).svg(),
            LineChart(title: "t", series: []).svg(),
            TornadoChart(title: "t", baseLabel: "b", rows: []).svg(),
            HistogramChart(title: "t", bins: []).svg(),
        ]
        for svg in charts {
            let xml = try checked(svg)
            #expect(xml.all("text").contains { $0.text == "no data" })
            #expect(xml.all("desc").first?.text.contains("No data.") == true)
        }
    }

    @Test("The same chart is the same bytes")
    func deterministic() {
        let make = { AnalysisCharts.portfolio([PortfolioScenario(policy: .recommended, monthlyTotalUSD: 1_234.5, initialInvestmentUSD: 10,
                                                                monthlyDelayLossUSD: 99)]).svg() }
        #expect(make() == make())
    }

    @Test("Several series get a legend in palette order")
    func legend() throws {
        let xml = try checked(BarChart(title: "t", categories: ["a"], series: [ChartSeries(name: "one", values: [1]),
                                                                             ChartSeries(name: "two", values: [2])]).svg())
        #expect(xml.all("text").filter { ["one", "two"].contains($0.text) }.map(\.text) == ["one", "two"])
        #expect(ChartPalette.color(0) == "#0072B2" && ChartPalette.color(1) == "#E69F00" && ChartPalette.color(8) == "#0072B2")
    }

    // MARK: - Mermaid

    @Test("Mermaid xychart-beta: quoted, sanitized categories and a nice y range")
    func mermaid() {
        let chart = MermaidXYChart(title: "Cost \"per\" policy", categories: ["a \"b\" [c]", "%% #x; <y>", "\u{202E}"],
                                   yAxisTitle: "USD", series: [.init(kind: .bar, values: [10, 87, 1.234]), .init(kind: .line, values: [1, 2, 3])])
        #expect(chart.text == """
            ```mermaid
            xychart-beta
                title "Cost per policy"
                x-axis ["a b c", "x y", "-"]
                y-axis "USD" 0 --> 100
                bar [10, 87, 1.23]
                line [1, 2, 3]
            ```
            """)
        let gaps = MermaidXYChart(title: "t", categories: ["a", "b"], series: [.init(kind: .bar, values: [.nan, 5])]).text
        #expect(gaps.contains("%% 1 category left out") && gaps.contains("x-axis [\"b\"]") && !gaps.lowercased().contains("nan"))
        #expect(MermaidXYChart(title: "t", categories: [], series: []).text.contains("%% no data"))
        #expect(MermaidXYChart.label(String(repeating: "x", count: 80)).count == 60)
        #expect(MermaidXYChart.label("Fraud (EU): $5/min") == "Fraud (EU): $5/min")
    }

    // MARK: - The analysis's charts

    @Test("Chart file names: ASCII slugs, the catalog position first")
    func fileNames() {
        #expect(AnalysisCharts.costsFileName(position: 3, name: "Fraud scoring (EU)") == "costs-3-fraud-scoring-eu.svg")
        #expect(AnalysisCharts.slug("Ünïcode / «name» 2") == "n-code-name-2")
        #expect(AnalysisCharts.slug("../../etc/passwd") == "etc-passwd")
        #expect(AnalysisCharts.slug("日本語") == "use-case")
        #expect(AnalysisCharts.slug(String(repeating: "ab ", count: 40)).count <= 40)
        #expect(!AnalysisCharts.slug(String(repeating: "ab ", count: 40)).hasSuffix("-"))
    }

    @Test("Chart links are percent-encoded")
    func links() {
        let links = AnalysisChartLinks(directory: "my charts/(x)", useCases: [], useCaseCount: 0)
        #expect(links.target("portfolio.svg") == "my%20charts/%28x%29/portfolio.svg")
        #expect(AnalysisChartLinks(directory: ".", useCases: [], useCaseCount: 0).target("a.svg") == "a.svg")
    }

    /// Writes one chart of each kind to $TIERWISE_CHART_SAMPLES, for looking
    /// at (docs/charts.md converts them to PNG); does nothing without it.
    @Test("Sample charts for a manual look")
    func samples() throws {
        guard let directory = ProcessInfo.processInfo.environment["TIERWISE_CHART_SAMPLES"] else { return }
        let sweep = LineChart(
            title: "Card fraud detection: net benefit as the delay cost varies", xAxisTitle: "Delay cost, USD per active minute",
            yAxisTitle: "Net benefit per month", xStyle: .usd, yStyle: .usd,
            series: [.init(name: "Net benefit / month", points: [0.5, 1, 2, 5, 10, 20, 50, 100].map { .init(x: $0, y: $0 * 900 - 4_000) }),
                     .init(name: "Running cost / month", points: [0.5, 1, 2, 5, 10, 20, 50, 100].map {
                         .init(x: $0, y: $0 < 4.4 ? 14_100 : $0 < 40 ? 25_500 : 44_500) }, interpolation: .step, isDashed: true)],
            markers: [.init(x: 4.4, label: "batch → near_real_time"), .init(x: 40, label: "near_real_time → real_time")],
            bands: [.init(from: 0.5, to: 4.4, category: "batch"), .init(from: 4.4, to: 40, category: "near_real_time"),
                    .init(from: 40, to: 100, category: "real_time")],
            logarithmicX: true)
        let tornado = TornadoChart(
            title: "What swings the recommended move's net benefit", baseLabel: "$12.4k/month", outcomeName: "net benefit per month",
            rows: [.init(name: "event rate", lowDelta: -2_100, highDelta: 3_900, lowLabel: "200/s", highLabel: "5k/s"),
                   .init(name: "delay cost per minute", lowDelta: -14_800, highDelta: 9_500, lowLabel: "$2/min", highLabel: "$9/min",
                         flipDelta: -12_400, flipLabel: "stays batch below $2.40/min"),
                   .init(name: "hourly rate", lowDelta: 800, highDelta: -1_200, lowLabel: "$90", highLabel: "$180")])
        let histogram = HistogramChart(
            title: "Net benefit over 10,000 draws", xAxisTitle: "Net benefit per month", xStyle: .usd,
            bins: (0..<16).map { index in
                let center = Double(index) - 7.5
                return .init(lower: Double(index) * 2_000 - 10_000, upper: Double(index + 1) * 2_000 - 10_000,
                             count: (1_400 * exp(-center * center / 18)).rounded())
            },
            markers: HistogramChart.percentiles(p10: -3_900, p50: 5_800, p90: 14_700))
        let horizontal = BarChart(title: "Monthly cost per policy", categories: ["Recommended mix", "Stated tiers", "Everything real time"],
                                  series: [ChartSeries(name: "Monthly cost", values: [328_433, 309_160, 507_458])], orientation: .horizontal)
        for (name, svg) in [("sweep", sweep.svg()), ("tornado", tornado.svg()), ("histogram", histogram.svg()),
                            ("horizontal", horizontal.svg())] {
            _ = try checked(svg)
            try svg.write(toFile: directory + "/\(name).svg", atomically: true, encoding: .utf8)
        }
    }
}
