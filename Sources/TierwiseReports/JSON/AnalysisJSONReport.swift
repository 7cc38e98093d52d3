import TierwiseJSON
import TierwiseModel

/// The JSON of `tierwise analyze`: one object per use case and the portfolio.
///
/// Keys are snake_case and stable; money is USD (stated once in `currency`),
/// durations carry their unit in the key. Non-finite figures are `null`.
public enum AnalysisJSONReport {
    /// The version of this report's shape; bumped when a key changes meaning or goes away.
    public static let formatVersion = 1

    /// Renders the whole analysis.
    public static func render(_ analysis: CatalogAnalysis) -> String {
        String(decoding: renderChunks(analysis).joined(), as: UTF8.self)
    }

    /// Renders the whole analysis as consecutive pieces of UTF-8 that, written
    /// in order, make the document; the use cases are rendered on all cores.
    public static func renderChunks(_ analysis: CatalogAnalysis) -> [[UInt8]] {
        let useCases = analysis.useCases
        let fragments = ParallelChunks.map(indices: useCases.indices) { range in
            fragment(useCases[range], followsElement: range.lowerBound > 0)
        }
        let changes = useCases.count { $0.requirement.isChangeRecommended }
        return [header(catalogName: analysis.catalogName, tierLatencies: analysis.tierLatencies, model: analysis.model,
                       settings: analysis.settings, overrides: analysis.overrides)] + fragments
            + [footer(portfolio: analysis.portfolio, useCaseCount: useCases.count, changesRecommended: changes)]
    }

    // MARK: - Streaming

