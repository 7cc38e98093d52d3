import TierwiseModel

/// `tierwise check --format github`: GitHub Actions workflow commands that
/// put each finding on its catalog line (`::error file=…,line=…,col=…,title=…::message`),
/// escaped as GitHub's toolkit escapes them (``GitHubCommandText``).
/// GitHub shows at most 10 annotations of each level per step, so the first
/// ``annotationsPerLevel`` of each level are annotations and the rest plain
/// log lines under a line that counts them.
public enum GateGitHubReport {
    /// Annotations written per level.
    public static let annotationsPerLevel = 10

    /// Renders the report.
    public static func render(_ report: GateReport) -> String {
        var out = ""
        var rest: [GateFinding] = []
        var written: [FindingLevel: Int] = [:]
        for finding in report.findings {
            let count = written[finding.level, default: 0]
            guard count < annotationsPerLevel else { rest.append(finding); continue }
            written[finding.level] = count + 1
            let l = finding.location
            out += "::\(command(finding.level)) file=\(GitHubCommandText.property(l.file)),line=\(l.line),col=\(l.column),"
                + "title=\(GitHubCommandText.property(finding.title))::\(GitHubCommandText.data(finding.message))\n"
        }
        if !rest.isEmpty {
            let counts = FindingLevel.allCases.compactMap { level -> String? in
                let n = rest.count { $0.level == level }
                return n == 0 ? nil : "\(n) \(level.rawValue)\(n == 1 ? "" : "s")"
            }
            out += "tierwise: \(counts.joined(separator: ", ")) more, not annotated (GitHub shows \(annotationsPerLevel) "
                + "annotations per level in a step):\n"
            for finding in rest {
                let l = finding.location
                out += "  \(GitHubCommandText.data(l.file)):\(l.line):\(l.column): \(finding.level.rawValue): "
                    + GitHubCommandText.data(finding.message) + "\n"
            }
        }
        out += "tierwise check " + GateSummary.line(report) + "\n"
        return out
    }

    private static func command(_ level: FindingLevel) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .note: "notice"
        }
    }
}
