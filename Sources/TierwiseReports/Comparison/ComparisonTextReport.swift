import TierwiseJSON
import TierwiseModel

/// `tierwise diff --format text`: the summary, then one line per use case that changed.
public enum ComparisonTextReport {
    /// Renders the comparison.
    public static func render(_ c: CatalogComparison) -> String {
        let p = c.portfolio
        var out = "tierwise diff: \(c.baseFile) (\(c.baseSource.rawValue)) -> \(c.headFile) (\(c.headSource.rawValue))\n"
        out += "use cases: \(c.count(.changed)) changed, \(c.count(.added)) added, \(c.count(.removed)) removed, "
            + "\(c.count(.unchanged)) unchanged\n"
        out += "monthly, recommended mix: \(DisplayFormat.usd(p.base.recommendedMonthlyUSD)) -> "
            + "\(DisplayFormat.usd(p.head.recommendedMonthlyUSD)), \(ComparisonFormat.delta(p.monthlyDeltaUSD, p.monthlyDeltaPercent))\n"
        out += "first year, recommended mix: \(DisplayFormat.usd(p.base.recommendedFirstYearUSD)) -> "
            + "\(DisplayFormat.usd(p.head.recommendedFirstYearUSD)), "
            + "\(ComparisonFormat.delta(p.firstYearDeltaUSD, p.firstYearDeltaPercent))\n"
        for u in c.useCases where u.change != .unchanged {
            let b = u.base, h = u.head
            out += "\(u.change.rawValue) \(VisibleText.escaped(u.name)): tier "
                + ComparisonFormat.change(b?.recommendedTier.rawValue, h?.recommendedTier.rawValue)
                + ", pattern " + ComparisonFormat.change(b?.pattern, h?.pattern)
                + ", monthly " + ComparisonFormat.change(b.map { DisplayFormat.usd($0.monthlyUSD) }, h.map { DisplayFormat.usd($0.monthlyUSD) })
                + " (\(ComparisonFormat.signedUSD(u.monthlyDeltaUSD)))"
                + ", payback " + ComparisonFormat.change(b.map { ComparisonFormat.payback($0.move) }, h.map { ComparisonFormat.payback($0.move) })
            if !u.changedFields.isEmpty { out += ", inputs " + u.changedFields.joined(separator: ",") }
            out += "\n"
        }
        return out
    }
}
