/// Bars for categories × one or more series (grouped), vertical or
/// horizontal, on a value axis that always includes zero, with the value
/// written on each bar. It renders the values it is given and computes
/// nothing but the layout.
///
///     let chart = BarChart(title: "Monthly cost per policy", categories: ["Recommended", "Stated"],
///                          series: [ChartSeries(name: "Monthly cost", values: [12_000, 20_500])])
///     let svg = chart.svg()   // a standalone SVG document
///
/// Layout (vertical): the plot is the document less ``ChartCanvas/standardMargins``
/// (64 px above, 24 right, 56 below, 80 left); each category gets an equal
/// slot, 80 % of it filled by its bars side by side.
public struct BarChart: Sendable, Equatable {
    /// Which way the bars grow.
    public enum Orientation: Sendable, Equatable {
        /// Bars grow up from a horizontal category axis.
        case vertical
        /// Bars grow right from a vertical category axis (long category names read better).
        case horizontal
    }

    /// How several series share the plot.
    public enum Layout: Sendable, Equatable {
        /// Side by side in each category, on one value axis.
        case grouped
        /// One panel per series, stacked, each on its own value axis: for
        /// series of very different sizes (costs in thousands, losses in
        /// millions), which one axis would flatten. Vertical charts only.
        case panels
    }

    /// The chart's title, at its top and as its accessible name.
    public var title: String
    /// What the chart shows, for screen readers (the generated summary follows it).
    public var description: String
    /// The categories, in order.
    public var categories: [String]
    /// A second, smaller line under each category's name ("recommended"); empty, or one per category.
    public var categoryNotes: [String]
    /// Categories whose name is set in bold (the recommended one).
    public var emphasized: Set<Int>
    /// The series; each has one value per category (missing values are not drawn).
    public var series: [ChartSeries]
    /// Which way the bars grow.
    public var orientation: Orientation
    /// How several series share the plot.
    public var layout: Layout
    /// How values are written on the axis and the bars.
    public var valueStyle: ChartValueStyle
    /// The value axis's title.
    public var valueAxisTitle: String?
    /// Whether each bar carries its value.
    public var showsValueLabels: Bool
    /// The document's size in pixels (a chart of panels shares the height
    /// among them); a horizontal chart's height is at
    /// least what its categories need (24 px per bar, 8 between categories).
    public var width: Double, height: Double

    /// Creates a `BarChart`; only the title, categories and series are required.
    public init(
        title: String, description: String = "", categories: [String], categoryNotes: [String] = [], emphasized: Set<Int> = [],
        series: [ChartSeries], orientation: Orientation = .vertical, layout: Layout = .grouped, valueStyle: ChartValueStyle = .usd,
        valueAxisTitle: String? = nil, showsValueLabels: Bool = true, width: Double = 720, height: Double = 400
    ) {
        self.title = title
        self.description = description
        self.categories = categories
        self.categoryNotes = categoryNotes
        self.emphasized = emphasized
        self.series = series
        self.orientation = orientation
        self.layout = layout
        self.valueStyle = valueStyle
        self.valueAxisTitle = valueAxisTitle
        self.showsValueLabels = showsValueLabels
        self.width = width
        self.height = height
    }

