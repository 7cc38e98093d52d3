import TierwiseModel

/// The Markdown report of `tierwise analyze`, for decision makers.
///
/// A summary table comes first, then the portfolio, then one section per use
/// case: verdict, cost comparison, break-even, decision matrix, challenge
/// questions, architecture (with a Mermaid diagram) and migration. All
/// catalog text passes through ``MarkdownText``.
public enum AnalysisMarkdownReport {
    /// Renders the whole analysis: ``header(catalogName:useCaseCount:changesRecommended:)``,
    /// ``summaryRows(_:)``, ``portfolio(_:)`` and ``sections(_:)`` in that order, the
    /// same bytes a streamed report writes piece by piece.
    public static func render(_ analysis: CatalogAnalysis) -> String {
        let useCases = analysis.useCases
        let changes = useCases.count { $0.requirement.isChangeRecommended }
        var out = header(catalogName: analysis.catalogName, useCaseCount: useCases.count, changesRecommended: changes)
        out += summaryRows(useCases)
        out += portfolio(analysis.portfolio)
        // Sections are independent: rendered on all cores, joined in catalog order.
        let pieces = ParallelChunks.map(indices: useCases.indices) { range in sections(useCases[range]) }
        for piece in pieces { out += piece }
        return out
    }

    // MARK: - Pieces, for a report written as a stream

    /// The title, the one-line overview and the summary table's head.
    public static func header(catalogName: String?, useCaseCount count: Int, changesRecommended changes: Int) -> String {
        let title = catalogName.map(MarkdownText.inline) ?? "use-case catalog"
        var out = "# tierwise analysis: \(title)\n\n"
        out += "\(count) use case\(count == 1 ? "" : "s"); a tier change is recommended for \(changes). "
        out += "Money in USD; monthly costs are the recommended approach's total.\n\n"
        out += "## Summary\n\n"
        out += "| Use case | Stated → recommended tier | Approach | Pattern | Monthly cost | Payback |\n"
        out += "|---|---|---|---|---:|---|\n"
        return out
    }

    /// The summary table's rows of `analyses`, one per use case.
    public static func summaryRows(_ analyses: some Collection<UseCaseAnalysis>) -> String {
        var out = ""
        for a in analyses {
            out += "| \(MarkdownText.inline(a.useCase.name)) | \(ReportFormat.tierChange(a.requirement)) "
            out += "| \(a.architecture.approach.rawValue) | \(a.architecture.pattern.title) "
            out += "| \(DisplayFormat.usd(a.recommendedCost.totalMonthlyUSD)) "
            out += "| \(ReportFormat.payback(a.breakEven.paybackMonths)) (\(a.breakEven.toApproach.rawValue)) |\n"
        }
        return out
    }

    /// The note under the summary table, then the portfolio section.
    public static func portfolio(_ portfolio: [PortfolioScenario]) -> String {
        var out = "\nPayback: how long the step to the approach in parentheses takes to pay back (the stated-versus-recommended "
        out += "step when they differ, else the next faster approach); see each use case's break-even.\n\n"
        out += "## Portfolio\n\n"
        out += "| Policy | Monthly | Initial investment | Annual TCO |\n|---|---:|---:|---:|\n"
        for s in portfolio {
            out += "| \(s.policy.title) | \(DisplayFormat.usd(s.monthlyTotalUSD)) "
            out += "| \(DisplayFormat.usd(s.initialInvestmentUSD)) | \(DisplayFormat.usd(s.annualTCOUSD)) |\n"
        }
        func tco(_ policy: PortfolioScenario.Policy) -> Double {
            portfolio.first { $0.policy == policy }?.annualTCOUSD ?? 0
        }
        let saving = tco(.stated) - tco(.recommended)
        let phrase = saving >= 0 ? "saves \(DisplayFormat.usd(saving))" : "costs \(DisplayFormat.usd(-saving)) more"
        out += "\nThe recommended mix \(phrase) in first-year TCO against the stated tiers.\n\n"
        return out
    }

    /// The sections of `analyses`, one per use case, in order.
    public static func sections(_ analyses: some Collection<UseCaseAnalysis>) -> String {
        var out = ""
        out.reserveCapacity(analyses.count * 6_000)
        for analysis in analyses { section(analysis, into: &out) }
        return out
    }

    // MARK: - Use case sections

    private static func section(_ a: UseCaseAnalysis, into out: inout String) {
        let u = a.useCase
        out += "## \(MarkdownText.inline(u.name))\n\n"
        if !u.description.isEmpty { out += MarkdownText.inline(u.description) + "\n\n" }
        out += "- Data source: \(MarkdownText.inline(u.dataSource))\n"
        out += "- Volume: \(DisplayFormat.number(u.eventsPerSecond)) events/s on average, "
        out += "peak \(DisplayFormat.number(u.peakEventsPerSecond)) events/s, "
        out += "\(DisplayFormat.number(u.eventsPerDay, decimals: 0)) events/day\n"
        out += "- Delay costs \(DisplayFormat.usd(u.revenueImpactPerMinuteDelayUSD))/min; cost of error: \(u.costOfError.rawValue)\n"
        out += "- Stated tier: \(u.latencyRequirement.rawValue) (\(u.latencyRequirement.boundsDescription))"
        if !u.latencyJustification.isEmpty { out += ", because: \(MarkdownText.inline(u.latencyJustification))" }
        out += "\n\n"
        out += "**Verdict:** \(MarkdownText.inline(a.requirement.rationale))\n\n"
        costs(a, into: &out)
        breakEven(a.breakEven, into: &out)
        if !a.breakEvenAgreesWithRecommendation { breakEvenDisagreement(a, into: &out) }
        matrix(a.decisionMatrix, into: &out)
        questions(a.challengeQuestions, into: &out)
        architecture(a, into: &out)
        if let migration = a.migration { self.migration(migration, into: &out) }
    }

