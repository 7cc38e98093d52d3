import TierwiseModel

/// `tierwise diff --format markdown`: a pull-request comment. The summary
/// comes first; the rows of use cases that changed follow while the comment
/// stays under GitHub's 65,536-character limit, then a note says how many
/// were left out. It starts with the hidden marker ``marker`` and holds
/// nothing that varies between runs, so a workflow can find its comment and
/// update it in place.
public enum ComparisonMarkdownReport {
    /// The hidden first line that identifies the comment.
    public static let marker = "<!-- tierwise diff -->"

    /// Renders the comparison.
    public static func render(_ c: CatalogComparison) -> String {
        let p = c.portfolio
        var head = marker + "\n"
        head += "### tierwise diff: \(ComparisonFormat.delta(p.monthlyDeltaUSD, p.monthlyDeltaPercent)) a month\n\n"
        head += "Base `\(MarkdownText.inline(c.baseFile))` (\(c.baseSource.rawValue.replacingOccurrences(of: "_", with: " "))) → "
            + "head `\(MarkdownText.inline(c.headFile))` (\(c.headSource.rawValue.replacingOccurrences(of: "_", with: " "))): "
            + "\(c.count(.changed)) changed, \(c.count(.added)) added, \(c.count(.removed)) removed, "
            + "\(c.count(.unchanged)) unchanged.\n\n"
        head += "| Portfolio | Base | Head | Change |\n|---|---:|---:|---:|\n"
        head += "| Monthly, recommended mix | \(DisplayFormat.usd(p.base.recommendedMonthlyUSD)) | "
            + "\(DisplayFormat.usd(p.head.recommendedMonthlyUSD)) | \(ComparisonFormat.delta(p.monthlyDeltaUSD, p.monthlyDeltaPercent)) |\n"
        head += "| First year, recommended mix | \(DisplayFormat.usd(p.base.recommendedFirstYearUSD)) | "
            + "\(DisplayFormat.usd(p.head.recommendedFirstYearUSD)) | "
            + "\(ComparisonFormat.delta(p.firstYearDeltaUSD, p.firstYearDeltaPercent)) |\n"
        head += "| Monthly, stated tiers | \(DisplayFormat.usd(p.base.statedMonthlyUSD)) | \(DisplayFormat.usd(p.head.statedMonthlyUSD)) | "
            + "\(ComparisonFormat.signedUSD(p.head.statedMonthlyUSD - p.base.statedMonthlyUSD)) |\n"
        let changed = c.useCases.filter { $0.change != .unchanged }
        guard !changed.isEmpty else { return head + "\nNo use case changed.\n" }
        head += "\n#### Use cases that changed\n\n"
        head += "| Use case | Change | Stated tier | Recommended tier | Pattern | Monthly | First year | Payback | Inputs changed |\n"
        head += "|---|---|---|---|---|---:|---:|---|---|\n"
        var budget = CommentBudget(head: head)
        for u in changed {
            let b = u.base, h = u.head
            var row = "| \(MarkdownText.inline(u.name)) | \(u.change.rawValue) | "
            row += ComparisonFormat.change(b?.statedTier.rawValue, h?.statedTier.rawValue) + " | "
            row += ComparisonFormat.change(b?.recommendedTier.rawValue, h?.recommendedTier.rawValue) + " | "
            row += ComparisonFormat.change(b?.pattern, h?.pattern) + " | "
            row += ComparisonFormat.change(b.map { DisplayFormat.usd($0.monthlyUSD) }, h.map { DisplayFormat.usd($0.monthlyUSD) })
            row += " (\(ComparisonFormat.signedUSD(u.monthlyDeltaUSD))) | "
            row += ComparisonFormat.signedUSD(u.firstYearDeltaUSD) + " | "
            row += ComparisonFormat.change(b.map { ComparisonFormat.payback($0.move) }, h.map { ComparisonFormat.payback($0.move) }) + " | "
            row += (u.changedFields.isEmpty ? "—" : u.changedFields.map { "`\($0)`" }.joined(separator: ", ")) + " |\n"
            budget.add(row)
        }
        if budget.omitted > 0 {
            budget.append("\n_… and \(budget.omitted) more use case\(budget.omitted == 1 ? "" : "s") not shown, to keep this "
                + "comment under GitHub's 65,536-character limit; `tierwise diff --format json` lists them all._\n")
        }
        return budget.text
    }
}
