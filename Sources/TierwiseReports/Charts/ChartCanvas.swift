/// What the chart types share: the document's frame and title, the legend,
/// axes with ticks and grid lines, the "no data" chart, and labels cut to fit.
struct ChartCanvas {
    /// Space around the plot: room for the title and legend above, tick
    /// labels and the axis title below and to the left.
    struct Margins: Sendable, Equatable {
        var top: Double, right: Double, bottom: Double, left: Double
    }

    /// The standard margins of a chart: 64 px above (title and legend), 24
    /// right, 56 below, 80 left.
    static let standardMargins = Margins(top: 64, right: 24, bottom: 56, left: 80)

    var svg: SVGWriter
    let width: Double, height: Double
    /// The margins of the plot being drawn (a chart of panels moves them per panel).
    var margins: Margins

    /// The plot's left, top, right and bottom edges.
    var plotLeft: Double { margins.left }
    var plotTop: Double { margins.top }
    var plotRight: Double { width - margins.right }
    var plotBottom: Double { height - margins.bottom }

    /// A document with a white background and `title` written at its top.
    init(width: Double, height: Double, margins: Margins, title: String, description: String) {
        self.width = width
        self.height = height
        self.margins = margins
        svg = SVGWriter(width: width, height: height, title: title, description: description)
        svg.empty("rect", [("x", "0"), ("y", "0"), ("width", SVGWriter.number(width)), ("height", SVGWriter.number(height)),
                           ("fill", "#FFFFFF")])
        svg.element("text", [("x", SVGWriter.number(12)), ("y", SVGWriter.number(24)), ("font-size", "16"),
                             ("font-weight", "bold"), ("fill", ChartPalette.text)], text: Self.fit(title, characters: Int(width / 9)))
    }

    /// A legend entry: a swatch of `color` (a line when `isLine`) and `name`.
    struct LegendEntry {
        var name: String
        var color: String
        var isLine = false
        var isDashed = false
        var opacity = 1.0
    }

    /// The entries in a row under the title, wrapping to a second row when they do not fit.
    mutating func legend(_ entries: [LegendEntry]) {
        var x = 12.0, y = 44.0
        svg.open("g", [("font-size", "11"), ("fill", ChartPalette.text)])
        for entry in entries {
            let name = Self.fit(entry.name, characters: 40)
            let advance = 22 + Double(name.count) * 6.2 + 16
            if x > 12 && x + advance > width - 12 {
                x = 12
                y += 14
            }
            if entry.isLine {
                var attributes = [("x1", SVGWriter.number(x)), ("y1", SVGWriter.number(y - 4)), ("x2", SVGWriter.number(x + 16)),
                                  ("y2", SVGWriter.number(y - 4)), ("stroke", entry.color), ("stroke-width", "2")]
                if entry.isDashed { attributes.append(("stroke-dasharray", "4 3")) }
                svg.empty("line", attributes)
            } else {
                svg.empty("rect", [("x", SVGWriter.number(x)), ("y", SVGWriter.number(y - 9)), ("width", "12"), ("height", "10"),
                                   ("fill", entry.color), ("fill-opacity", SVGWriter.fixed(entry.opacity, decimals: 2))])
            }
            svg.element("text", [("x", SVGWriter.number(x + 22)), ("y", SVGWriter.number(y))], text: name)
            x += advance
        }
        svg.close()
    }

