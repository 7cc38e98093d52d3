import TierwiseModel

/// The Markdown of an analysis under the tierwise model: the same order as
/// the seed's report (summary, portfolio, a section per use case), with the
/// options, the moves weighed and their switching values, the challenges,
/// the guarantees and the pattern's systems. Money in summaries is rounded
/// to what an estimate supports; tables of a use case keep cents.
extension AnalysisMarkdownReport {
    /// One line naming the model, for the head of every tierwise report.
    public static let tierwiseModelLine = "Model: **tierwise** (docs/methodology.md): value models capped at the "
        + "month's minutes, the latency each approach delivers, payback counted from the start of the build, "
        + "patterns costed as the systems they run. `--model seed` gives the seed's figures."

    static func tierwiseHeader(
        catalogName: String?, useCaseCount count: Int, changesRecommended changes: Int, settings: DecisionSettings,
        overrides: [CatalogOverride], hasValidation: Bool = false
    ) -> [UInt8] {
        var out = MarkdownWriter(reservingCapacity: 1024)
        out.raw("# tierwise analysis: ")
        if let catalogName { out.inline(catalogName) } else { out.raw("use-case catalog") }
        out.raw("\n\n")
        out.text(tierwiseModelLine)
        out.raw("\n\n")
        whatIf(overrides, into: &out)
        out.integer(count)
        out.raw(count == 1 ? " use case" : " use cases")
        out.raw("; the recommended tier differs from the stated one for ")
        out.integer(changes)
        out.raw(". Money in USD, rounded in summaries; a move must pay back within ")
        out.number(settings.paybackBarMonths, decimals: 1)
        out.raw(" months of the start of its build.\n\n")
        out.raw("## Summary\n\n")
        out.raw("| Use case | Stated → recommended tier | Pattern | Monthly cost | Recommended move | Payback | Faster pays above |")
        out.raw(hasValidation ? " Validated |\n" : "\n")
        out.raw(hasValidation ? "|---|---|---|---:|---|---|---:|---|\n" : "|---|---|---|---:|---|---|---:|\n")
        return out.takeBytes()
    }

    /// How many overrides the head lists before summarizing the rest.
    static let listedOverrides = 20

    /// "What-if: …", one bullet per override, when there are any.
    static func whatIf(_ overrides: [CatalogOverride], into out: inout MarkdownWriter) {
        guard !overrides.isEmpty else { return }
        out.raw("**What-if.** These values replace the catalog's, in this order (the last wins):\n\n")
        for o in overrides.prefix(listedOverrides) {
            out.raw("- ")
            out.inline(o.label)
            out.raw(" = ")
            out.inline(o.valueText)
            out.raw(" (")
            out.inline(o.source)
            out.raw(")\n")
        }
        if overrides.count > listedOverrides {
            out.raw("- … and ")
            out.integer(overrides.count - listedOverrides)
            out.raw(" more (all of them are in the JSON report's assumptions)\n")
        }
        out.raw("\n")
    }

    static func tierwiseSummaryRow(
        _ a: UseCaseAnalysis, _ d: TierDecision, validation: [String: String]? = nil, into out: inout MarkdownWriter
    ) {
        out.raw("| ")
        out.inline(a.useCase.name)
        out.raw(" | ")
        ReportFormat.tierChange(a.requirement, into: &out)
        out.raw(" | ")
        out.text(a.architecture.pattern.title)
        if d.forced != nil { out.raw(" (forced)") }
        out.raw(" | ")
        out.text(DisplayFormat.usdRounded(d.chosen.cost.monthlyUSD))
        out.raw(" | ")
        if let move = d.recommendedMove {
            out.text(move.from.rawValue)
            out.raw(" → ")
            out.text(move.to.rawValue)
            out.raw(d.currentTier == nil ? " (from the cheapest feasible)" : " (from the system in place)")
            out.raw(" | ")
            ReportFormat.payback(move.paybackFromBuildStartMonths, into: &out)
        } else {
            out.raw(d.currentTier == d.chosenTier && d.currentTier != nil ? "stay (in place)" : "none: cheapest feasible")
            out.raw(" | —")
        }
        out.raw(" | ")
        if let switching = d.nextFasterMove?.switchingDelayCostUSDPerMinute {
            out.text(DisplayFormat.usdRounded(switching))
            out.raw("/min")
        } else {
            out.raw("—")
        }
        if let validation {
            out.raw(" | ")
            out.text(validation[a.useCase.name] ?? "not simulated")
        }
        out.raw(" |\n")
    }

