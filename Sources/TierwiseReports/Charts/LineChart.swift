/// Lines through x/y points (a sweep's curve), on a linear or logarithmic x
/// axis, with labelled vertical markers (where the recommendation flips) and
/// optional bands that colour stretches of the x axis by category (the
/// recommended tier over each range). It renders the values it is given and
/// computes nothing but the layout.
///
///     let chart = LineChart(
///         title: "Net benefit vs delay cost", xStyle: .usd, yStyle: .usd,
///         series: [.init(name: "Net benefit / month", points: [.init(x: 1, y: -500), .init(x: 10, y: 2_000)])],
///         markers: [.init(x: 4.2, label: "flips to near_real_time")],
///         bands: [.init(from: 1, to: 4.2, category: "batch"), .init(from: 4.2, to: 10, category: "near_real_time")],
///         logarithmicX: true)
public struct LineChart: Sendable, Equatable {
    /// One point.
    public struct Point: Sendable, Equatable {
        /// The x value.
        public var x: Double
        /// The y value.
        public var y: Double

        /// Creates a `Point`.
        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// How a series joins its points.
    public enum Interpolation: Sendable, Equatable {
        /// Straight lines between points.
        case linear
        /// A step: level until the next point's x, then up or down.
        case step
    }

    /// One named line.
    public struct Series: Sendable, Equatable {
        /// The legend's name.
        public var name: String
        /// The points, in the order drawn (a point with a non-finite coordinate is skipped).
        public var points: [Point]
        /// How the points are joined.
        public var interpolation: Interpolation
        /// Drawn dashed (a second measure against the first).
        public var isDashed: Bool

        /// Creates a `Series`.
        public init(name: String, points: [Point], interpolation: Interpolation = .linear, isDashed: Bool = false) {
            self.name = name
            self.points = points
            self.interpolation = interpolation
            self.isDashed = isDashed
        }
    }

    /// A labelled vertical line at `x` (a flip point).
    public struct Marker: Sendable, Equatable {
        /// The x value.
        public var x: Double
        /// The marker's label ("P50", "flips to batch").
        public var label: String

        /// Creates a `Marker`.
        public init(x: Double, label: String) {
            self.x = x
            self.label = label
        }
    }

    /// A stretch of the x axis shaded in its category's colour; bands of the
    /// same category share a colour and one legend entry.
    public struct Band: Sendable, Equatable {
        /// Where the band starts on the x axis.
        public var from: Double
        /// Where the band ends on the x axis.
        public var to: Double
        /// The category it shows (the recommended tier), named in the legend.
        public var category: String

        /// Creates a `Band`.
        public init(from: Double, to: Double, category: String) {
            self.from = from
            self.to = to
            self.category = category
        }
    }

    /// The chart's title, at its top and as its accessible name.
    public var title: String
    /// What the chart shows, for screen readers (the generated summary follows it).
    public var description: String
    /// The x axis's title.
    public var xAxisTitle: String?
    /// The y axis's title.
    public var yAxisTitle: String?
    /// How x values are written.
    public var xStyle: ChartValueStyle
    /// How y values are written.
    public var yStyle: ChartValueStyle
    /// The series, drawn in order, coloured by the palette in order.
    public var series: [Series]
    /// The labelled vertical markers: flip points.
    public var markers: [Marker]
    /// The shaded stretches of the x axis.
    public var bands: [Band]
    /// A logarithmic x axis (points, markers and bands at x ≤ 0 are then skipped).
    public var logarithmicX: Bool
    /// Whether the y axis reaches down (or up) to zero.
    public var yIncludesZero: Bool
    /// The document's size in pixels.
    public var width: Double, height: Double

