import TierwiseModel

/// Compares two analyzed versions of a catalog use case by use case, matched
/// by name (docs/ci.md, "diff"): HEAD's use cases in HEAD's order, then
/// those only in BASE; the portfolio delta of the recommended mix.
///
/// Money is compared to the cent, so a saved analysis (whose money is
/// rounded to the cent) and a fresh analysis of the same catalog compare
/// as unchanged.
public enum CatalogComparer {
    /// BASE against HEAD.
    public static func compare(base: AnalysisSnapshot, head: AnalysisSnapshot) -> CatalogComparison {
        var baseIndexByName: [String: Int] = [:]
        baseIndexByName.reserveCapacity(base.useCases.count)
        for (index, useCase) in base.useCases.enumerated() where baseIndexByName[useCase.name] == nil {
            baseIndexByName[useCase.name] = index
        }
        var matched = [Bool](repeating: false, count: base.useCases.count)
        var comparisons: [UseCaseComparison] = []
        comparisons.reserveCapacity(head.useCases.count)
        for headCase in head.useCases {
            if let index = baseIndexByName[headCase.name] {
                matched[index] = true
                comparisons.append(compare(base.useCases[index], headCase))
            } else {
                comparisons.append(UseCaseComparison(
                    name: headCase.name, change: .added, base: nil, head: headCase, changedFields: [],
                    monthlyDeltaUSD: headCase.monthlyUSD, firstYearDeltaUSD: headCase.firstYearUSD, monthlyDeltaPercent: nil))
            }
        }
        for (index, baseCase) in base.useCases.enumerated() where !matched[index] {
            comparisons.append(UseCaseComparison(
                name: baseCase.name, change: .removed, base: baseCase, head: nil, changedFields: [],
                monthlyDeltaUSD: -baseCase.monthlyUSD, firstYearDeltaUSD: -baseCase.firstYearUSD,
                monthlyDeltaPercent: baseCase.monthlyUSD > 0 ? -100 : nil))
        }
        return CatalogComparison(
            baseFile: base.file, baseSource: base.source, headFile: head.file, headSource: head.source,
            useCases: comparisons, portfolio: delta(base: base.portfolio, head: head.portfolio))
    }

    /// The portfolio of HEAD against BASE, recommended mix.
    public static func delta(base: PortfolioSnapshot, head: PortfolioSnapshot) -> PortfolioDelta {
        let monthly = head.recommendedMonthlyUSD - base.recommendedMonthlyUSD
        let firstYear = head.recommendedFirstYearUSD - base.recommendedFirstYearUSD
        return PortfolioDelta(
            base: base, head: head, monthlyDeltaUSD: monthly,
            monthlyDeltaPercent: percent(monthly, of: base.recommendedMonthlyUSD),
            firstYearDeltaUSD: firstYear, firstYearDeltaPercent: percent(firstYear, of: base.recommendedFirstYearUSD))
    }

    /// `change` as a percentage of `base`; nil when `base` is not positive or the result is not finite.
    public static func percent(_ change: Double, of base: Double) -> Double? {
        guard base > 0 else { return nil }
        let value = change / base * 100
        return value.isFinite ? value : nil
    }

    // MARK: - One use case

    static func compare(_ base: UseCaseSnapshot, _ head: UseCaseSnapshot) -> UseCaseComparison {
        let fields = changedFields(base, head)
        let monthly = head.monthlyUSD - base.monthlyUSD
        let firstYear = head.firstYearUSD - base.firstYearUSD
        let isSame = fields.isEmpty && base.statedTier == head.statedTier && base.recommendedTier == head.recommendedTier
            && base.pattern == head.pattern && cents(base.monthlyUSD) == cents(head.monthlyUSD)
            && cents(base.firstYearUSD) == cents(head.firstYearUSD) && sameMove(base.move, head.move)
        return UseCaseComparison(
            name: head.name, change: isSame ? .unchanged : .changed, base: base, head: head, changedFields: fields,
            monthlyDeltaUSD: isSame ? 0 : monthly, firstYearDeltaUSD: isSame ? 0 : firstYear,
            monthlyDeltaPercent: isSame ? (base.monthlyUSD > 0 ? 0 : nil) : percent(monthly, of: base.monthlyUSD))
    }

