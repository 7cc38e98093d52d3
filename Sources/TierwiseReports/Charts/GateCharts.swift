import TierwiseModel

/// The chart of `tierwise check --charts DIR`: errors and warnings per rule.
public enum GateCharts {
    /// The chart's file name.
    public static let findingsFileName = "findings.svg"

    /// Errors and warnings per rule (validation included), one bar pair per rule.
    public static func findings(_ report: GateReport) -> BarChart {
        let counts = report.countsByRule
        return BarChart(
            title: "Findings per rule",
            description: "Errors (deny rules, invalid input) and warnings (warn rules, unknown fields) per rule; notes left out",
            categories: counts.map(\.ruleID),
            series: [ChartSeries(name: "errors", values: counts.map { Double($0.errors) }),
                     ChartSeries(name: "warnings", values: counts.map { Double($0.warnings) })],
            orientation: counts.count > 6 ? .horizontal : .vertical, valueStyle: .number, valueAxisTitle: "findings")
    }
}
