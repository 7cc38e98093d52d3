import TierwiseJSON
import TierwiseModel

/// `tierwise sweep` as Markdown, JSON or text: the recommendation at each
/// point, flips marked; a grid of two inputs as a table of tiers.
public enum SweepReport {
    /// Markdown: a table per point (one input) or a grid (two), with the flips marked ⇄.
    /// `chartLink` (from `--charts`) adds the SVG chart; a one-input sweep always carries a Mermaid line chart.
    public static func markdown(_ s: SweepResult, chartLink: String? = nil) -> String {
        var out = MarkdownWriter(reservingCapacity: 4_096 + s.points.count * 120)
        out.raw("# Sweep: ")
        out.inline(s.useCaseName)
        out.raw("\n\nModel: tierwise. Now: ")
        out.text(s.base.label)
        out.raw(", ")
        out.text(DisplayFormat.usdRounded(s.base.monthlyCostUSD))
        out.raw("/month. ")
        out.integer(s.flipCount)
        out.raw(s.flipCount == 1 ? " point flips" : " points flip")
        out.raw(" (⇄: the recommendation differs from the point before).\n\n")
        if let second = s.secondAxis {
            out.raw("| ")
            out.text(s.axis.input.rawValue)
            out.raw(" \\ ")
            out.text(second.input.rawValue)
            for value in second.values {
                out.raw(" | ")
                out.number(value, decimals: 4)
            }
            out.raw(" |\n|---")
            for _ in second.values { out.raw("|---") }
            out.raw("|\n")
            for (i, value) in s.axis.values.enumerated() {
                out.raw("| ")
                out.number(value, decimals: 4)
                for point in s.points where point.first == i {
                    out.raw(" | ")
                    if point.flips { out.raw("⇄ ") }
                    out.text(point.recommendation.tier.rawValue)
                }
                out.raw(" |\n")
            }
            return out.text
        }
        if let chartLink {
            out.raw("![Monthly cost across the sweep](")
            out.text(chartLink)
            out.raw(")\n\n")
        }
        if let mermaid = WhatIfCharts.sweepMermaid(s) {
            out.text(mermaid.text)
            out.raw("\n\n")
        }
        out.raw("| ")
        out.text(s.axis.input.rawValue)
        out.raw(" | Tier | Pattern | Monthly cost | Delay loss / month | Payback of the move |\n")
        out.raw("|---:|---|---|---:|---:|---|\n")
        for point in s.points {
            let r = point.recommendation
            out.raw("| ")
            if point.flips { out.raw("⇄ ") }
            out.number(s.axis.values[point.first], decimals: 4)
            out.raw(" | ")
            out.text(r.tier.rawValue)
            out.raw(" | ")
            out.text(r.pattern.title)
            out.raw(" | ")
            out.text(DisplayFormat.usdRounded(r.monthlyCostUSD))
            out.raw(" | ")
            out.text(DisplayFormat.usdRounded(r.monthlyDelayLossUSD))
            out.raw(" | ")
            if r.hasMove { ReportFormat.payback(r.paybackMonths, into: &out) } else { out.raw("— (no move)") }
            out.raw(" |\n")
        }
        return out.text
    }

    /// JSON: the axes, the base and every point.
    public static func json(_ s: SweepResult) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("format_version", 1)
        w.member("model", "tierwise")
        w.member("currency", "USD")
        w.member("use_case", s.useCaseName)
        w.key("base"); recommendation(s.base, into: &w)
        w.key("axes")
        w.beginArray()
        for axis in [s.axis] + (s.secondAxis.map { [$0] } ?? []) {
            w.beginObject()
            w.member("input", axis.input.rawValue)
            w.key("current_value"); w.optionalNumber(axis.currentValue)
            w.member("logarithmic", axis.isLogarithmic)
            w.key("values")
            w.beginArray(inline: true)
            for v in axis.values { w.number(v) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.member("flip_count", s.flipCount)
        w.key("points")
        w.beginArray()
        for p in s.points {
            w.beginObject(inline: true)
            w.key("values")  // one per axis, in the order of `axes`
            w.beginArray(inline: true)
            w.number(s.axis.values[p.first])
            if let second = s.secondAxis { w.number(second.values[p.second]) }
            w.endArray()
            w.member("flips", p.flips)
            w.key("recommendation"); recommendation(p.recommendation, into: &w)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text
    }

    /// Text: an aligned table.
    public static func text(_ s: SweepResult) -> String {
        let rows = s.points.map { p -> [String] in
            var row = [(p.flips ? "<> " : "") + DisplayFormat.number(s.axis.values[p.first], decimals: 4)]
            if let second = s.secondAxis { row.append(DisplayFormat.number(second.values[p.second], decimals: 4)) }
            return row + [p.recommendation.tier.rawValue, p.recommendation.pattern.rawValue,
                          DisplayFormat.usdRounded(p.recommendation.monthlyCostUSD),
                          p.recommendation.hasMove ? ReportFormat.payback(p.recommendation.paybackMonths) : "-"]
        }
        let headers = [s.axis.input.rawValue] + (s.secondAxis.map { [$0.input.rawValue] } ?? [])
            + ["tier", "pattern", "monthly", "payback"]
        return "sweep of \(AnalysisTextReport.singleLine(s.useCaseName)) (tierwise model); <> marks a flip\n\n"
            + TextTable(headers: headers, rows: rows, rightAligned: [0]).render()
    }

    /// A recommendation's JSON object.
    static func recommendation(_ r: Recommendation, into w: inout JSONWriter) {
        w.beginObject(inline: true)
        w.member("tier", r.tier.rawValue)
        w.member("pattern", r.pattern.rawValue)
        w.member("monthly_cost", usd: r.monthlyCostUSD)
        w.member("monthly_delay_loss", usd: r.monthlyDelayLossUSD)
        w.member("has_move", r.hasMove)
        w.key("payback_from_build_start_months"); w.optionalNumber(r.paybackMonths)
        w.member("monthly_net_benefit", usd: r.monthlyNetBenefitUSD)
        w.endObject()
    }
}
