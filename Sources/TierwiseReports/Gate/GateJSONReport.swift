import TierwiseJSON
import TierwiseModel

/// `tierwise check --format json`: the verdict, the catalogs, the rules and
/// every finding with its place.
public enum GateJSONReport {
    /// The version of this report's shape.
    public static let formatVersion = 1

    /// Renders the report.
    public static func render(_ report: GateReport) -> [UInt8] {
        var w = JSONWriter(lineBreakDepth: 2, reservingCapacity: 4096 + report.findings.count * 400)
        w.beginObject()
        w.member("format_version", formatVersion)
        w.member("kind", "check")
        w.member("outcome", report.outcome.rawValue)
        w.member("strict", report.isStrict)
        w.key("counts")
        w.beginObject()
        for level in FindingLevel.allCases { w.key(dynamic: level.rawValue); w.integer(report.count(level)) }
        w.endObject()
        w.key("catalogs")
        w.beginArray()
        for catalog in report.catalogs {
            w.beginObject()
            w.member("file", catalog.file)
            w.member("valid", catalog.isValid)
            w.member("use_case_count", catalog.useCaseNames.count)
            w.member("warning_count", catalog.warningCount)
            w.endObject()
        }
        w.endArray()
        w.key("base"); w.optionalString(report.baseFile)
        w.key("portfolio")
        if let portfolio = report.portfolio { ComparisonJSONReport.portfolio(portfolio, into: &w) } else { w.null() }
        w.key("portfolio_delta")
        if let delta = report.portfolioDelta {
            w.beginObject()
            w.member("monthly_delta", usd: delta.monthlyDeltaUSD)
            w.key("monthly_delta_percent"); w.optionalNumber(delta.monthlyDeltaPercent)
            w.member("first_year_delta", usd: delta.firstYearDeltaUSD)
            w.key("first_year_delta_percent"); w.optionalNumber(delta.firstYearDeltaPercent)
            w.endObject()
        } else {
            w.null()
        }
        w.key("rules")
        w.beginArray()
        for rule in report.rules {
            w.beginObject()
            w.member("id", rule.id)
            w.member("kind", rule.kind.name)
            w.member("level", rule.level.rawValue)
            w.member("scope", rule.kind.scope.rawValue)
            w.member("summary", rule.summary)
            w.endObject()
        }
        w.endArray()
        w.key("findings")
        w.beginArray()
        for f in report.findings {
            w.beginObject()
            w.member("rule", f.ruleID)
            w.member("level", f.level.rawValue)
            w.key("use_case"); w.optionalString(f.useCase)
            w.key("figure"); w.optionalString(f.figure)
            w.key("threshold"); w.optionalString(f.threshold)
            w.member("message", f.message)
            w.member("file", f.location.file)
            w.member("json_path", f.location.jsonPath)
            w.member("line", f.location.line)
            w.member("column", f.location.column)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.takeBytes()
    }
}
