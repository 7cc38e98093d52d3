import TierwiseJSON
import TierwiseModel

/// `tierwise uncertainty` as Markdown, JSON or text: per use case with
/// ranges, the distribution of its cost and of its move's net benefit, the
/// chance the move pays back, how often each recommendation comes out, and
/// the tornado; then the portfolio.
public enum UncertaintyReport {
    /// Markdown for people; `chartLinks` (from `--charts`: "" for the distribution, a use case's name for its
    /// tornado) adds the SVG charts.
    public static func markdown(_ r: UncertaintyResult, chartLinks: [String: String] = [:]) -> String {
        var out = MarkdownWriter(reservingCapacity: 4_096 + r.useCases.count * 2_000)
        out.raw("# Uncertainty\n\nModel: tierwise. ")
        out.integer(r.draws)
        out.raw(" draws, seed ")
        out.text(String(r.seed))
        out.raw(", ")
        out.raw(r.distribution == .pert ? "Beta-PERT" : "triangular")
        out.raw(" where a range names no distribution. ")
        out.integer(r.useCases.count)
        out.raw(r.useCases.count == 1 ? " use case has ranges; " : " use cases have ranges; ")
        out.integer(r.fixedUseCaseCount)
        out.raw(" are fixed.\n\n## Portfolio\n\nRecommended monthly cost: P10 ")
        out.text(DisplayFormat.usdRounded(r.portfolioMonthlyCostUSD.p10))
        out.raw(", P50 ")
        out.text(DisplayFormat.usdRounded(r.portfolioMonthlyCostUSD.p50))
        out.raw(", P90 ")
        out.text(DisplayFormat.usdRounded(r.portfolioMonthlyCostUSD.p90))
        out.raw(".\n\n")
        if let link = chartLinks[""] {
            out.raw("![Portfolio monthly cost over the draws](")
            out.text(link)
            out.raw(")\n\n")
        }
        if r.useCases.isEmpty {
            out.raw("No input of the catalog is a range: give one as `{\"low\": …, \"likely\": …, \"high\": …}` (docs/whatif.md).\n")
        }
        for u in r.useCases {
            out.raw("## ")
            out.inline(u.name)
            out.raw("\n\nAt the likely values: ")
            out.text(u.base.label)
            out.raw(".\n\n| Figure | P10 | P50 | P90 |\n|---|---:|---:|---:|\n| Monthly cost | ")
            percentiles(u.monthlyCostUSD, into: &out)
            if let benefit = u.monthlyNetBenefitUSD, let from = u.trackedMoveFrom, let to = u.trackedMoveTo {
                out.raw("| Net benefit / month of ")
                out.text(from.rawValue)
                out.raw(" → ")
                out.text(to.rawValue)
                out.raw(" | ")
                percentiles(benefit, into: &out)
            }
            out.raw("\n")
            if let p = u.probabilityPaysBack, let to = u.trackedMoveTo {
                out.raw("P(the move to ")
                out.text(to.rawValue)
                out.raw(" pays back within the bar) = ")
                out.number(p * 100, decimals: 1)
                out.raw("%. ")
            }
            out.raw("Recommendations over the draws: ")
            for (index, share) in u.shares.enumerated() {
                if index > 0 { out.raw("; ") }
                out.text(share.tier.rawValue)
                out.raw(", ")
                out.text(share.pattern.title)
                out.raw(" ")
                out.number(share.probability * 100, decimals: 1)
                out.raw("%")
            }
            out.raw(".\n\n")
            if let link = chartLinks[u.name] {
                out.raw("![Tornado](")
                out.text(link)
                out.raw(")\n\n")
            }
            out.raw("**Tornado** (the move's net benefit per month with one input at its low and its high, the others likely; ")
            out.raw("⇄: the recommendation changes):\n\n| Input | Low → high | Net benefit at low | at high | Swing |\n|---|---|---:|---:|---:|\n")
            for bar in u.tornado {
                out.raw("| ")
                if bar.flips { out.raw("⇄ ") }
                out.text(bar.input.rawValue)
                out.raw(" | ")
                out.number(bar.low, decimals: 4)
                out.raw(" → ")
                out.number(bar.high, decimals: 4)
                out.raw(" | ")
                out.text(DisplayFormat.usdRounded(bar.netBenefitAtLowUSD))
                out.raw(" | ")
                out.text(DisplayFormat.usdRounded(bar.netBenefitAtHighUSD))
                out.raw(" | ")
                out.text(DisplayFormat.usdRounded(bar.swingUSD))
                out.raw(" |\n")
            }
            out.raw("\n")
        }
        return out.text
    }