    /// Horizontal grid lines and labels at `ticks` of a vertical value axis.
    mutating func valueAxisY(_ scale: ChartScale, ticks: [Double], style: ChartValueStyle, title: String?) {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let largest = ticks.map(\.magnitude).max() ?? 0
        svg.open("g", [("font-size", "11"), ("fill", ChartPalette.mutedText)])
        for tick in ticks {
            let y = scale.position(tick)
            svg.empty("line", [("x1", SVGWriter.number(plotLeft)), ("y1", SVGWriter.number(y)), ("x2", SVGWriter.number(plotRight)),
                               ("y2", SVGWriter.number(y)), ("stroke", ChartPalette.grid), ("stroke-width", "1")])
            svg.element("text", [("x", SVGWriter.number(plotLeft - 6)), ("y", SVGWriter.number(y + 4)), ("text-anchor", "end")],
                        text: scale.isLogarithmic ? ChartValueStyle.number.tick(tick, step: tick, largest: tick)
                            : style.tick(tick, step: step, largest: largest))
        }
        svg.close()
        svg.empty("line", [("x1", SVGWriter.number(plotLeft)), ("y1", SVGWriter.number(plotTop)), ("x2", SVGWriter.number(plotLeft)),
                           ("y2", SVGWriter.number(plotBottom)), ("stroke", ChartPalette.axis), ("stroke-width", "1")])
        if let title {
            let x = 16.0, y = (plotTop + plotBottom) / 2
            svg.element("text", [("x", SVGWriter.number(x)), ("y", SVGWriter.number(y)), ("text-anchor", "middle"),
                                 ("transform", "rotate(-90 \(SVGWriter.number(x)) \(SVGWriter.number(y)))"),
                                 ("fill", ChartPalette.text)],
                        text: Self.fit(title, characters: Int((plotBottom - plotTop) / 6.5)))
        }
    }

    /// Vertical grid lines and labels at `ticks` of a horizontal value axis.
    mutating func valueAxisX(_ scale: ChartScale, ticks: [Double], style: ChartValueStyle, title: String?, signed: Bool = false) {
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        let largest = ticks.map(\.magnitude).max() ?? 0
        svg.open("g", [("font-size", "11"), ("fill", ChartPalette.mutedText)])
        for tick in ticks {
            let x = scale.position(tick)
            svg.empty("line", [("x1", SVGWriter.number(x)), ("y1", SVGWriter.number(plotTop)), ("x2", SVGWriter.number(x)),
                               ("y2", SVGWriter.number(plotBottom)), ("stroke", ChartPalette.grid), ("stroke-width", "1")])
            var label = scale.isLogarithmic ? ChartValueStyle.number.tick(tick, step: tick, largest: tick)
                : style.tick(tick, step: step, largest: largest)
            if signed && tick > 0 { label = "+" + label }
            svg.element("text", [("x", SVGWriter.number(x)), ("y", SVGWriter.number(plotBottom + 16)), ("text-anchor", "middle")],
                        text: label)
        }
        svg.close()
        svg.empty("line", [("x1", SVGWriter.number(plotLeft)), ("y1", SVGWriter.number(plotBottom)), ("x2", SVGWriter.number(plotRight)),
                           ("y2", SVGWriter.number(plotBottom)), ("stroke", ChartPalette.axis), ("stroke-width", "1")])
        if let title { axisTitleX(title) }
    }

    /// The title of the horizontal axis, centred under the plot.
    mutating func axisTitleX(_ title: String) {
        svg.element("text", [("x", SVGWriter.number((plotLeft + plotRight) / 2)), ("y", SVGWriter.number(height - 12)),
                             ("text-anchor", "middle"), ("fill", ChartPalette.text)],
                    text: Self.fit(title, characters: Int((plotRight - plotLeft) / 6.5)))
    }

    /// The "no data" message in the middle of the plot.
    mutating func noData() {
        svg.element("text", [("x", SVGWriter.number(width / 2)), ("y", SVGWriter.number(height / 2)), ("text-anchor", "middle"),
                             ("font-size", "14"), ("fill", ChartPalette.mutedText)], text: "no data")
    }

    /// The finished document.
    mutating func finish() -> String { svg.finish() }

    // MARK: - Text

    /// `text` on one line, cut to `characters` characters with "…" when longer.
    static func fit(_ text: String, characters: Int) -> String {
        let oneLine = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\t" }).joined(separator: " ")
        let limit = max(characters, 2)
        guard oneLine.count > limit else { return oneLine }
        return String(oneLine.prefix(limit - 1)) + "…"
    }

    /// The sentence a description ends with when values were skipped, or "".
    static func skippedNote(_ skipped: Int, what: String = "value") -> String {
        guard skipped > 0 else { return "" }
        return skipped == 1 ? " 1 \(what) was not a finite number and is not drawn."
            : " \(skipped) \(what)s were not finite numbers and are not drawn."
    }

    /// "" or `text` followed by a space, so a caller's description leads the generated one.
    static func lead(_ text: String) -> String {
        text.isEmpty ? "" : (text.hasSuffix(".") ? text + " " : text + ". ")
    }
}
