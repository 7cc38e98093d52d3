/// A tornado: one row per uncertain input, a bar from the base outcome to
/// the outcome with the input at its low value and one to the outcome at its
/// high value, rows sorted by swing (the widest first), and a marker on a row
/// where the recommendation flips. The deltas are given (outcome − base);
/// the chart computes nothing but the layout (the sorting is layout).
///
///     TornadoChart(title: "What swings net benefit", baseLabel: "$1.2k/month", valueStyle: .usd, rows: [
///         .init(name: "delay cost", lowDelta: -900, highDelta: 2_400, lowLabel: "$2/min", highLabel: "$9/min",
///               flipDelta: -700, flipLabel: "batch below $3/min"),
///     ])
public struct TornadoChart: Sendable, Equatable {
    /// One input.
    public struct Row: Sendable, Equatable {
        /// The input's name.
        public var name: String
        /// Outcome at the input's low value minus the base outcome.
        public var lowDelta: Double
        /// Outcome at the input's high value minus the base outcome.
        public var highDelta: Double
        /// The input's low value, written at the end of its bar ("$2/min").
        public var lowLabel: String?
        /// The input's high value, written at the end of its bar.
        public var highLabel: String?
        /// Where on the delta axis the recommendation flips, when it does within the range.
        public var flipDelta: Double?
        /// What the flip is ("batch below $3/min").
        public var flipLabel: String?

        /// Creates a `Row`.
        public init(
            name: String, lowDelta: Double, highDelta: Double, lowLabel: String? = nil, highLabel: String? = nil,
            flipDelta: Double? = nil, flipLabel: String? = nil
        ) {
            self.name = name
            self.lowDelta = lowDelta
            self.highDelta = highDelta
            self.lowLabel = lowLabel
            self.highLabel = highLabel
            self.flipDelta = flipDelta
            self.flipLabel = flipLabel
        }

        /// |high − low|: how far the outcome moves across the input's range.
        public var swing: Double { (highDelta - lowDelta).magnitude }
    }

    /// The most rows drawn; the rest (the narrowest) are counted in the description.
    public static let maximumRows = 30

    /// The chart's title, at its top and as its accessible name.
    public var title: String
    /// What the chart shows, for screen readers (the generated summary follows it).
    public var description: String
    /// The base outcome, as text ("$1.2k/month"), named on the axis.
    public var baseLabel: String
    /// What the outcome is ("net benefit / month"), for the axis title.
    public var outcomeName: String
    /// How the deltas are written on the axis and in tooltips.
    public var valueStyle: ChartValueStyle
    /// The inputs, in any order (drawn sorted by swing).
    public var rows: [Row]
    /// The document's width; the height follows from the rows (26 px each).
    public var width: Double

    /// Creates a `TornadoChart`.
    public init(
        title: String, description: String = "", baseLabel: String, outcomeName: String = "outcome",
        valueStyle: ChartValueStyle = .usd, rows: [Row], width: Double = 760
    ) {
        self.title = title
        self.description = description
        self.baseLabel = baseLabel
        self.outcomeName = outcomeName
        self.valueStyle = valueStyle
        self.rows = rows
        self.width = width
    }

    /// The rows drawn, widest swing first (ties in the given order), non-finite rows left out.
    public var sortedRows: [Row] {
        rows.enumerated().filter { $0.element.lowDelta.isFinite && $0.element.highDelta.isFinite }
            .sorted { $0.element.swing != $1.element.swing ? $0.element.swing > $1.element.swing : $0.offset < $1.offset }
            .map(\.element)
    }

