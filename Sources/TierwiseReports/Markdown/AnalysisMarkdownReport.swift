import TierwiseModel

/// The Markdown report of `tierwise analyze`, for decision makers.
///
/// A summary table comes first, then the portfolio, then one section per use
/// case: verdict, cost comparison, break-even, decision matrix, challenge
/// questions, architecture (with a Mermaid diagram) and migration. All
/// catalog text passes through ``MarkdownText``. Written as UTF-8 bytes by a
/// ``MarkdownWriter``.
public enum AnalysisMarkdownReport {
    /// Renders the whole analysis: ``header(catalogName:useCaseCount:changesRecommended:)``,
    /// ``summaryRows(_:)``, ``portfolio(_:)`` and ``sections(_:)`` in that order, the
    /// same bytes a streamed report writes piece by piece.
    public static func render(_ analysis: CatalogAnalysis, charts: AnalysisChartLinks? = nil) -> String {
        let useCases = analysis.useCases
        let changes = useCases.count { $0.requirement.isChangeRecommended }
        var out = header(catalogName: analysis.catalogName, useCaseCount: useCases.count, changesRecommended: changes,
                         model: analysis.model, settings: analysis.settings, overrides: analysis.overrides)
        out += summaryRows(useCases)
        out += portfolio(analysis.portfolio, model: analysis.model, settings: analysis.settings, charts: charts)
        // Sections are independent: rendered on all cores, joined in catalog order.
        let pieces = ParallelChunks.map(indices: useCases.indices) { range in sections(useCases[range]) }
        for piece in pieces { out += piece }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Pieces, for a report written as a stream

    /// The title, the model, the one-line overview and the summary table's head.
    public static func header(
        catalogName: String?, useCaseCount count: Int, changesRecommended changes: Int, model: DecisionModel = .seed,
        settings: DecisionSettings = DecisionSettings(), overrides: [CatalogOverride] = [], hasValidation: Bool = false
    ) -> [UInt8] {
        if model == .tierwise {
            return tierwiseHeader(catalogName: catalogName, useCaseCount: count, changesRecommended: changes, settings: settings,
                                  overrides: overrides, hasValidation: hasValidation)
        }
        var out = MarkdownWriter(reservingCapacity: 512)
        out.raw("# tierwise analysis: ")
        if let catalogName { out.inline(catalogName) } else { out.raw("use-case catalog") }
        out.raw("\n\n")
        whatIf(overrides, into: &out)
        out.raw("Model: **seed** (seed 002's framework as published; docs/methodology.md). ")
        out.integer(count)
        out.raw(count == 1 ? " use case" : " use cases")
        out.raw("; a tier change is recommended for ")
        out.integer(changes)
        out.raw(". Money in USD; monthly costs are the recommended approach's total.\n\n")
        out.raw("## Summary\n\n")
        out.raw("| Use case | Stated → recommended tier | Approach | Pattern | Monthly cost | Payback |\n")
        out.raw("|---|---|---|---|---:|---|\n")
        return out.takeBytes()
    }

    /// The summary table's rows of `analyses`, one per use case; `validation` (the simulation's
    /// verdict by use case name, from `analyze --simulate`) adds the tierwise table's Validated column.
    public static func summaryRows(
        _ analyses: some Collection<UseCaseAnalysis>, validation: [String: String]? = nil
    ) -> [UInt8] {
        var out = MarkdownWriter(reservingCapacity: analyses.count * 160)
        for a in analyses {
            if let decision = a.decision {
                tierwiseSummaryRow(a, decision, validation: validation, into: &out)
                continue
            }
            out.raw("| ")
            out.inline(a.useCase.name)
            out.raw(" | ")
            ReportFormat.tierChange(a.requirement, into: &out)
            out.raw(" | ")
            out.text(a.architecture.approach.rawValue)
            out.raw(" | ")
            out.text(a.architecture.pattern.title)
            out.raw(" | ")
            out.usd(a.recommendedCost.totalMonthlyUSD)
            out.raw(" | ")
            ReportFormat.payback(a.breakEven.paybackMonths, into: &out)
            out.raw(" (")
            out.text(a.breakEven.toApproach.rawValue)
            out.raw(") |\n")
        }
        return out.takeBytes()
    }

    /// The note under the summary table, then the portfolio section (under
    /// the tierwise model with a Mermaid chart of the monthly cost per
    /// policy), then, when `charts` is given, links to the SVG charts.
    public static func portfolio(
        _ portfolio: [PortfolioScenario], model: DecisionModel = .seed, settings: DecisionSettings = DecisionSettings(),
        charts: AnalysisChartLinks? = nil
    ) -> [UInt8] {
        var out = MarkdownWriter(reservingCapacity: 1024)
        if model == .tierwise {
            tierwisePortfolio(portfolio, settings: settings, into: &out)
        } else {
            seedPortfolio(portfolio, into: &out)
        }
        if let charts { chartLinks(charts, into: &out) }
        return out.takeBytes()
    }

    /// The links of `analyze --charts`: the portfolio chart as an image, each use case's chart as a link.
    static func chartLinks(_ charts: AnalysisChartLinks, into out: inout MarkdownWriter) {
        out.raw("### Charts\n\n![Portfolio: monthly cost under each policy](")
        out.text(charts.target(AnalysisCharts.portfolioFileName))
        out.raw(")\n\n")
        guard !charts.useCases.isEmpty else { return }
        out.raw("Monthly cost of each option, per use case")
        if charts.useCaseCount > charts.useCases.count {
            out.raw(" (the first ")
            out.integer(charts.useCases.count)
            out.raw(" of ")
            out.integer(charts.useCaseCount)
            out.raw(" use cases; the other ")
            out.integer(charts.useCaseCount - charts.useCases.count)
            out.raw(" have no chart)")
        }
        out.raw(":\n\n")
        for chart in charts.useCases {
            out.raw("- [")
            out.inline(chart.name)
            out.raw("](")
            out.text(charts.target(chart.fileName))
            out.raw(")\n")
        }
        out.raw("\n")
    }

    private static func seedPortfolio(_ portfolio: [PortfolioScenario], into out: inout MarkdownWriter) {
        out.raw("\nPayback: how long the step to the approach in parentheses takes to pay back (the stated-versus-recommended ")
        out.raw("step when they differ, else the next faster approach); see each use case's break-even.\n\n")
        out.raw("## Portfolio\n\n")
        out.raw("| Policy | Monthly | Initial investment | Annual TCO |\n|---|---:|---:|---:|\n")
        for s in portfolio {
            out.raw("| ")
            out.text(s.policy.title)
            out.raw(" | ")
            out.usd(s.monthlyTotalUSD)
            out.raw(" | ")
            out.usd(s.initialInvestmentUSD)
            out.raw(" | ")
            out.usd(s.annualTCOUSD)
            out.raw(" |\n")
        }
        func tco(_ policy: PortfolioScenario.Policy) -> Double {
            portfolio.first { $0.policy == policy }?.annualTCOUSD ?? 0
        }
        let saving = tco(.stated) - tco(.recommended)
        out.raw("\nThe recommended mix ")
        if saving >= 0 {
            out.raw("saves ")
            out.usd(saving)
        } else {
            out.raw("costs ")
            out.usd(-saving)
            out.raw(" more")
        }
        out.raw(" in first-year TCO against the stated tiers.\n\n")
    }

    /// The sections of `analyses`, one per use case, in order.
    public static func sections(_ analyses: some Collection<UseCaseAnalysis>) -> [UInt8] {
        var out = MarkdownWriter(reservingCapacity: analyses.count * 6_000)
        for analysis in analyses {
            if let decision = analysis.decision {
                tierwiseSection(analysis, decision, into: &out)
            } else {
                section(analysis, into: &out)
            }
        }
        return out.takeBytes()
    }

    // MARK: - Use case sections

    /// A section's title, description, data source and volume line (up to "events/day"), shared by both models.
    static func sectionHead(_ u: UseCase, into out: inout MarkdownWriter) {
        out.raw("## ")
        out.inline(u.name)
        out.raw("\n\n")
        if !u.description.isEmpty {
            out.inline(u.description)
            out.raw("\n\n")
        }
        out.raw("- Data source: ")
        out.inline(u.dataSource)
        out.raw("\n- Volume: ")
        out.number(u.eventsPerSecond)
        out.raw(" events/s on average, peak ")
        out.number(u.peakEventsPerSecond)
        out.raw(" events/s, ")
        out.number(u.eventsPerDay, decimals: 0)
        out.raw(" events/day")
    }

    /// "; cost of error: …", the stated tier with its justification, and the verdict, shared by both models.
    static func verdictLines(_ a: UseCaseAnalysis, into out: inout MarkdownWriter) {
        let u = a.useCase
        out.raw("; cost of error: ")
        out.text(u.costOfError.rawValue)
        out.raw("\n- Stated tier: ")
        out.text(u.latencyRequirement.rawValue)
        out.raw(" (")
        out.text(u.latencyRequirement.boundsDescription)
        out.raw(")")
        if !u.latencyJustification.isEmpty {
            out.raw(", because: ")
            out.inline(u.latencyJustification)
        }
        out.raw("\n\n**Verdict:** ")
        out.inline(a.requirement.rationale)
        out.raw("\n\n")
    }

    private static func section(_ a: UseCaseAnalysis, into out: inout MarkdownWriter) {
        let u = a.useCase
        sectionHead(u, into: &out)
        out.raw("\n- Delay costs ")
        out.usd(u.revenueImpactPerMinuteDelayUSD)
        out.raw("/min")
        verdictLines(a, into: &out)
        costs(a, into: &out)
        breakEven(a.breakEven, into: &out)
        if !a.breakEvenAgreesWithRecommendation { breakEvenDisagreement(a, into: &out) }
        matrix(a.decisionMatrix, into: &out)
        questions(a.challengeQuestions, into: &out)
        architecture(a, into: &out)
        if let migration = a.migration { self.migration(migration, into: &out) }
    }

    private static func costs(_ a: UseCaseAnalysis, into out: inout MarkdownWriter) {
        out.raw("### Cost comparison\n\nHourly rate ")
        costParameterFigures(a, into: &out)
        out.raw(".\n\n")
        out.raw("| Approach | Infrastructure / month | Operations / month | Total / month | Initial investment | Annual TCO |\n")
        out.raw("|---|---:|---:|---:|---:|---:|\n")
        let recommended = a.architecture.approach
        for cost in a.costs {
            out.raw("| ")
            if cost.approach == recommended {
                out.raw("**")
                out.text(cost.approach.rawValue)
                out.raw("** (recommended)")
            } else {
                out.text(cost.approach.rawValue)
            }
            costCells(cost.model, namesYears: false, into: &out)
        }
        out.raw("\n")
    }

    /// "$150.00, baseline compute $1,000.00/month, volume factor 2.24": the figures after "hourly rate", shared by both models.
    static func costParameterFigures(_ a: UseCaseAnalysis, into out: inout MarkdownWriter) {
        out.usd(a.useCase.costParameters.hourlyRateUSD)
        out.raw(", baseline compute ")
        out.usd(a.useCase.costParameters.baselineMonthlyComputeUSD)
        out.raw("/month, volume factor ")
        out.number(a.costs.first?.volumeFactor ?? 1, decimals: 3)
    }

    /// The money cells of a cost row and its end: infrastructure, operations, total and build, then
    /// the first-year TCO (seed) or the steady-state annual and first-year cost (`namesYears`, tierwise).
    static func costCells(_ m: CostModel, namesYears: Bool, into out: inout MarkdownWriter) {
        out.raw(" | ")
        out.usd(m.monthlyInfrastructureUSD)
        out.raw(" | ")
        out.usd(m.monthlyOperationalUSD)
        out.raw(" | ")
        out.usd(m.totalMonthlyUSD)
        out.raw(" | ")
        out.usd(m.initialInvestmentUSD)
        if namesYears {
            out.raw(" | ")
            out.usd(m.totalMonthlyUSD * 12)
        }
        out.raw(" | ")
        out.usd(m.annualTCOUSD)
        out.raw(" |\n")
    }

    private static func breakEven(_ b: BreakEven, into out: inout MarkdownWriter) {
        out.raw("### Break-even\n\nFrom ")
        out.text(b.fromApproach.rawValue)
        out.raw(" (")
        out.duration(minutes: b.baselineLatencyMinutes)
        out.raw(") to ")
        out.text(b.toApproach.rawValue)
        out.raw(" (")
        out.duration(minutes: b.candidateLatencyMinutes)
        out.raw("): ")
        out.number(b.latencyReductionMinutes)
        out.raw(" minutes saved.\n\n")
        out.raw("| Figure | Value |\n|---|---:|\n")
        out.raw("| Monthly cost increase | ")
        out.usd(b.monthlyCostIncreaseUSD)
        out.raw(" |\n| Monthly value of lower latency | ")
        out.usd(b.monthlyLatencyValueUSD)
        out.raw(" |\n| Monthly net benefit | ")
        out.usd(b.monthlyNetBenefitUSD)
        out.raw(" |\n| Initial investment increase | ")
        out.usd(b.initialInvestmentIncreaseUSD)
        out.raw(" |\n| Payback | ")
        ReportFormat.payback(b.paybackMonths, into: &out)
        out.raw(" |\n\n")
        ReportFormat.breakEvenVerdict(b, into: &out)
        out.raw("\n\n")
    }

    private static func breakEvenDisagreement(_ a: UseCaseAnalysis, into out: inout MarkdownWriter) {
        let b = a.breakEven
        out.raw("> **Break-even and tier rules disagree.** The recommendation is ")
        out.text(a.architecture.approach.rawValue)
        out.raw(", but on the seed's value model (minutes saved × ")
        out.usd(a.useCase.revenueImpactPerMinuteDelayUSD)
        out.raw("/min, counted in every hour of a 30-day month) going ")
        out.text(b.fromApproach.rawValue)
        out.raw(" → ")
        out.text(b.toApproach.rawValue)
        out.raw(b.isRecommended ? " pays back within 12 months. " : " does not pay back within 12 months. ")
        out.raw("If delay costs money only when someone acts on the data, trust the tier rules; ")
        out.raw("if every minute of every hour counts, revisit revenue\\_impact\\_per\\_minute\\_delay or the tier.\n\n")
    }

    private static func matrix(_ matrix: DecisionMatrix, into out: inout MarkdownWriter) {
        out.raw("### Decision matrix\n\n| Factor | Favors | Why |\n|---|---|---|\n")
        for factor in matrix.factors {
            out.raw("| ")
            out.text(factor.kind.title)
            out.raw(" | ")
            out.raw(ReportFormat.leaning(factor.favors))
            out.raw(" | ")
            out.inline(factor.reason)
            out.raw(" |\n")
        }
        let realTime = matrix.realTimeCount, batch = matrix.batchCount, neutral = matrix.neutralCount
        out.raw("\n")
        out.integer(realTime)
        out.raw(realTime == 1 ? " factor favors real time, " : " factors favor real time, ")
        out.integer(batch)
        out.raw(batch == 1 ? " favors batch, " : " favor batch, ")
        out.integer(neutral)
        out.raw(neutral == 1 ? " is neutral: the matrix leans " : " are neutral: the matrix leans ")
        out.raw(ReportFormat.leaning(matrix.lean))
        out.raw(".\n\n")
    }

    static func questions(_ questions: [ChallengeQuestion], into out: inout MarkdownWriter) {
        out.raw("### Challenge questions\n\n")
        for (index, q) in questions.enumerated() {
            out.integer(index + 1)
            out.raw(". ")
            out.inline(q.question)
            out.raw("  \n   ")
            out.inline(q.evidence)
            out.raw("\n")
        }
        out.raw("\n")
    }

    private static func architecture(_ a: UseCaseAnalysis, into out: inout MarkdownWriter) {
        let r = a.architecture
        out.raw("### Architecture: ")
        out.text(r.pattern.title)
        out.raw("\n\nApproach ")
        out.text(r.approach.rawValue)
        if let interval = r.scheduleIntervalMinutes {
            out.raw(", results every ")
            out.duration(minutes: interval)
        }
        out.raw(". ")
        out.inline(r.reason)
        out.raw("\n\n")
        MermaidDiagram.flowchart(for: r, dataSource: a.useCase.dataSource, into: &out)
        out.raw("\n\n")
    }

    private static func migration(_ plan: MigrationPlan, into out: inout MarkdownWriter) {
        out.raw(plan.fromStreaming ? "### Migration: streaming to batch\n\n" : "### Migration: batch to streaming\n\n")
        for (index, phase) in plan.phases.enumerated() {
            out.integer(index + 1)
            out.raw(". **")
            capitalized(phase.name, into: &out)
            out.raw("**: ")
            out.text(phase.description)
            out.raw("\n")
        }
        out.raw("\n")
    }

    /// `name` with its first character uppercased ("shadow" → "Shadow").
    private static func capitalized(_ name: String, into out: inout MarkdownWriter) {
        var name = name
        let done = name.withUTF8 { bytes in
            // A lowercase ASCII first letter (the planner's phase names): uppercase that byte alone.
            guard let first = bytes.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z"),
                  bytes.count == 1 || bytes[1] < 0x80 else { return false }
            out.byte(first - 0x20)
            out.raw(bytes: UnsafeBufferPointer(rebasing: bytes[1...]))
            return true
        }
        if !done { out.text(name.prefix(1).uppercased() + name.dropFirst()) }
    }
}
