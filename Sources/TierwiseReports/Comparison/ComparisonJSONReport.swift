import TierwiseJSON
import TierwiseModel

/// `tierwise diff --format json`: every use case compared, the portfolio
/// delta. Money in USD to the cent; a percentage without a base is `null`.
public enum ComparisonJSONReport {
    /// The version of this report's shape.
    public static let formatVersion = 1

    /// Renders the comparison.
    public static func render(_ c: CatalogComparison) -> [UInt8] {
        var w = JSONWriter(lineBreakDepth: 3, reservingCapacity: 4096 + c.useCases.count * 600)
        w.beginObject()
        w.member("format_version", formatVersion)
        w.member("kind", "diff")
        w.member("currency", "USD")
        w.key("base"); source(c.baseFile, c.baseSource, into: &w)
        w.key("head"); source(c.headFile, c.headSource, into: &w)
        w.key("counts")
        w.beginObject(inline: true)
        for change in UseCaseComparison.Change.allCases { w.key(dynamic: change.rawValue); w.integer(c.count(change)) }
        w.endObject()
        let p = c.portfolio
        w.key("portfolio")
        w.beginObject()
        w.key("base"); portfolio(p.base, into: &w)
        w.key("head"); portfolio(p.head, into: &w)
        w.member("monthly_delta", usd: p.monthlyDeltaUSD)
        w.key("monthly_delta_percent"); w.optionalNumber(p.monthlyDeltaPercent)
        w.member("first_year_delta", usd: p.firstYearDeltaUSD)
        w.key("first_year_delta_percent"); w.optionalNumber(p.firstYearDeltaPercent)
        w.endObject()
        w.key("use_cases")
        w.beginArray()
        for u in c.useCases {
            w.beginObject()
            w.member("name", u.name)
            w.member("change", u.change.rawValue)
            w.key("changed_fields")
            w.beginArray(inline: true)
            for field in u.changedFields { w.string(field) }
            w.endArray()
            w.member("monthly_delta", usd: u.monthlyDeltaUSD)
            w.key("monthly_delta_percent"); w.optionalNumber(u.monthlyDeltaPercent)
            w.member("first_year_delta", usd: u.firstYearDeltaUSD)
            w.key("base"); snapshot(u.base, into: &w)
            w.key("head"); snapshot(u.head, into: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.takeBytes()
    }

    private static func source(_ file: String, _ source: AnalysisSnapshot.Source, into w: inout JSONWriter) {
        w.beginObject(inline: true)
        w.member("file", file)
        w.member("source", source.rawValue)
        w.endObject()
    }

    static func portfolio(_ p: PortfolioSnapshot, into w: inout JSONWriter) {
        w.beginObject(inline: true)
        w.member("recommended_monthly_total", usd: p.recommendedMonthlyUSD)
        w.member("recommended_first_year_cost", usd: p.recommendedFirstYearUSD)
        w.member("stated_monthly_total", usd: p.statedMonthlyUSD)
        w.member("stated_first_year_cost", usd: p.statedFirstYearUSD)
        w.endObject()
    }

    private static func snapshot(_ s: UseCaseSnapshot?, into w: inout JSONWriter) {
        guard let s else { return w.null() }
        w.beginObject(inline: true)
        w.member("stated_tier", s.statedTier.rawValue)
        w.member("recommended_tier", s.recommendedTier.rawValue)
        w.member("pattern", s.pattern)
        w.member("monthly_cost", usd: s.monthlyUSD)
        w.member("first_year_cost", usd: s.firstYearUSD)
        w.member("stated_monthly_cost", usd: s.statedMonthlyUSD)
        w.key("recommended_move")
        if let move = s.move {
            w.beginObject(inline: true)
            w.member("from_tier", move.from.rawValue)
            w.member("to_tier", move.to.rawValue)
            w.key("payback_from_build_start_months"); w.optionalNumber(move.paybackMonths)
            w.member("pays_back", move.paysBack)
            w.endObject()
        } else {
            w.null()
        }
        w.endObject()
    }
}