    static func tierwisePortfolio(_ portfolio: [PortfolioScenario], settings: DecisionSettings, into out: inout MarkdownWriter) {
        out.raw("\nRecommended move: from the system in place, or with nothing in place from the cheapest tier that ")
        out.raw("meets the use case's hard constraints. Payback is counted from the start of its build. Faster pays ")
        out.raw("above: the delay cost at which the next faster tier would pay back.\n\n")
        out.raw("## Portfolio\n\n")
        out.raw("| Policy | Monthly cost | Delay loss / month | Build | Steady-state annual cost | First-year cost | Feasible |\n")
        out.raw("|---|---:|---:|---:|---:|---:|---|\n")
        for s in portfolio {
            out.raw("| ")
            out.text(s.policy.title)
            out.raw(" | ")
            out.text(DisplayFormat.usdRounded(s.monthlyTotalUSD))
            out.raw(" | ")
            out.text(DisplayFormat.usdRounded(s.monthlyDelayLossUSD ?? 0))
            out.raw(" | ")
            out.text(DisplayFormat.usdRounded(s.initialInvestmentUSD))
            out.raw(" | ")
            out.text(DisplayFormat.usdRounded(s.steadyStateAnnualUSD))
            out.raw(" | ")
            out.text(DisplayFormat.usdRounded(s.annualTCOUSD))
            out.raw(" | ")
            if s.isFeasible {
                out.raw("yes")
            } else {
                out.raw("no: misses ")
                out.integer(s.infeasibleUseCaseCount)
                out.raw(s.infeasibleUseCaseCount == 1 ? " use case's" : " use cases'")
                out.raw(" hard constraint (")
                for (index, name) in s.infeasibleExamples.enumerated() {
                    if index > 0 { out.raw(", ") }
                    out.inline(name)
                }
                if s.infeasibleUseCaseCount > s.infeasibleExamples.count { out.raw(", …") }
                out.raw("), which are left out of its figures")
            }
            out.raw(" |\n")
        }
        if settings.costModel == .capacity {
            // The capacity model sizes brokers into each stream job, so only the scheduler is shared (PortfolioTally).
            out.raw("\nEach policy includes the shared batch scheduler it needs, priced once (")
            out.usd(settings.batchPlatformMonthlyUSD)
            out.raw("/month); the capacity cost model prices each stream job's brokers with it.")
        } else {
            out.raw("\nEach policy includes the shared platforms it needs, priced once: streaming ")
            out.usd(settings.streamingPlatformMonthlyUSD)
            out.raw("/month, batch ")
            out.usd(settings.batchPlatformMonthlyUSD)
            out.raw("/month.")
        }
        out.raw(" First-year cost is the build plus 12 months of running.")
        if let recommended = portfolio.first(where: { $0.policy == .recommended }),
           let stated = portfolio.first(where: { $0.policy == .stated }) {
            out.raw(" The recommended mix costs ")
            out.text(DisplayFormat.usdRounded(recommended.monthlyTotalUSD))
            out.raw("/month and leaves ")
            out.text(DisplayFormat.usdRounded(recommended.monthlyDelayLossUSD ?? 0))
            out.raw("/month of delay loss; the stated tiers cost ")
            out.text(DisplayFormat.usdRounded(stated.monthlyTotalUSD))
            out.raw(" and leave ")
            out.text(DisplayFormat.usdRounded(stated.monthlyDelayLossUSD ?? 0))
            out.raw(stated.isFeasible ? "." : " on the use cases they can serve.")
        }
        out.raw("\n\n")
        if !portfolio.isEmpty {
            out.text(AnalysisCharts.portfolioMermaid(portfolio).text)
            out.raw("\n\n")
        }
    }