    private static func costs(_ a: UseCaseAnalysis, into out: inout String) {
        out += "### Cost comparison\n\n"
        out += "Hourly rate \(DisplayFormat.usd(a.useCase.costParameters.hourlyRateUSD)), baseline compute "
        out += "\(DisplayFormat.usd(a.useCase.costParameters.baselineMonthlyComputeUSD))/month, "
        out += "volume factor \(DisplayFormat.number(a.costs.first?.volumeFactor ?? 1, decimals: 3)).\n\n"
        out += "| Approach | Infrastructure / month | Operations / month | Total / month | Initial investment | Annual TCO |\n"
        out += "|---|---:|---:|---:|---:|---:|\n"
        for cost in a.costs {
            let isRecommended = cost.approach == a.architecture.approach
            let name = isRecommended ? "**\(cost.approach.rawValue)** (recommended)" : cost.approach.rawValue
            let m = cost.model
            out += "| \(name) | \(DisplayFormat.usd(m.monthlyInfrastructureUSD)) | \(DisplayFormat.usd(m.monthlyOperationalUSD)) "
            out += "| \(DisplayFormat.usd(m.totalMonthlyUSD)) | \(DisplayFormat.usd(m.initialInvestmentUSD)) "
            out += "| \(DisplayFormat.usd(m.annualTCOUSD)) |\n"
        }
        out += "\n"
    }

    private static func breakEven(_ b: BreakEven, into out: inout String) {
        out += "### Break-even\n\n"
        out += "From \(b.fromApproach.rawValue) (\(DisplayFormat.duration(minutes: b.baselineLatencyMinutes))) "
        out += "to \(b.toApproach.rawValue) (\(DisplayFormat.duration(minutes: b.candidateLatencyMinutes))): "
        out += "\(DisplayFormat.number(b.latencyReductionMinutes)) minutes saved.\n\n"
        out += "| Figure | Value |\n|---|---:|\n"
        out += "| Monthly cost increase | \(DisplayFormat.usd(b.monthlyCostIncreaseUSD)) |\n"
        out += "| Monthly value of lower latency | \(DisplayFormat.usd(b.monthlyLatencyValueUSD)) |\n"
        out += "| Monthly net benefit | \(DisplayFormat.usd(b.monthlyNetBenefitUSD)) |\n"
        out += "| Initial investment increase | \(DisplayFormat.usd(b.initialInvestmentIncreaseUSD)) |\n"
        out += "| Payback | \(ReportFormat.payback(b.paybackMonths)) |\n\n"
        out += ReportFormat.breakEvenVerdict(b) + "\n\n"
    }

    private static func breakEvenDisagreement(_ a: UseCaseAnalysis, into out: inout String) {
        let b = a.breakEven
        out += "> **Break-even and tier rules disagree.** The recommendation is \(a.architecture.approach.rawValue), "
        out += "but on the seed's value model (minutes saved × \(DisplayFormat.usd(a.useCase.revenueImpactPerMinuteDelayUSD))/min, "
        out += "counted in every hour of a 30-day month) going \(b.fromApproach.rawValue) → \(b.toApproach.rawValue) "
        out += b.isRecommended ? "pays back within 12 months. " : "does not pay back within 12 months. "
        out += "If delay costs money only when someone acts on the data, trust the tier rules; "
        out += "if every minute of every hour counts, revisit revenue\\_impact\\_per\\_minute\\_delay or the tier.\n\n"
    }

    private static func matrix(_ matrix: DecisionMatrix, into out: inout String) {
        out += "### Decision matrix\n\n| Factor | Favors | Why |\n|---|---|---|\n"
        for factor in matrix.factors {
            out += "| \(factor.kind.title) | \(ReportFormat.leaning(factor.favors)) | \(MarkdownText.inline(factor.reason)) |\n"
        }
        let realTime = matrix.realTimeCount, batch = matrix.batchCount, neutral = matrix.neutralCount
        out += "\n\(realTime) \(realTime == 1 ? "factor favors" : "factors favor") real time, "
        out += "\(batch) \(batch == 1 ? "favors" : "favor") batch, "
        out += "\(neutral) \(neutral == 1 ? "is" : "are") neutral: the matrix leans \(ReportFormat.leaning(matrix.lean)).\n\n"
    }

    private static func questions(_ questions: [ChallengeQuestion], into out: inout String) {
        out += "### Challenge questions\n\n"
        for (index, q) in questions.enumerated() {
            out += "\(index + 1). \(MarkdownText.inline(q.question))  \n   \(MarkdownText.inline(q.evidence))\n"
        }
        out += "\n"
    }

    private static func architecture(_ a: UseCaseAnalysis, into out: inout String) {
        let r = a.architecture
        out += "### Architecture: \(r.pattern.title)\n\n"
        out += "Approach \(r.approach.rawValue)"
        if let interval = r.scheduleIntervalMinutes { out += ", results every \(DisplayFormat.duration(minutes: interval))" }
        out += ". \(MarkdownText.inline(r.reason))\n\n"
        out += MermaidDiagram.flowchart(for: r, dataSource: a.useCase.dataSource) + "\n\n"
    }

    private static func migration(_ plan: MigrationPlan, into out: inout String) {
        let title = plan.fromStreaming ? "streaming to batch" : "batch to streaming"
        out += "### Migration: \(title)\n\n"
        for (index, phase) in plan.phases.enumerated() {
            out += "\(index + 1). **\(phase.name.prefix(1).uppercased() + phase.name.dropFirst())**: \(phase.description)\n"
        }
        out += "\n"
    }
}