    static let margins = ChartCanvas.Margins(top: 64, right: 96, bottom: 56, left: 180)
    static let rowHeight = 26.0

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let sorted = sortedRows
        var skipped = rows.count - sorted.count
        let shown = Array(sorted.prefix(Self.maximumRows))
        var summary = ChartCanvas.lead(description) + "Tornado chart around a base of \(baseLabel): \(shown.count) "
            + (shown.count == 1 ? "input" : "inputs") + ", widest swing first"
        if let first = shown.first { summary += " (\(first.name), \(valueStyle.label(first.swing)))" }
        let flips = shown.filter { $0.flipDelta?.isFinite == true }
        if !flips.isEmpty { summary += "; the recommendation flips within the range of " + flips.map(\.name).joined(separator: ", ") }
        if shown.isEmpty { summary += ". No data" }
        summary += "."
        if sorted.count > shown.count { summary += " \(sorted.count - shown.count) narrower inputs are not shown." }
        skipped += shown.count { $0.flipDelta.map { !$0.isFinite } ?? false }
        summary += ChartCanvas.skippedNote(skipped, what: "row or marker")
        let height = Self.margins.top + Self.margins.bottom + Self.rowHeight * Double(max(shown.count, 4))
        var canvas = ChartCanvas(width: width, height: height, margins: Self.margins, title: title, description: summary)
        var legend: [ChartCanvas.LegendEntry] = [.init(name: "input at its low value", color: ChartPalette.color(0)),
                                                 .init(name: "input at its high value", color: ChartPalette.color(1))]
        if !flips.isEmpty { legend.append(.init(name: "recommendation flips", color: ChartPalette.marker, isLine: true)) }
        canvas.legend(legend)
        guard !shown.isEmpty else {
            canvas.noData()
            return canvas.finish()
        }
        let values = shown.flatMap { [$0.lowDelta, $0.highDelta] + ($0.flipDelta.map { $0.isFinite ? [$0] : [] } ?? []) }
        let ticks = ChartTicks.nice(from: min(0, values.min() ?? 0), to: max(0, values.max() ?? 0), count: 6)
        let scale = ChartScale(lower: ticks.first ?? 0, upper: ticks.last ?? 1, start: canvas.plotLeft, end: canvas.plotRight)
        canvas.valueAxisX(scale, ticks: ticks, style: valueStyle, title: "Change in \(outcomeName) from the base (\(baseLabel))",
                          signed: true)
        let zero = scale.position(0)
        for (index, row) in shown.enumerated() {
            let top = canvas.plotTop + Self.rowHeight * Double(index)
            let barTop = top + 4, barHeight = Self.rowHeight - 8
            canvas.svg.element("text", [("x", SVGWriter.number(canvas.plotLeft - 8)), ("y", SVGWriter.number(top + Self.rowHeight / 2 + 4)),
                                        ("text-anchor", "end"), ("fill", ChartPalette.text)],
                               text: ChartCanvas.fit(row.name, characters: Int((canvas.plotLeft - 12) / 7.5)))
            for (delta, label, color, side) in [(row.lowDelta, row.lowLabel, ChartPalette.color(0), "low"),
                                                (row.highDelta, row.highLabel, ChartPalette.color(1), "high")] {
                let x = scale.position(delta)
                canvas.svg.open("rect", [("x", SVGWriter.number(min(x, zero))), ("y", SVGWriter.number(barTop)),
                                         ("width", SVGWriter.number(abs(x - zero))), ("height", SVGWriter.number(barHeight)),
                                         ("fill", color), ("fill-opacity", "0.9")])
                canvas.svg.element("title", text: "\(row.name) at its \(side) value\(label.map { " (\($0))" } ?? ""): "
                                   + "\(delta >= 0 ? "+" : "")\(valueStyle.label(delta))")
                canvas.svg.close()
                if let label {
                    // Beyond the bar's end, or inside it (in white) where the outside has no room.
                    let text = ChartCanvas.fit(label, characters: 16)
                    let room = Double(text.count) * 6 + 6
                    let grows = delta >= 0
                    let end = grows ? max(x, zero) : min(x, zero)
                    let inside = grows ? end + room > width - 2 : end - room < canvas.plotLeft
                    let labelX = grows != inside ? end + 4 : end - 4
                    canvas.svg.element("text", [("x", SVGWriter.number(labelX)), ("y", SVGWriter.number(barTop + barHeight / 2 + 4)),
                                                ("text-anchor", grows != inside ? "start" : "end"), ("font-size", "10"),
                                                ("fill", inside ? "#FFFFFF" : ChartPalette.text)], text: text)
                }
            }
            if let flip = row.flipDelta, flip.isFinite {
                let x = scale.position(flip)
                canvas.svg.open("g", [("stroke", ChartPalette.marker), ("fill", ChartPalette.marker)])
                canvas.svg.element("title", text: row.flipLabel ?? "the recommendation flips here")
                canvas.svg.empty("line", [("x1", SVGWriter.number(x)), ("y1", SVGWriter.number(top + 1)), ("x2", SVGWriter.number(x)),
                                          ("y2", SVGWriter.number(top + Self.rowHeight - 1)), ("stroke-width", "2")])
                canvas.svg.empty("path", [("d", "M \(SVGWriter.number(x)) \(SVGWriter.number(top - 3)) l 4 4 l -4 4 l -4 -4 z")])
                canvas.svg.close()
            }
        }
        canvas.svg.empty("line", [("x1", SVGWriter.number(zero)), ("y1", SVGWriter.number(canvas.plotTop)), ("x2", SVGWriter.number(zero)),
                                  ("y2", SVGWriter.number(canvas.plotBottom)), ("stroke", ChartPalette.axis), ("stroke-width", "1.5")])
        return canvas.finish()
    }
}