    // MARK: - Use case sections

    static func tierwiseSection(_ a: UseCaseAnalysis, _ d: TierDecision, into out: inout MarkdownWriter) {
        let u = a.useCase
        sectionHead(u, into: &out)
        out.raw("\n- Delay: ")
        out.usd(u.revenueImpactPerMinuteDelayUSD)
        out.raw(" per active minute; value model: ")
        out.text(d.valueModel.summary)
        if d.valueModelAssumed { out.raw(" (not stated: the seed's, made explicit)") }
        out.raw("; losing every active minute would cost ")
        out.usd(d.valueModel.monthlyCapUSD(usdPerMinute: u.revenueImpactPerMinuteDelayUSD))
        out.raw("/month, the most any tier is charged\n")
        if let source = u.sourceArrivalIntervalMinutes {
            out.raw("- New source data every ")
            out.duration(minutes: source)
            out.raw(": nothing faster is worth more\n")
        }
        if let reads = u.consumptionIntervalMinutes {
            out.raw("- Results read every ")
            out.duration(minutes: reads)
            out.raw(": nothing faster is worth more, and a tier must refresh at least that often\n")
        }
        out.raw("- In place: ")
        if let current = d.currentTier { out.text(current.rawValue) } else { out.raw("nothing (every option is a new build)") }
        out.raw("\n- Consumer: ")
        out.raw(d.consumer == .people ? "people" : "a machine")
        if !d.consumerStated { out.raw(" (not stated; read from the description)") }
        verdictLines(a, into: &out)
        options(d, into: &out)
        moves(d, useCase: u, into: &out)
        if !d.challenges.isEmpty {
            out.raw("### Challenges to the stated tier\n\n")
            for challenge in d.challenges {
                out.raw("- ")
                out.inline(challenge.message)
                out.raw("\n")
            }
            out.raw("\n")
        }
        if !d.guarantees.isEmpty {
            out.raw("### Guarantees the cost of error calls for\n\n")
            for guarantee in d.guarantees {
                out.raw("- ")
                out.text(guarantee)
                out.raw("\n")
            }
            out.raw("\n")
        }
        patternCost(d, into: &out)
        if let sizing = a.costs.first(where: { $0.approach == d.chosen.approach })?.capacity { capacity(sizing, into: &out) }
        approachCosts(a, into: &out)
        weightedMatrix(a.decisionMatrix, into: &out)
        questions(a.challengeQuestions, into: &out)
        tierwiseArchitecture(a, d, into: &out)
        if let migration = a.migration { tierwiseMigration(migration, into: &out) }
    }

    private static func options(_ d: TierDecision, into out: inout MarkdownWriter) {
        out.raw("### Options\n\n")
        out.raw("| Tier | Pattern | Delivers (mean / worst) | Credited | Delay loss / month | Cost / month | Investment | Months to benefit | Feasible |\n")
        out.raw("|---|---|---|---:|---:|---:|---:|---:|---|\n")
        for option in d.options {
            out.raw("| ")
            if option.tier == d.chosenTier {
                out.raw("**")
                out.text(option.tier.rawValue)
                out.raw("** (recommended)")
            } else {
                out.text(option.tier.rawValue)
            }
            out.raw(" | ")
            out.text(option.pattern.title)
            out.raw(" | ")
            out.duration(minutes: option.delivered.meanMinutes)
            out.raw(" / ")
            out.duration(minutes: option.delivered.worstMinutes)
            if option.isMeasured { out.raw(" (simulated: mean / p99)") }
            out.raw(" | ")
            out.duration(minutes: option.creditedLatencyMinutes)
            out.raw(" | ")
            out.usd(option.monthlyDelayLossUSD)
            if option.capBinds { out.raw(" (cap)") }
            out.raw(" | ")
            out.usd(option.cost.monthlyUSD)
            out.raw(" | ")
            out.usd(option.investmentUSD)
            out.raw(" | ")
            out.number(option.monthsToBenefit, decimals: 1)
            out.raw(" | ")
            if let why = option.infeasibleReason {
                out.raw("no: ")
                out.text(why)
            } else {
                out.raw("yes")
            }
            out.raw(" |\n")
        }
        out.raw("\nDelivers: the mean and worst age of a result when read (a refresh every T taking d: T/2 + d and T + d). ")
        out.raw("Credited: the mean raised to the source's and the reader's intervals. (cap): the value model claimed ")
        out.raw("more than losing every active minute, and was cut to that.\n\n")
    }

