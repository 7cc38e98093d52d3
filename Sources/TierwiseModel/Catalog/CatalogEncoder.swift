import TierwiseJSON

/// Writes a ``Catalog`` back as catalog JSON that ``CatalogDecoder`` reads.
///
/// Optional fields are written only when they differ from what the catalog's
/// defaults would give, so a decoded-then-encoded catalog stays as short as
/// the original.
public enum CatalogEncoder {
    /// The catalog as pretty-printed JSON.
    public static func encode(_ catalog: Catalog) -> String {
        var writer = JSONWriter(reservingCapacity: 1024 + catalog.useCases.count * 700)
        writer.beginObject()
        if let name = catalog.name { writer.member("name", name) }
        if catalog.defaults != CatalogDefaults() {
            writer.key("defaults")
            defaults(catalog.defaults, into: &writer)
        }
        writer.key("use_cases")
        writer.beginArray()
        let inherited = CostParameterOverrides.resolve([catalog.defaults.costParameters])
        for useCase in catalog.useCases { self.useCase(useCase, defaults: catalog.defaults, inherited: inherited, into: &writer) }
        writer.endArray()
        writer.endObject()
        return writer.text
    }

    private static func defaults(_ d: CatalogDefaults, into writer: inout JSONWriter) {
        writer.beginObject()
        if let rate = d.costParameters.hourlyRateUSD { writer.member("hourly_rate", rate) }
        if let base = d.costParameters.baselineMonthlyComputeUSD { writer.member("baseline_monthly_compute", base) }
        if !d.tierLatencyMinutes.isEmpty {
            writer.key("tier_latency_minutes")
            writer.beginObject()
            for tier in LatencyTier.allCases { if let m = d.tierLatencyMinutes[tier] { writer.key(dynamic: tier.rawValue); writer.number(m) } }
            writer.endObject()
        }
        if let v = d.processingComplexity { writer.member("processing_complexity", v.rawValue) }
        if let v = d.teamExperience { writer.member("team_experience", v.rawValue) }
        if let v = d.existingInfrastructure { writer.member("existing_infrastructure", v.rawValue) }
        if let v = d.budgetConstraint { writer.member("budget_constraint", v.rawValue) }
        if let v = d.valueModel { writer.key("value_model"); valueModel(v, into: &writer) }
        let settings = d.decision, builtIn = DecisionSettings()
        if settings.paybackBarMonths != builtIn.paybackBarMonths { writer.member("payback_bar_months", settings.paybackBarMonths) }
        if settings.buildTeamSize != builtIn.buildTeamSize { writer.member("build_team_size", settings.buildTeamSize) }
        if settings.parallelRunWeeks != builtIn.parallelRunWeeks { writer.member("parallel_run_weeks", settings.parallelRunWeeks) }
        if let v = settings.discountRateAnnual { writer.member("discount_rate_annual", v) }
        if settings.costModel != builtIn.costModel { writer.member("cost_model", settings.costModel.rawValue) }
        if settings.streamingPlatformMonthlyUSD != builtIn.streamingPlatformMonthlyUSD {
            writer.member("streaming_platform_monthly", settings.streamingPlatformMonthlyUSD)
        }
        if settings.batchPlatformMonthlyUSD != builtIn.batchPlatformMonthlyUSD {
            writer.member("batch_platform_monthly", settings.batchPlatformMonthlyUSD)
        }
        if !d.pricing.isEmpty {
            writer.key("pricing")
            writer.beginObject()
            for field in Pricing.fields { if let v = d.pricing.values[field.key] { writer.key(dynamic: field.key); writer.number(v) } }
            writer.endObject()
        }
        writer.endObject()
    }

    private static func valueModel(_ v: ValueModel, into writer: inout JSONWriter) {
        writer.beginObject(inline: true)
        writer.member("kind", v.kind)
        switch v.curve {
        case .decisions(let perHour): writer.member("decisions_per_hour", perHour)
        case .deadline(let seconds): writer.member("deadline_seconds", seconds)
        case .linearDecay(let horizon): writer.member("horizon_minutes", horizon)
        case .halfLife(let minutes): writer.member("half_life_minutes", minutes)
        }
        if v.activeHoursPerWeek != 168 { writer.member("active_hours_per_week", v.activeHoursPerWeek) }
        writer.endObject()
    }

    private static func useCase(
        _ u: UseCase, defaults d: CatalogDefaults, inherited: CostParameters, into writer: inout JSONWriter
    ) {
        writer.beginObject()
        writer.member("name", u.name)
        writer.member("description", u.description)
        writer.member("data_source", u.dataSource)
        writer.member("latency_requirement", u.latencyRequirement.rawValue)
        writer.member("latency_justification", u.latencyJustification)
        writer.member("events_per_second", u.eventsPerSecond)
        writer.member("peak_multiplier", u.peakMultiplier)
        writer.member("requires_historical_context", u.requiresHistoricalContext)
        writer.member("requires_ordering", u.requiresOrdering)
        writer.member("requires_exactly_once", u.requiresExactlyOnce)
        writer.member("revenue_impact_per_minute_delay", u.revenueImpactPerMinuteDelayUSD)
        writer.member("cost_of_error", u.costOfError.rawValue)
        if let v = u.statedEventsPerDay { writer.member("events_per_day", v) }
        if let v = u.processingComplexity, v != d.processingComplexity { writer.member("processing_complexity", v.rawValue) }
        if let v = u.teamExperience, v != d.teamExperience { writer.member("team_experience", v.rawValue) }
        if let v = u.existingInfrastructure, v != d.existingInfrastructure { writer.member("existing_infrastructure", v.rawValue) }
        if let v = u.budgetConstraint, v != d.budgetConstraint { writer.member("budget_constraint", v.rawValue) }
        if let v = u.errorRecovery { writer.member("error_recovery", v.rawValue) }
        if u.costParameters.hourlyRateUSD != inherited.hourlyRateUSD {
            writer.member("hourly_rate", u.costParameters.hourlyRateUSD)
        }
        if u.costParameters.baselineMonthlyComputeUSD != inherited.baselineMonthlyComputeUSD {
            writer.member("baseline_monthly_compute", u.costParameters.baselineMonthlyComputeUSD)
        }
        if let v = u.valueModel, v != d.valueModel { writer.key("value_model"); valueModel(v, into: &writer) }
        if let v = u.sourceArrivalIntervalMinutes { writer.member("source_arrival_interval_minutes", v) }
        if let v = u.consumptionIntervalMinutes { writer.member("consumption_interval_minutes", v) }
        if let v = u.currentTier { writer.member("current_approach", v.rawValue) }
        if let v = u.consumer { writer.member("consumer", v.rawValue) }
        if let v = u.eventBytes { writer.member("event_bytes", v) }
        if let v = u.logRetentionDays { writer.member("log_retention_days", v) }
        writer.endObject()
    }
}