    /// The document up to and including the opening of the `use_cases` array.
    /// Followed by ``fragment(_:followsElement:)`` pieces and
    /// ``footer(portfolio:useCaseCount:changesRecommended:)``, it makes the
    /// same bytes as ``render(_:)`` without holding every analysis.
    public static func header(
        catalogName: String?, tierLatencies: TierLatencies, model: DecisionModel = .seed,
        settings: DecisionSettings = DecisionSettings(), overrides: [CatalogOverride] = []
    ) -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("format_version", formatVersion)
        writer.member("model", model.rawValue)
        writer.key("catalog"); writer.optionalString(catalogName)
        writer.member("currency", "USD")
        writer.key("assumptions")
        writer.beginObject()
        writer.key("tier_latency_minutes")
        writer.beginObject(inline: true)
        for tier in LatencyTier.allCases { writer.key(dynamic: tier.rawValue); writer.number(tierLatencies.minutes(for: tier)) }
        writer.endObject()
        if model == .tierwise { tierwiseAssumptions(tierLatencies: tierLatencies, settings: settings, into: &writer) }
        if !overrides.isEmpty { self.overrides(overrides, into: &writer) }
        writer.endObject()
        writer.key("use_cases")
        writer.beginArray()
        return writer.takeBytes()
    }

    /// Use case objects for the `use_cases` array; `followsElement` is true
    /// for every fragment but the first.
    public static func fragment(_ analyses: some Collection<UseCaseAnalysis>, followsElement: Bool) -> [UInt8] {
        var writer = JSONWriter(fragmentAtDepth: 2, followsElement: followsElement,
                                reservingCapacity: analyses.count * 4096)
        for analysis in analyses { useCase(analysis, into: &writer) }
        return writer.takeBytes()
    }

    /// The end of the `use_cases` array, the portfolio and the end of the document.
    public static func footer(portfolio: [PortfolioScenario], useCaseCount: Int, changesRecommended: Int) -> [UInt8] {
        var writer = JSONWriter(fragmentAtDepth: 2, followsElement: useCaseCount > 0)
        writer.endArray()
        writer.key("portfolio")
        writer.beginObject()
        writer.member("use_case_count", useCaseCount)
        writer.member("changes_recommended", changesRecommended)
        for scenario in portfolio {
            writer.key(dynamic: scenario.policy.rawValue)
            writer.beginObject(inline: true)
            writer.member("monthly_total", usd: scenario.monthlyTotalUSD)
            writer.member("initial_investment", usd: scenario.initialInvestmentUSD)
            if let loss = scenario.monthlyDelayLossUSD {
                tierwiseScenarioMembers(scenario, monthlyDelayLossUSD: loss, into: &writer)
            } else {
                writer.member("annual_tco", usd: scenario.annualTCOUSD)
            }
            writer.endObject()
        }
        if let recommended = portfolio.first(where: { $0.policy == .recommended }),
           let stated = portfolio.first(where: { $0.policy == .stated }), recommended.monthlyDelayLossUSD == nil {
            writer.member("monthly_savings_vs_stated", usd: stated.monthlyTotalUSD - recommended.monthlyTotalUSD)
            writer.member("annual_tco_savings_vs_stated", usd: stated.annualTCOUSD - recommended.annualTCOUSD)
        }
        writer.endObject()
        writer.endObject()
        return writer.takeBytes()
    }

    private static func useCase(_ a: UseCaseAnalysis, into writer: inout JSONWriter) {
        let u = a.useCase
        writer.beginObject()
        writer.member("name", u.name)
        writer.member("stated_tier", a.requirement.statedTier.rawValue)
        writer.member("recommended_tier", a.requirement.recommendedTier.rawValue)
        writer.member("change_recommended", a.requirement.isChangeRecommended)
        writer.member("change", a.requirement.change.rawValue)
        writer.member("rationale", a.requirement.rationale)
        writer.member("events_per_day", u.eventsPerDay)
        writer.member("peak_events_per_second", u.peakEventsPerSecond)
        writer.key("cost_parameters"); writer.costParameters(u.costParameters)
        writer.member("volume_factor", a.costs.first?.volumeFactor ?? 1)
        writer.key("costs"); writer.approachCosts(a.costs, namesYears: a.decision != nil)
        if let decision = a.decision {
            writer.key("decision"); self.decision(decision, useCase: u, into: &writer)
        } else {
            writer.key("break_even")
            writer.beginObject()
            writer.breakEvenMembers(a.breakEven)
            writer.member("agrees_with_recommendation", a.breakEvenAgreesWithRecommendation)
            writer.endObject()
        }
        writer.key("decision_matrix"); decisionMatrix(a.decisionMatrix, weighted: a.decision != nil, into: &writer)
        writer.key("architecture"); architecture(a, into: &writer)
        writer.key("migration")
        if let migration = a.migration {
            writer.beginObject()
            writer.member("direction", migration.direction)
            if let months = migration.durationMonths { writer.member("duration_months", months) }
            if let cost = migration.parallelRunCostUSD { writer.member("parallel_run_cost", usd: cost) }
            writer.key("phases")
            writer.beginArray()
            for phase in migration.phases {
                writer.beginObject(inline: true)
                writer.member("name", phase.name)
                writer.member("description", phase.description)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        } else {
            writer.null()
        }
        writer.endObject()
    }

    private static func decisionMatrix(_ matrix: DecisionMatrix, weighted matrixIsWeighted: Bool, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("factors")
        writer.beginArray()
        for factor in matrix.factors {
            writer.beginObject(inline: true)
            writer.member("factor", factor.kind.rawValue)
            writer.member("favors", factor.favors.rawValue)
            if matrixIsWeighted { writer.member("weight", factor.weight) }
            writer.member("reason", factor.reason)
            writer.endObject()
        }
        writer.endArray()
        writer.member("favoring_real_time", matrix.realTimeCount)
        writer.member("favoring_batch", matrix.batchCount)
        writer.member("neutral", matrix.neutralCount)
        writer.member("lean", matrix.lean.rawValue)
        if matrixIsWeighted { writer.member("weighted_score", matrix.weightedScore) }
        writer.endObject()
    }

    private static func architecture(_ a: UseCaseAnalysis, into writer: inout JSONWriter) {
        let architecture = a.architecture
        writer.beginObject()
        writer.member("pattern", architecture.pattern.rawValue)
        writer.member("approach", architecture.approach.rawValue)
        writer.key("schedule_interval_minutes"); writer.optionalNumber(architecture.scheduleIntervalMinutes)
        writer.member("monthly_cost", usd: a.recommendedMonthlyUSD)
        writer.member("reason", architecture.reason)
        writer.endObject()
    }
}