    private static func moves(_ d: TierDecision, useCase: UseCase, into out: inout MarkdownWriter) {
        guard !d.steps.isEmpty || d.recommendedMove != nil else { return }
        out.raw("### Moves weighed\n\n")
        out.raw("| Move | Value gained / month | Extra cost / month | Extra investment | Payback from build start | Verdict | Flips at |\n")
        out.raw("|---|---:|---:|---:|---|---|---:|\n")
        var rows = d.steps
        if let move = d.recommendedMove, !rows.contains(move) { rows.append(move) }
        for step in rows {
            out.raw("| ")
            out.text(step.from.rawValue)
            out.raw(" → ")
            out.text(step.to.rawValue)
            if step == d.recommendedMove { out.raw(" (recommended move)") }
            out.raw(" | ")
            out.usd(step.monthlyValueGainUSD)
            out.raw(" | ")
            out.usd(step.monthlyCostIncreaseUSD)
            out.raw(" | ")
            out.usd(step.investmentIncreaseUSD)
            out.raw(" | ")
            ReportFormat.payback(step.paybackFromBuildStartMonths, into: &out)
            out.raw(" | ")
            out.raw(step.paysBack ? "pays back" : "does not pay back")
            out.raw(" | ")
            if let switching = step.switchingDelayCostUSDPerMinute {
                out.usd(switching)
                out.raw("/min")
            } else {
                out.raw("—")
            }
            out.raw(" |\n")
        }
        out.raw("\nA move pays back when its net benefit over the ")
        out.number(rows.first?.paybackBarMonths ?? 12, decimals: 1)
        out.raw(" months after it starts delivering covers its extra investment. Flips at: the delay cost ")
        out.raw("(the catalog states ")
        out.usd(useCase.revenueImpactPerMinuteDelayUSD)
        out.raw("/min) at which the verdict would change.")
        if let npv = d.netPresentValueUSD {
            out.raw(" Net present value of the recommended move over 36 months: ")
            out.usd(npv)
            out.raw(".")
        }
        out.raw("\n\n")
    }

    private static func patternCost(_ d: TierDecision, into out: inout MarkdownWriter) {
        let cost = d.chosen.cost
        out.raw("### Cost of the recommended pattern: ")
        out.text(d.chosen.pattern.title)
        out.raw("\n\n| System | Infrastructure / month | Operations / month | Total / month | Build |\n")
        out.raw("|---|---:|---:|---:|---:|\n")
        for component in cost.components {
            out.raw("| ")
            out.text(component.role)
            out.raw(" | ")
            out.usd(component.model.monthlyInfrastructureUSD)
            out.raw(" | ")
            out.usd(component.model.monthlyOperationalUSD)
            out.raw(" | ")
            out.usd(component.model.totalMonthlyUSD)
            out.raw(" | ")
            out.usd(component.model.initialInvestmentUSD)
            out.raw(" |\n")
        }
        out.raw("| **total** | | | ")
        out.usd(cost.monthlyUSD)
        out.raw(" | ")
        out.usd(cost.initialInvestmentUSD)
        out.raw(" |\n\nSteady-state annual cost ")
        out.usd(cost.steadyStateAnnualUSD)
        out.raw("; first-year cost (what it takes to get there plus 12 months of running) ")
        out.usd(d.chosen.firstYearCostUSD)
        out.raw(".\n\n")
    }

