import TierwiseJSON
import TierwiseModel

/// `tierwise check --format text`: one line per catalog, one per finding
/// (`FILE:LINE:COLUMN: level: message`, as compilers write them), and the verdict.
public enum GateTextReport {
    /// Renders the report.
    public static func render(_ report: GateReport) -> String {
        var out = ""
        for catalog in report.catalogs where catalog.isValid {
            let count = catalog.useCaseNames.count
            out += "\(VisibleText.escaped(catalog.file)): valid, \(count) use case\(count == 1 ? "" : "s")\n"
        }
        for finding in report.findings {
            let l = finding.location
            out += "\(VisibleText.escaped(l.file)):\(l.line):\(l.column): \(finding.level.rawValue): "
                + VisibleText.escaped(finding.message) + "\n"
        }
        if let delta = report.portfolioDelta, let file = report.baseFile {
            out += "portfolio against \(VisibleText.escaped(file)): \(DisplayFormat.usd(delta.base.recommendedMonthlyUSD)) -> "
                + "\(DisplayFormat.usd(delta.head.recommendedMonthlyUSD)) a month, "
                + "\(ComparisonFormat.delta(delta.monthlyDeltaUSD, delta.monthlyDeltaPercent))\n"
        }
        out += "check " + GateSummary.line(report) + "\n"
        return out
    }
}
