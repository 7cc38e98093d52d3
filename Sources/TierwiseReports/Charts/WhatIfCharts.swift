import TierwiseModel

/// The charts of the what-if commands, made from their results' values: a
/// sweep's cost curve with its flip points, a use case's tornado, and the
/// distribution of the portfolio's cost over Monte Carlo draws.
public enum WhatIfCharts {
    /// The sweep chart's file name.
    public static let sweepFileName = "sweep.svg"
    /// The Monte Carlo distribution chart's file name.
    public static let distributionFileName = "portfolio-distribution.svg"
    /// Bins of the distribution chart.
    public static let distributionBins = 20

    /// Monthly cost across a one-input sweep, a marker at each flip naming the new
    /// recommendation, the x range shaded by recommended tier; nil for a grid.
    public static func sweep(_ s: SweepResult) -> LineChart? {
        guard s.secondAxis == nil else { return nil }
        let points = s.points.map { LineChart.Point(x: s.axis.values[$0.first], y: $0.recommendation.monthlyCostUSD) }
        let markers = s.points.filter(\.flips).map {
            LineChart.Marker(x: s.axis.values[$0.first], label: "→ " + $0.recommendation.tier.rawValue)
        }
        var bands: [LineChart.Band] = []
        var start = 0
        for index in s.points.indices where index == s.points.count - 1 || s.points[index + 1].flips {
            bands.append(LineChart.Band(from: s.axis.values[s.points[start].first], to: s.axis.values[s.points[index].first],
                                        category: s.points[index].recommendation.tier.rawValue))
            start = index + 1
        }
        return LineChart(
            title: "\(s.useCaseName): monthly cost across \(s.axis.input.rawValue)",
            description: "Recommended monthly cost at each of \(s.points.count) values; markers where the recommendation flips",
            xAxisTitle: s.axis.input.rawValue, yAxisTitle: "USD per month", xStyle: .number, yStyle: .usd,
            series: [LineChart.Series(name: "Monthly cost", points: points, interpolation: .step)], markers: markers,
            bands: bands, logarithmicX: s.axis.isLogarithmic)
    }

    /// The Mermaid line of a one-input sweep's monthly cost (x values as categories); nil for a grid.
    public static func sweepMermaid(_ s: SweepResult) -> MermaidXYChart? {
        guard s.secondAxis == nil else { return nil }
        return MermaidXYChart(
            title: "Monthly cost across \(s.axis.input.rawValue) (USD)",
            categories: s.axis.values.map { DisplayFormat.number($0, decimals: 4) }, yAxisTitle: "USD per month",
            series: [.init(kind: .line, values: s.points.map(\.recommendation.monthlyCostUSD))])
    }

    /// The tornado of one use case: each ranged input's swing of the tracked move's net benefit around its likely value.
    public static func tornado(_ u: UncertaintyResult.UseCase) -> TornadoChart {
        let base = u.trackedNetBenefitAtLikelyUSD ?? 0
        var move: String?
        if let from = u.trackedMoveFrom, let to = u.trackedMoveTo { move = from.rawValue + " → " + to.rawValue }
        return TornadoChart(
            title: "\(u.name): what swings the net benefit" + (move.map { " of \($0)" } ?? ""),
            description: "Net benefit per month with one input at its low and its high, the others at their likely values",
            baseLabel: DisplayFormat.usdRounded(base) + "/month", outcomeName: "net benefit / month",
            valueStyle: .usd,
            rows: u.tornado.map { bar in
                TornadoChart.Row(
                    name: bar.input.rawValue + (bar.flips ? " ⇄" : ""), lowDelta: bar.netBenefitAtLowUSD - base,
                    highDelta: bar.netBenefitAtHighUSD - base,
                    lowLabel: DisplayFormat.number(bar.low, decimals: 4), highLabel: DisplayFormat.number(bar.high, decimals: 4))
            })
    }

    /// The distribution of the portfolio's monthly cost over the draws, with P10, P50 and P90 marked.
    public static func distribution(_ r: UncertaintyResult) -> HistogramChart {
        let samples = r.portfolioSamplesUSD.filter(\.isFinite)
        var bins: [HistogramChart.Bin] = []
        if let low = samples.min(), let high = samples.max() {
            let width = high > low ? (high - low) / Double(distributionBins) : 1
            var counts = [Double](repeating: 0, count: distributionBins)
            for sample in samples {
                let index = high > low ? min(distributionBins - 1, max(0, Int(((sample - low) / width).rounded(.down)))) : 0
                counts[index] += 1
            }
            bins = counts.enumerated().map { HistogramChart.Bin(lower: low + Double($0) * width, upper: low + Double($0 + 1) * width, count: $1) }
        }
        let p = r.portfolioMonthlyCostUSD
        return HistogramChart(
            title: "Portfolio monthly cost over \(r.draws) draws",
            description: "Recommended monthly cost of the whole portfolio in each draw (\(samples.count) kept)",
            xAxisTitle: "USD per month", bins: bins, markers: HistogramChart.percentiles(p10: p.p10, p50: p.p50, p90: p.p90))
    }
}