    /// The margins of a horizontal chart: room on the left for category names.
    static let horizontalMargins = ChartCanvas.Margins(top: 64, right: 72, bottom: 56, left: 180)

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        var skipped = 0
        var finite: [Double] = []
        for s in series {
            for index in categories.indices {
                guard index < s.values.count else { continue }
                if s.values[index].isFinite { finite.append(s.values[index]) } else { skipped += 1 }
            }
        }
        let kind = orientation == .vertical ? "Bar chart" : "Horizontal bar chart"
        var summary = ChartCanvas.lead(description) + "\(kind): \(categories.count) "
            + (categories.count == 1 ? "category" : "categories") + ", \(series.count) series"
        if finite.isEmpty { summary += ". No data" }
        summary += "." + ChartCanvas.skippedNote(skipped)
        let margins = orientation == .vertical ? ChartCanvas.standardMargins : Self.horizontalMargins
        let slotHeight = Double(max(series.count, 1)) * 24 + 8
        let drawnHeight = orientation == .vertical ? height : max(height, margins.top + margins.bottom + slotHeight * Double(categories.count))
        var canvas = ChartCanvas(width: width, height: drawnHeight, margins: margins, title: title, description: summary)
        if series.count > 1 {
            canvas.legend(series.indices.map { .init(name: series[$0].name, color: ChartPalette.color($0)) })
        }
        guard !finite.isEmpty, !categories.isEmpty else {
            canvas.noData()
            return canvas.finish()
        }
        let ticks = ChartTicks.nice(from: min(0, finite.min() ?? 0), to: max(0, finite.max() ?? 0))
        if orientation == .vertical && layout == .panels && series.count > 1 {
            drawPanels(&canvas)
        } else if orientation == .vertical {
            drawVertical(&canvas, ticks: ticks, drawing: Array(series.indices))
        } else {
            drawHorizontal(&canvas, ticks: ticks)
        }
        return canvas.finish()
    }

    /// One panel per series, stacked: each a 20 px header naming the series,
    /// its plot, and 44 px for the category names under it (the last panel's
    /// are in the bottom margin).
    private func drawPanels(_ canvas: inout ChartCanvas) {
        let count = Double(series.count)
        let full = canvas.margins
        let plotHeight = max((canvas.height - full.top - full.bottom - count * 20 - (count - 1) * 44) / count, 10)
        for index in series.indices {
            let top = full.top + Double(index) * (plotHeight + 64) + 20
            canvas.margins = ChartCanvas.Margins(top: top, right: full.right, bottom: canvas.height - top - plotHeight, left: full.left)
            canvas.svg.element("text", [("x", SVGWriter.number(canvas.plotLeft)), ("y", SVGWriter.number(top - 8)),
                                        ("font-weight", "bold"), ("fill", ChartPalette.text)],
                               text: ChartCanvas.fit(series[index].name, characters: Int((canvas.plotRight - canvas.plotLeft) / 7)))
            let values = series[index].values.prefix(categories.count).filter(\.isFinite)
            let ticks = ChartTicks.nice(from: min(0, values.min() ?? 0), to: max(0, values.max() ?? 0))
            drawVertical(&canvas, ticks: ticks, drawing: [index])
        }
        canvas.margins = full
    }

    /// The bars of the series at `drawing` (by index, so each keeps its colour) on one value axis.
    private func drawVertical(_ canvas: inout ChartCanvas, ticks: [Double], drawing: [Int]) {
        let scale = ChartScale(lower: ticks.first ?? 0, upper: ticks.last ?? 1, start: canvas.plotBottom, end: canvas.plotTop)
        canvas.valueAxisY(scale, ticks: ticks, style: valueStyle, title: valueAxisTitle)
        let slot = (canvas.plotRight - canvas.plotLeft) / Double(categories.count)
        let barWidth = slot * 0.8 / Double(max(drawing.count, 1))
        let zero = scale.position(0)
        let labelsFit = showsValueLabels && barWidth >= 16
        for (index, category) in categories.enumerated() {
            let slotLeft = canvas.plotLeft + slot * Double(index)
            for (position, seriesIndex) in drawing.enumerated() {
                let s = series[seriesIndex]
                guard index < s.values.count, s.values[index].isFinite else { continue }
                let value = s.values[index]
                let y = scale.position(value)
                let x = slotLeft + slot * 0.1 + barWidth * Double(position)
                canvas.svg.open("rect", [("x", SVGWriter.number(x)), ("y", SVGWriter.number(min(y, zero))),
                                         ("width", SVGWriter.number(barWidth)), ("height", SVGWriter.number(abs(zero - y))),
                                         ("fill", ChartPalette.color(seriesIndex))])
                canvas.svg.element("title", text: "\(category), \(s.name): \(valueStyle.label(value))")
                canvas.svg.close()
                if labelsFit {
                    let labelY = value >= 0 ? min(y, zero) - 4 : max(y, zero) + 12
                    canvas.svg.element("text", [("x", SVGWriter.number(x + barWidth / 2)), ("y", SVGWriter.number(labelY)),
                                                ("text-anchor", "middle"), ("font-size", "10"), ("fill", ChartPalette.text)],
                                       text: valueStyle.label(value))
                }
            }
            let characters = Int(slot / 6.5)
            var attributes = [("x", SVGWriter.number(slotLeft + slot / 2)), ("y", SVGWriter.number(canvas.plotBottom + 16)),
                              ("text-anchor", "middle"), ("fill", ChartPalette.text)]
            if emphasized.contains(index) { attributes.append(("font-weight", "bold")) }
            canvas.svg.element("text", attributes, text: ChartCanvas.fit(category, characters: characters))
            if index < categoryNotes.count, !categoryNotes[index].isEmpty {
                canvas.svg.element("text", [("x", SVGWriter.number(slotLeft + slot / 2)), ("y", SVGWriter.number(canvas.plotBottom + 30)),
                                            ("text-anchor", "middle"), ("font-size", "10"), ("fill", ChartPalette.mutedText)],
                                   text: ChartCanvas.fit(categoryNotes[index], characters: Int(slot / 5.5)))
            }
        }
        canvas.svg.empty("line", [("x1", SVGWriter.number(canvas.plotLeft)), ("y1", SVGWriter.number(zero)),
                                  ("x2", SVGWriter.number(canvas.plotRight)), ("y2", SVGWriter.number(zero)),
                                  ("stroke", ChartPalette.axis), ("stroke-width", "1")])
    }

    private func drawHorizontal(_ canvas: inout ChartCanvas, ticks: [Double]) {
        let scale = ChartScale(lower: ticks.first ?? 0, upper: ticks.last ?? 1, start: canvas.plotLeft, end: canvas.plotRight)
        canvas.valueAxisX(scale, ticks: ticks, style: valueStyle, title: valueAxisTitle)
        let slot = (canvas.plotBottom - canvas.plotTop) / Double(categories.count)
        let barHeight = slot * 0.8 / Double(max(series.count, 1))
        let zero = scale.position(0)
        for (index, category) in categories.enumerated() {
            let slotTop = canvas.plotTop + slot * Double(index)
            for (seriesIndex, s) in series.enumerated() {
                guard index < s.values.count, s.values[index].isFinite else { continue }
                let value = s.values[index]
                let x = scale.position(value)
                let y = slotTop + slot * 0.1 + barHeight * Double(seriesIndex)
                canvas.svg.open("rect", [("x", SVGWriter.number(min(x, zero))), ("y", SVGWriter.number(y)),
                                         ("width", SVGWriter.number(abs(x - zero))), ("height", SVGWriter.number(barHeight)),
                                         ("fill", ChartPalette.color(seriesIndex))])
                canvas.svg.element("title", text: "\(category), \(s.name): \(valueStyle.label(value))")
                canvas.svg.close()
                if showsValueLabels && barHeight >= 9 {
                    let labelX = value >= 0 ? max(x, zero) + 4 : min(x, zero) - 4
                    canvas.svg.element("text", [("x", SVGWriter.number(labelX)), ("y", SVGWriter.number(y + barHeight / 2 + 4)),
                                                ("text-anchor", value >= 0 ? "start" : "end"), ("font-size", "10"),
                                                ("fill", ChartPalette.text)], text: valueStyle.label(value))
                }
            }
            var attributes = [("x", SVGWriter.number(canvas.plotLeft - 8)), ("y", SVGWriter.number(slotTop + slot / 2 + 4)),
                              ("text-anchor", "end"), ("fill", ChartPalette.text)]
            if emphasized.contains(index) { attributes.append(("font-weight", "bold")) }
            var name = category
            if index < categoryNotes.count, !categoryNotes[index].isEmpty { name += " (" + categoryNotes[index] + ")" }
            canvas.svg.element("text", attributes, text: ChartCanvas.fit(name, characters: Int((canvas.plotLeft - 12) / 6.5)))
        }
        canvas.svg.empty("line", [("x1", SVGWriter.number(zero)), ("y1", SVGWriter.number(canvas.plotTop)),
                                  ("x2", SVGWriter.number(zero)), ("y2", SVGWriter.number(canvas.plotBottom)),
                                  ("stroke", ChartPalette.axis), ("stroke-width", "1")])
    }
}
