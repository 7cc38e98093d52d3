import TierwiseJSON
import TierwiseModel

/// The terminal text of `tierwise simulate`: a line per use case, then its claims.
public enum SimulationTextReport {
    /// The whole report.
    public static func render(_ report: SimulationReport) -> String {
        var rows: [[String]] = []
        for r in report.simulations {
            rows.append([
                VisibleText.escaped(r.name), VisibleText.escaped(r.pipeline.pattern),
                r.targets.latencyP99Seconds.map { SimulationDuration.format(seconds: $0) } ?? "-",
                SimulationMarkdownReport.latency(r.average.latencySeconds.p99, stable: r.average.isStable),
                SimulationMarkdownReport.latency(r.peak.latencySeconds.p99, stable: r.peak.isStable),
                "\(r.capacity.coresNeededAtPeak)", r.overallVerdict.rawValue,
            ])
        }
        var out = TextTable(headers: ["use case", "pattern", "p99 target", "p99 avg", "p99 peak", "cores", "verdict"], rows: rows,
                            rightAligned: [2, 3, 4, 5]).render()
        for r in report.simulations {
            out += "\n" + VisibleText.escaped(r.name) + ":\n"
            if let live = r.wallClock { out += "  " + SimulationMarkdownReport.liveLine(live, simulated: r.average) + "\n" }
            for claim in r.claims {
                out += "  " + claim.verdict.rawValue + "  " + claim.claim + ": " + claim.measured + " (target " + claim.target + "). "
                    + claim.reason + "\n"
            }
        }
        out += "\nseed \(report.seed); service times from \(report.calibration.source)\n"
        return out
    }
}
