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
    /// in order, make the document. The use cases are rendered on all cores,
    /// and the pieces are never joined, so a large report is not copied.
    public static func renderChunks(_ analysis: CatalogAnalysis) -> [[UInt8]] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("format_version", formatVersion)
        writer.key("catalog"); writer.optionalString(analysis.catalogName)
        writer.member("currency", "USD")
        writer.key("assumptions"); assumptions(analysis, into: &writer)
        writer.key("use_cases")
        writer.beginArray()
        var chunks = [writer.takeBytes()]
        let useCases = analysis.useCases
        let fragments = ParallelChunks.map(Array(useCases.indices)) { indexes in
            var fragment = JSONWriter(fragmentAtDepth: 2, followsElement: indexes.first! > 0,
                                      reservingCapacity: indexes.count * 4096)
            for index in indexes { self.useCase(useCases[index], into: &fragment) }
            return fragment.bytes
        }
        chunks.append(contentsOf: fragments)
        writer.noteFragmentsWritten()
        writer.endArray()
        writer.key("portfolio"); portfolio(analysis, into: &writer)
        writer.endObject()
        chunks.append(writer.takeBytes())
        return chunks
    }

    private static func assumptions(_ analysis: CatalogAnalysis, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("tier_latency_minutes")
        writer.beginObject(inline: true)
        for tier in LatencyTier.allCases { writer.key(dynamic: tier.rawValue); writer.number(analysis.tierLatencies.minutes(for: tier)) }
        writer.endObject()
        writer.endObject()
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
        writer.key("costs"); writer.approachCosts(a.costs)
        writer.key("break_even")
        writer.beginObject()
        writer.breakEvenMembers(a.breakEven)
        writer.member("agrees_with_recommendation", a.breakEvenAgreesWithRecommendation)
        writer.endObject()
        writer.key("decision_matrix"); decisionMatrix(a.decisionMatrix, into: &writer)
        writer.key("architecture"); architecture(a, into: &writer)
        writer.key("challenge_questions")
        writer.beginArray()
        for question in a.requirement.challengeQuestions {
            writer.beginObject(inline: true)
            writer.member("question", question.question)
            writer.member("evidence", question.evidence)
            writer.endObject()
        }
        writer.endArray()
        writer.key("migration")
        if let migration = a.migration {
            writer.beginObject()
            writer.member("direction", migration.direction)
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

    private static func decisionMatrix(_ matrix: DecisionMatrix, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("factors")
        writer.beginArray()
        for factor in matrix.factors {
            writer.beginObject(inline: true)
            writer.member("factor", factor.kind.rawValue)
            writer.member("favors", factor.favors.rawValue)
            writer.member("reason", factor.reason)
            writer.endObject()
        }
        writer.endArray()
        writer.member("favoring_real_time", matrix.realTimeCount)
        writer.member("favoring_batch", matrix.batchCount)
        writer.member("neutral", matrix.neutralCount)
        writer.member("lean", matrix.lean.rawValue)
        writer.endObject()
    }

    private static func architecture(_ a: UseCaseAnalysis, into writer: inout JSONWriter) {
        let architecture = a.architecture
        writer.beginObject()
        writer.member("pattern", architecture.pattern.rawValue)
        writer.member("approach", architecture.approach.rawValue)
        writer.key("schedule_interval_minutes"); writer.optionalNumber(architecture.scheduleIntervalMinutes)
        writer.member("monthly_cost", usd: a.recommendedCost.totalMonthlyUSD)
        writer.member("reason", architecture.reason)
        writer.endObject()
    }

    private static func portfolio(_ analysis: CatalogAnalysis, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("use_case_count", analysis.useCases.count)
        writer.member("changes_recommended", analysis.useCases.count { $0.requirement.isChangeRecommended })
        for scenario in analysis.portfolio {
            writer.key(dynamic: scenario.policy.rawValue)
            writer.beginObject(inline: true)
            writer.member("monthly_total", usd: scenario.monthlyTotalUSD)
            writer.member("initial_investment", usd: scenario.initialInvestmentUSD)
            writer.member("annual_tco", usd: scenario.annualTCOUSD)
            writer.endObject()
        }
        let recommended = analysis.scenario(.recommended), stated = analysis.scenario(.stated)
        writer.member("monthly_savings_vs_stated", usd: stated.monthlyTotalUSD - recommended.monthlyTotalUSD)
        writer.member("annual_tco_savings_vs_stated", usd: stated.annualTCOUSD - recommended.annualTCOUSD)
        writer.endObject()
    }
}