    private static func percentiles(_ p: UncertaintyResult.Percentiles, into out: inout MarkdownWriter) {
        out.text(DisplayFormat.usdRounded(p.p10))
        out.raw(" | ")
        out.text(DisplayFormat.usdRounded(p.p50))
        out.raw(" | ")
        out.text(DisplayFormat.usdRounded(p.p90))
        out.raw(" |\n")
    }

    /// JSON for tools; money keeps its cents.
    public static func json(_ r: UncertaintyResult) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("format_version", 1)
        w.member("model", "tierwise")
        w.member("currency", "USD")
        w.member("draws", r.draws)
        w.member("seed", String(r.seed))
        w.member("distribution", r.distribution.rawValue)
        w.member("fixed_use_case_count", r.fixedUseCaseCount)
        w.key("portfolio_monthly_cost"); percentiles(r.portfolioMonthlyCostUSD, into: &w)
        w.key("use_cases")
        w.beginArray()
        for u in r.useCases {
            w.beginObject()
            w.member("name", u.name)
            w.key("base"); SweepReport.recommendation(u.base, into: &w)
            w.key("tracked_move")
            if let from = u.trackedMoveFrom, let to = u.trackedMoveTo {
                w.beginObject(inline: true)
                w.member("from_tier", from.rawValue)
                w.member("to_tier", to.rawValue)
                w.endObject()
            } else {
                w.null()
            }
            w.key("monthly_cost"); percentiles(u.monthlyCostUSD, into: &w)
            w.key("monthly_net_benefit")
            if let benefit = u.monthlyNetBenefitUSD { percentiles(benefit, into: &w) } else { w.null() }
            w.key("probability_pays_back"); w.optionalNumber(u.probabilityPaysBack)
            w.key("recommendations")
            w.beginArray()
            for share in u.shares {
                w.beginObject(inline: true)
                w.member("tier", share.tier.rawValue)
                w.member("pattern", share.pattern.rawValue)
                w.member("probability", share.probability)
                w.endObject()
            }
            w.endArray()
            w.key("ranges")
            w.beginArray()
            for range in u.inputs {
                w.beginObject(inline: true)
                w.member("input", range.input.rawValue)
                w.member("low", range.low)
                w.member("likely", range.likely)
                w.member("high", range.high)
                w.member("distribution", (range.distribution ?? r.distribution).rawValue)
                w.member("inherited", range.isInherited)
                w.endObject()
            }
            w.endArray()
            w.key("tornado")
            w.beginArray()
            for bar in u.tornado {
                w.beginObject(inline: true)
                w.member("input", bar.input.rawValue)
                w.member("low", bar.low)
                w.member("high", bar.high)
                w.member("net_benefit_at_low", usd: bar.netBenefitAtLowUSD)
                w.member("net_benefit_at_high", usd: bar.netBenefitAtHighUSD)
                w.member("swing", usd: bar.swingUSD)
                w.member("tier_at_low", bar.recommendationAtLow.tier.rawValue)
                w.member("tier_at_high", bar.recommendationAtHigh.tier.rawValue)
                w.member("flips", bar.flips)
                w.endObject()
            }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text
    }

    private static func percentiles(_ p: UncertaintyResult.Percentiles, into w: inout JSONWriter) {
        w.beginObject(inline: true)
        w.member("p10", usd: p.p10)
        w.member("p50", usd: p.p50)
        w.member("p90", usd: p.p90)
        w.member("mean", usd: p.mean)
        w.endObject()
    }

    /// Text for a terminal: one row per use case.
    public static func text(_ r: UncertaintyResult) -> String {
        let rows = r.useCases.map { u -> [String] in
            [AnalysisTextReport.singleLine(u.name), u.base.tier.rawValue,
             DisplayFormat.usdRounded(u.monthlyCostUSD.p10), DisplayFormat.usdRounded(u.monthlyCostUSD.p50),
             DisplayFormat.usdRounded(u.monthlyCostUSD.p90),
             u.probabilityPaysBack.map { DisplayFormat.number($0 * 100, decimals: 1) + "%" } ?? "-",
             u.shares.first.map { "\($0.tier.rawValue) \(DisplayFormat.number($0.probability * 100, decimals: 1))%" } ?? "-",
             u.tornado.first?.input.rawValue ?? "-"]
        }
        return "uncertainty: \(r.draws) draws, seed \(r.seed) (tierwise model)\n\n"
            + TextTable(headers: ["use case", "likely tier", "cost p10", "p50", "p90", "P(pays back)", "most often", "widest swing"],
                        rows: rows, rightAligned: [2, 3, 4, 5]).render()
            + "\nportfolio monthly cost: p10 \(DisplayFormat.usdRounded(r.portfolioMonthlyCostUSD.p10)), "
            + "p50 \(DisplayFormat.usdRounded(r.portfolioMonthlyCostUSD.p50)), p90 \(DisplayFormat.usdRounded(r.portfolioMonthlyCostUSD.p90))\n"
    }
}