    /// Creates a `LineChart`; only the title and series are required.
    public init(
        title: String, description: String = "", xAxisTitle: String? = nil, yAxisTitle: String? = nil,
        xStyle: ChartValueStyle = .number, yStyle: ChartValueStyle = .usd, series: [Series], markers: [Marker] = [],
        bands: [Band] = [], logarithmicX: Bool = false, yIncludesZero: Bool = true, width: Double = 720, height: Double = 400
    ) {
        self.title = title
        self.description = description
        self.xAxisTitle = xAxisTitle
        self.yAxisTitle = yAxisTitle
        self.xStyle = xStyle
        self.yStyle = yStyle
        self.series = series
        self.markers = markers
        self.bands = bands
        self.logarithmicX = logarithmicX
        self.yIncludesZero = yIncludesZero
        self.width = width
        self.height = height
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String {
        var skipped = 0
        func usableX(_ x: Double) -> Bool { x.isFinite && (!logarithmicX || x > 0) }
        let drawn: [[Point]] = series.map { s in
            s.points.filter { point in
                let ok = usableX(point.x) && point.y.isFinite
                if !ok { skipped += 1 }
                return ok
            }
        }
        let markers = self.markers.filter { marker in
            if !usableX(marker.x) { skipped += 1 }
            return usableX(marker.x)
        }
        let bands = self.bands.filter { band in
            let ok = usableX(band.from) && usableX(band.to)
            if !ok { skipped += 1 }
            return ok
        }
        let all = drawn.flatMap { $0 }
        var summary = ChartCanvas.lead(description) + "Line chart: \(series.count) series, \(all.count) points"
        if !markers.isEmpty {
            summary += ", " + (markers.count == 1 ? "1 marker" : "\(markers.count) markers") + " at "
                + markers.prefix(10).map { "\($0.label) (\(xStyle.label($0.x)))" }.joined(separator: ", ")
        }
        if all.isEmpty { summary += ". No data" }
        summary += "." + ChartCanvas.skippedNote(skipped)
        var canvas = ChartCanvas(width: width, height: height, margins: ChartCanvas.standardMargins, title: title, description: summary)
        let categories = bands.reduce(into: [String]()) { names, band in
            if !names.contains(band.category) { names.append(band.category) }
        }
        let bandColorOffset = series.count
        var legend: [ChartCanvas.LegendEntry] = []
        if series.count > 1 || !categories.isEmpty {
            legend += series.indices.map { .init(name: series[$0].name, color: ChartPalette.color($0), isLine: true,
                                                 isDashed: series[$0].isDashed) }
        }
        legend += categories.indices.map { .init(name: categories[$0], color: ChartPalette.color(bandColorOffset + $0), opacity: 0.25) }
        if !legend.isEmpty { canvas.legend(legend) }
        guard !all.isEmpty else {
            canvas.noData()
            return canvas.finish()
        }
        let xs = all.map(\.x) + markers.map(\.x) + bands.flatMap { [$0.from, $0.to] }
        let ys = all.map(\.y)
        let xLow = xs.min() ?? 0, xHigh = xs.max() ?? 1
        var yLow = ys.min() ?? 0, yHigh = ys.max() ?? 1
        if yIncludesZero {
            yLow = min(yLow, 0)
            yHigh = max(yHigh, 0)
        }
        let xTicks = logarithmicX ? ChartTicks.logarithmic(from: xLow, to: xHigh) : ChartTicks.nice(from: xLow, to: xHigh, count: 6)
        let yTicks = ChartTicks.nice(from: yLow, to: yHigh)
        let xScale = ChartScale(lower: xTicks.first ?? 0, upper: xTicks.last ?? 1, start: canvas.plotLeft, end: canvas.plotRight,
                                isLogarithmic: logarithmicX)
        let yScale = ChartScale(lower: yTicks.first ?? 0, upper: yTicks.last ?? 1, start: canvas.plotBottom, end: canvas.plotTop)
        for band in bands {
            let left = xScale.position(min(band.from, band.to)), right = xScale.position(max(band.from, band.to))
            let color = ChartPalette.color(bandColorOffset + (categories.firstIndex(of: band.category) ?? 0))
            canvas.svg.open("rect", [("x", SVGWriter.number(left)), ("y", SVGWriter.number(canvas.plotTop)),
                                     ("width", SVGWriter.number(right - left)),
                                     ("height", SVGWriter.number(canvas.plotBottom - canvas.plotTop)),
                                     ("fill", color), ("fill-opacity", "0.25")])
            canvas.svg.element("title", text: band.category)
            canvas.svg.close()
        }
        canvas.valueAxisY(yScale, ticks: yTicks, style: yStyle, title: yAxisTitle)
        canvas.valueAxisX(xScale, ticks: xTicks, style: xStyle, title: xAxisTitle)
        if yTicks.first ?? 0 < 0 && yTicks.last ?? 0 > 0 {
            let zero = yScale.position(0)
            canvas.svg.empty("line", [("x1", SVGWriter.number(canvas.plotLeft)), ("y1", SVGWriter.number(zero)),
                                      ("x2", SVGWriter.number(canvas.plotRight)), ("y2", SVGWriter.number(zero)),
                                      ("stroke", ChartPalette.axis), ("stroke-width", "1")])
        }
        for (index, points) in drawn.enumerated() where !points.isEmpty {
            var coordinates: [String] = []
            var previous: (Double, Double)?
            for point in points {
                let x = xScale.position(point.x), y = yScale.position(point.y)
                if series[index].interpolation == .step, let previous {
                    coordinates.append(SVGWriter.number(x) + "," + SVGWriter.number(previous.1))
                }
                coordinates.append(SVGWriter.number(x) + "," + SVGWriter.number(y))
                previous = (x, y)
            }
            var attributes = [("points", coordinates.joined(separator: " ")), ("fill", "none"), ("stroke", ChartPalette.color(index)),
                              ("stroke-width", "2"), ("stroke-linejoin", "round")]
            if series[index].isDashed { attributes.append(("stroke-dasharray", "6 4")) }
            canvas.svg.empty("polyline", attributes)
            if points.count <= 60 {
                canvas.svg.open("g", [("fill", ChartPalette.color(index))])
                for point in points {
                    canvas.svg.open("circle", [("cx", SVGWriter.number(xScale.position(point.x))),
                                               ("cy", SVGWriter.number(yScale.position(point.y))), ("r", "2.5")])
                    canvas.svg.element("title", text: "\(series[index].name): \(xStyle.label(point.x)) → \(yStyle.label(point.y))")
                    canvas.svg.close()
                }
                canvas.svg.close()
            }
        }
        for (index, marker) in markers.enumerated() {
            let x = xScale.position(marker.x)
            canvas.svg.empty("line", [("x1", SVGWriter.number(x)), ("y1", SVGWriter.number(canvas.plotTop)), ("x2", SVGWriter.number(x)),
                                      ("y2", SVGWriter.number(canvas.plotBottom)), ("stroke", ChartPalette.marker),
                                      ("stroke-width", "1.5"), ("stroke-dasharray", "5 3")])
            let nearRight = x > canvas.plotRight - 140
            canvas.svg.element("text", [("x", SVGWriter.number(nearRight ? x - 4 : x + 4)),
                                        ("y", SVGWriter.number(canvas.plotTop + 12 + Double(index % 4) * 13)),
                                        ("text-anchor", nearRight ? "end" : "start"), ("font-size", "11"), ("stroke", "#FFFFFF"),
                                        ("stroke-width", "3"), ("paint-order", "stroke"),
                                        ("fill", ChartPalette.marker)],
                               text: ChartCanvas.fit(marker.label + " (" + xStyle.label(marker.x) + ")", characters: 40))
        }
        return canvas.finish()
    }
}