    private static func capacity(_ c: CapacitySizing, into out: inout MarkdownWriter) {
        out.raw("Capacity (docs/capacity.md): ")
        out.number(c.vCPUs, decimals: 0)
        if c.basis == .provisionedForPeak {
            out.raw(c.vCPUs == 1 ? " vCPU always on for a peak of " : " vCPUs always on for a peak of ")
            out.number(c.provisionedEventsPerSecond, decimals: 0)
            out.raw(" events/s at ")
            out.number(c.targetUtilization * 100, decimals: 0)
            out.raw("% utilization; ")
            out.number(c.kafkaPartitions, decimals: 0)
            out.raw(c.kafkaPartitions == 1 ? " Kafka partition on " : " Kafka partitions on ")
            out.number(c.kafkaBrokers, decimals: 0)
            out.raw(" brokers; ")
            out.number(c.logStorageGB, decimals: 0)
            out.raw(" GB of log; ")
        } else {
            out.raw(c.vCPUs == 1 ? " vCPU per run, " : " vCPUs per run, ")
            out.number(c.runsPerMonth, decimals: 0)
            out.raw(" runs and ")
            out.number(c.vCPUHoursPerMonth, decimals: 1)
            out.raw(" vCPU-hours a month; ")
        }
        out.number(c.lakeStorageGB, decimals: 0)
        out.raw(" GB in the lake.\n\n")
    }

    private static func approachCosts(_ a: UseCaseAnalysis, into out: inout MarkdownWriter) {
        out.raw("### Cost per processing approach\n\nThe seed's cost lines per approach alone (hourly rate ")
        costParameterFigures(a, into: &out)
        out.raw(").\n\n")
        out.raw("| Approach | Infrastructure / month | Operations / month | Total / month | Build | Steady-state annual | First-year cost |\n")
        out.raw("|---|---:|---:|---:|---:|---:|---:|\n")
        for cost in a.costs {
            out.raw("| ")
            out.text(cost.approach.rawValue)
            costCells(cost.model, namesYears: true, into: &out)
        }
        out.raw("\n")
    }

    private static func weightedMatrix(_ matrix: DecisionMatrix, into out: inout MarkdownWriter) {
        out.raw("### Decision matrix at the recommended tier\n\n| Factor | Weight | Favors | Why |\n|---|---:|---|---|\n")
        for factor in matrix.factors {
            out.raw("| ")
            out.text(factor.kind.title)
            out.raw(" | ")
            out.number(factor.weight, decimals: 1)
            out.raw(" | ")
            out.raw(ReportFormat.leaning(factor.favors))
            out.raw(" | ")
            out.inline(factor.reason)
            out.raw(" |\n")
        }
        out.raw("\nWeighted score ")
        out.number(matrix.weightedScore, decimals: 1)
        out.raw(" (real time positive, batch negative). The matrix describes the fit; the moves above decide.\n\n")
    }

    private static func tierwiseArchitecture(_ a: UseCaseAnalysis, _ d: TierDecision, into out: inout MarkdownWriter) {
        out.raw("### Architecture: ")
        out.text(a.architecture.pattern.title)
        out.raw("\n\n")
        out.inline(a.architecture.reason)
        out.raw("\n\n")
        for advisory in d.advisories {
            out.raw("> **Check:** ")
            out.text(advisory)
            out.raw("\n\n")
        }
        MermaidDiagram.flowchart(for: a.architecture, dataSource: a.useCase.dataSource, into: &out)
        out.raw("\n\n")
    }

    private static func tierwiseMigration(_ plan: MigrationPlan, into out: inout MarkdownWriter) {
        out.raw(plan.fromStreaming ? "### Migration: streaming to batch\n\n" : "### Migration: batch to streaming\n\n")
        for (index, phase) in plan.phases.enumerated() {
            out.integer(index + 1)
            out.raw(". **")
            out.text(phase.name.prefix(1).uppercased() + phase.name.dropFirst())
            out.raw("**: ")
            out.text(phase.description)
            out.raw("\n")
        }
        if let months = plan.durationMonths {
            out.raw("\nAbout ")
            out.number(months, decimals: 1)
            out.raw(" months from the start of the build to cutover")
            if let cost = plan.parallelRunCostUSD {
                out.raw("; running the old system beside the new one costs ")
                out.usd(cost)
            }
            out.raw(".\n")
        }
        out.raw("\n")
    }
}
