import TierwiseModel

/// The distribution of a Monte Carlo result: bins of counts over a value
/// axis, with labelled vertical markers (P10, P50, P90). The bins and the
/// percentiles are given; the chart computes nothing but the layout.
///
///     HistogramChart(title: "Net benefit over 10,000 draws", xStyle: .usd,
///                    bins: [.init(lower: 0, upper: 1_000, count: 1_200), .init(lower: 1_000, upper: 2_000, count: 3_400)],
///                    markers: HistogramChart.percentiles(p10: 420, p50: 1_310, p90: 1_870))
public struct HistogramChart: Sendable, Equatable {
    /// One bin: values from `lower` up to `upper`, and how many fell in it.
    public struct Bin: Sendable, Equatable {
        /// The bin's lower bound (included).
        public var lower: Double
        /// The bin's upper bound (above the lower).
        public var upper: Double
        /// How many values fell in the bin (non-negative).
        public var count: Double

        /// Creates a `Bin`.
        public init(lower: Double, upper: Double, count: Double) {
            self.lower = lower
            self.upper = upper
            self.count = count
        }
    }

    /// A labelled vertical line at `value`.
    public struct Marker: Sendable, Equatable {
        /// Where the marker stands on the x axis.
        public var value: Double
        /// The marker's label ("P50", "flips to batch").
        public var label: String

        /// Creates a `Marker`.
        public init(value: Double, label: String) {
            self.value = value
            self.label = label
        }
    }

    /// The chart's title, at its top and as its accessible name.
    public var title: String
    /// What the chart shows, for screen readers (the generated summary follows it).
    public var description: String
    /// The x axis's title.
    public var xAxisTitle: String?
    /// The count axis's title ("draws").
    public var yAxisTitle: String
    /// How x values are written.
    public var xStyle: ChartValueStyle
    /// The bins, in any order (a non-finite or empty bin is skipped).
    public var bins: [Bin]
    /// The labelled vertical markers, P10/P50/P90 say (a non-finite one is skipped).
    public var markers: [Marker]
    /// The document's size in pixels.
    public var width: Double, height: Double

    /// Creates a `HistogramChart`.
    public init(
        title: String, description: String = "", xAxisTitle: String? = nil, yAxisTitle: String = "draws",
        xStyle: ChartValueStyle = .usd, bins: [Bin], markers: [Marker] = [], width: Double = 720, height: Double = 400
    ) {
        self.title = title
        self.description = description
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.xStyle = xStyle
        self.bins = bins
        self.markers = markers
        self.width = width
        self.height = height
    }

    /// Markers named P10, P50 and P90 at the given values.
    public static func percentiles(p10: Double, p50: Double, p90: Double) -> [Marker] {
        [.init(value: p10, label: "P10"), .init(value: p50, label: "P50"), .init(value: p90, label: "P90")]
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        let drawn = bins.filter { $0.lower.isFinite && $0.upper.isFinite && $0.count.isFinite && $0.upper > $0.lower && $0.count >= 0 }
        let markers = self.markers.filter { $0.value.isFinite }
        let skipped = bins.count - drawn.count + self.markers.count - markers.count
        var summary = ChartCanvas.lead(description) + "Histogram: \(drawn.count) " + (drawn.count == 1 ? "bin" : "bins")
        if !markers.isEmpty { summary += "; " + markers.map { "\($0.label) \(xStyle.label($0.value))" }.joined(separator: ", ") }
        if drawn.isEmpty { summary += ". No data" }
        summary += "." + ChartCanvas.skippedNote(skipped, what: "bin or marker")
        var canvas = ChartCanvas(width: width, height: height, margins: ChartCanvas.standardMargins, title: title, description: summary)
        guard !drawn.isEmpty else {
            canvas.noData()
            return canvas.finish()
        }
        let xs = drawn.flatMap { [$0.lower, $0.upper] } + markers.map(\.value)
        let xTicks = ChartTicks.nice(from: xs.min() ?? 0, to: xs.max() ?? 1, count: 8)
        let yTicks = ChartTicks.nice(from: 0, to: drawn.map(\.count).max() ?? 1)
        let xScale = ChartScale(lower: xTicks.first ?? 0, upper: xTicks.last ?? 1, start: canvas.plotLeft, end: canvas.plotRight)
        let yScale = ChartScale(lower: yTicks.first ?? 0, upper: yTicks.last ?? 1, start: canvas.plotBottom, end: canvas.plotTop)
        canvas.valueAxisY(yScale, ticks: yTicks, style: .number, title: yAxisTitle)
        canvas.valueAxisX(xScale, ticks: xTicks, style: xStyle, title: xAxisTitle)
        canvas.svg.open("g", [("fill", ChartPalette.color(0)), ("stroke", "#FFFFFF"), ("stroke-width", "0.5")])
        for bin in drawn {
            let left = xScale.position(bin.lower), right = xScale.position(bin.upper), top = yScale.position(bin.count)
            canvas.svg.open("rect", [("x", SVGWriter.number(left)), ("y", SVGWriter.number(top)), ("width", SVGWriter.number(right - left)),
                                     ("height", SVGWriter.number(canvas.plotBottom - top))])
            canvas.svg.element("title", text: "\(xStyle.label(bin.lower)) to \(xStyle.label(bin.upper)): "
                               + DisplayFormat.number(bin.count, decimals: 2))
            canvas.svg.close()
        }
        canvas.svg.close()
        for (index, marker) in markers.enumerated() {
            let x = xScale.position(marker.value)
            canvas.svg.empty("line", [("x1", SVGWriter.number(x)), ("y1", SVGWriter.number(canvas.plotTop)), ("x2", SVGWriter.number(x)),
                                      ("y2", SVGWriter.number(canvas.plotBottom)), ("stroke", ChartPalette.color(5)),
                                      ("stroke-width", "2"), ("stroke-dasharray", "5 3")])
            let nearRight = x > canvas.plotRight - 100
            canvas.svg.element("text", [("x", SVGWriter.number(nearRight ? x - 4 : x + 4)),
                                        ("y", SVGWriter.number(canvas.plotTop + 12 + Double(index % 3) * 13)),
                                        ("text-anchor", nearRight ? "end" : "start"), ("font-size", "11"), ("stroke", "#FFFFFF"),
                                        ("stroke-width", "3"), ("paint-order", "stroke"),
                                        ("font-weight", "bold"), ("fill", ChartPalette.text)],
                               text: ChartCanvas.fit(marker.label + " " + xStyle.label(marker.value), characters: 32))
        }
        return canvas.finish()
    }
}
