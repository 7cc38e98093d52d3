import TierwiseModel

/// The one-line verdict the gate's reports share.
enum GateSummary {
    /// "passed: 10 use cases in 1 catalog, 0 errors, 2 warnings, 1 note".
    static func line(_ report: GateReport) -> String {
        let catalogs = report.catalogs.count
        return "\(report.outcome.rawValue): \(report.useCaseCount) use case\(report.useCaseCount == 1 ? "" : "s") in "
            + "\(catalogs) catalog\(catalogs == 1 ? "" : "s"), " + counts(report)
    }

    /// "0 errors, 2 warnings, 1 note".
    static func counts(_ report: GateReport) -> String {
        let e = report.count(.error), w = report.count(.warning), n = report.count(.note)
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s"), \(n) note\(n == 1 ? "" : "s")"
    }
}