    private static func cents(_ value: Double) -> Double { (value * 100).rounded() }

    private static func sameMove(_ a: MoveSnapshot?, _ b: MoveSnapshot?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let a?, let b?):
            let months = switch (a.paybackMonths, b.paybackMonths) {
            case (nil, nil): true
            case (let x?, let y?): abs(x - y) < 0.005
            default: false
            }
            return a.from == b.from && a.to == b.to && a.paysBack == b.paysBack && months
        default: return false
        }
    }

    /// The catalog keys whose values differ, in catalog-field order: every
    /// input when both sides come from catalogs; when one is a saved
    /// analysis, the inputs a saved analysis keeps (stated tier, events per
    /// day, peak rate, cost parameters).
    static func changedFields(_ base: UseCaseSnapshot, _ head: UseCaseSnapshot) -> [String] {
        if let a = base.useCase, let b = head.useCase {
            if a == b { return [] }
            var fields: [String] = []
            func check(_ key: String, _ same: Bool) { if !same { fields.append(key) } }
            check("description", a.description == b.description)
            check("data_source", a.dataSource == b.dataSource)
            check("latency_requirement", a.latencyRequirement == b.latencyRequirement)
            check("latency_justification", a.latencyJustification == b.latencyJustification)
            check("events_per_second", a.eventsPerSecond == b.eventsPerSecond)
            check("peak_multiplier", a.peakMultiplier == b.peakMultiplier)
            check("requires_historical_context", a.requiresHistoricalContext == b.requiresHistoricalContext)
            check("requires_ordering", a.requiresOrdering == b.requiresOrdering)
            check("requires_exactly_once", a.requiresExactlyOnce == b.requiresExactlyOnce)
            check("revenue_impact_per_minute_delay", a.revenueImpactPerMinuteDelayUSD == b.revenueImpactPerMinuteDelayUSD)
            check("cost_of_error", a.costOfError == b.costOfError)
            check("events_per_day", a.statedEventsPerDay == b.statedEventsPerDay)
            check("processing_complexity", a.processingComplexity == b.processingComplexity)
            check("team_experience", a.teamExperience == b.teamExperience)
            check("existing_infrastructure", a.existingInfrastructure == b.existingInfrastructure)
            check("budget_constraint", a.budgetConstraint == b.budgetConstraint)
            check("error_recovery", a.errorRecovery == b.errorRecovery)
            check("hourly_rate", a.costParameters.hourlyRateUSD == b.costParameters.hourlyRateUSD)
            check("baseline_monthly_compute", a.costParameters.baselineMonthlyComputeUSD == b.costParameters.baselineMonthlyComputeUSD)
            check("value_model", a.valueModel == b.valueModel)
            check("source_arrival_interval_minutes", a.sourceArrivalIntervalMinutes == b.sourceArrivalIntervalMinutes)
            check("consumption_interval_minutes", a.consumptionIntervalMinutes == b.consumptionIntervalMinutes)
            check("current_approach", a.currentTier == b.currentTier)
            check("consumer", a.consumer == b.consumer)
            check("event_bytes", a.eventBytes == b.eventBytes)
            check("log_retention_days", a.logRetentionDays == b.logRetentionDays)
            return fields
        }
        var fields: [String] = []
        if base.statedTier != head.statedTier { fields.append("latency_requirement") }
        if !close(base.eventsPerDay, head.eventsPerDay) { fields.append("events_per_day") }
        if !close(base.peakEventsPerSecond, head.peakEventsPerSecond) { fields.append("peak_events_per_second") }
        if !close(base.costParameters.hourlyRateUSD, head.costParameters.hourlyRateUSD) { fields.append("hourly_rate") }
        if !close(base.costParameters.baselineMonthlyComputeUSD, head.costParameters.baselineMonthlyComputeUSD) {
            fields.append("baseline_monthly_compute")
        }
        return fields
    }

    /// Equal up to the precision a saved analysis keeps (shortest round-trip digits).
    private static func close(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }
}
