import TierwiseJSON
import TierwiseModel

/// The JSON members only the tierwise model has: its assumptions, the
/// `decision` object of each use case, and the portfolio's delay loss,
/// platforms and infeasible use cases. Money keeps its cents here.
extension AnalysisJSONReport {
    static func tierwiseAssumptions(tierLatencies: TierLatencies, settings: DecisionSettings, into writer: inout JSONWriter) {
        writer.member("tool_version", ToolVersion.current)
        writer.member("cost_model", settings.costModel.rawValue)
        writer.member("default_value_model", "seed (1 decision per hour, 24x7), unless the catalog states one")
        writer.member("hours_per_month", 720)
        writer.member("payback_bar_months", settings.paybackBarMonths)
        writer.member("build_team_size", settings.buildTeamSize)
        writer.member("working_days_per_month", DecisionSettings.workingDaysPerMonth)
        writer.member("parallel_run_weeks", settings.parallelRunWeeks)
        writer.key("discount_rate_annual"); writer.optionalNumber(settings.discountRateAnnual)
        writer.member("streaming_platform_monthly", usd: settings.streamingPlatformMonthlyUSD)
        writer.member("batch_platform_monthly", usd: settings.batchPlatformMonthlyUSD)
        writer.key("delivered_latency_minutes")
        writer.beginObject()
        for tier in LatencyTier.allCases {
            let delivered = DeliveredLatency.delivered(by: tier, overrideMeanMinutes: tierLatencies.override(for: tier))
            writer.key(dynamic: tier.rawValue)
            deliveredLatency(delivered, into: &writer)
        }
        writer.endObject()
    }

    /// `"overrides": [{"target", "field", "value", "source"}]`, in the order applied.
    static func overrides(_ overrides: [CatalogOverride], into writer: inout JSONWriter) {
        writer.key("overrides")
        writer.beginArray()
        for o in overrides {
            writer.beginObject(inline: true)
            switch o.target {
            case .defaults: writer.member("target", "defaults")
            case .useCase(let name): writer.member("use_case", name)
            }
            writer.member("field", o.path.joined(separator: "."))
            writer.key("value"); writer.value(o.value)
            writer.member("source", o.source)
            writer.endObject()
        }
        writer.endArray()
    }

    static func tierwiseScenarioMembers(_ scenario: PortfolioScenario, monthlyDelayLossUSD: Double, into writer: inout JSONWriter) {
        writer.member("monthly_delay_loss", usd: monthlyDelayLossUSD)
        writer.member("platform_monthly", usd: scenario.platformMonthlyUSD ?? 0)
        writer.member("steady_state_annual", usd: scenario.steadyStateAnnualUSD)
        writer.member("first_year_cost", usd: scenario.annualTCOUSD)
        writer.member("feasible", scenario.isFeasible)
        writer.member("infeasible_use_case_count", scenario.infeasibleUseCaseCount)
        writer.key("infeasible_examples")
        writer.beginArray(inline: true)
        for name in scenario.infeasibleExamples { writer.string(name) }
        writer.endArray()
    }

    static func decision(_ d: TierDecision, useCase: UseCase, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("value_model")
        writer.beginObject(inline: true)
        writer.member("kind", d.valueModel.kind)
        switch d.valueModel.curve {
        case .decisions(let perHour): writer.member("decisions_per_hour", perHour)
        case .deadline(let seconds): writer.member("deadline_seconds", seconds)
        case .linearDecay(let horizon): writer.member("horizon_minutes", horizon)
        case .halfLife(let minutes): writer.member("half_life_minutes", minutes)
        }
        writer.member("active_hours_per_week", d.valueModel.activeHoursPerWeek)
        writer.member("assumed", d.valueModelAssumed)
        writer.member("monthly_cap", usd: d.valueModel.monthlyCapUSD(usdPerMinute: useCase.revenueImpactPerMinuteDelayUSD))
        writer.endObject()
        writer.member("consumer", d.consumer.rawValue)
        writer.member("consumer_stated", d.consumerStated)
        writer.key("current_tier"); writer.optionalString(d.currentTier?.rawValue)
        writer.member("baseline_tier", d.baselineTier.rawValue)
        writer.member("chosen_tier", d.chosenTier.rawValue)
        writer.member("infeasible", d.isInfeasible)
        writer.key("options")
        writer.beginArray()
        for option in d.options { self.option(option, into: &writer) }
        writer.endArray()
        writer.key("steps")
        writer.beginArray()
        for step in d.steps { self.step(step, into: &writer) }
        writer.endArray()
        writer.key("recommended_move")
        if let move = d.recommendedMove { step(move, into: &writer) } else { writer.null() }
        writer.key("next_faster_move")
        if let move = d.nextFasterMove { step(move, into: &writer) } else { writer.null() }
        writer.key("net_present_value_36_months"); writer.optionalMoney(d.netPresentValueUSD)
        writer.key("forced")
        if let forced = d.forced {
            writer.beginObject(inline: true)
            writer.member("recommended_tier", forced.recommendedTier.rawValue)
            writer.member("recommended_pattern", forced.recommendedPattern.rawValue)
            writer.member("monthly_cost_delta", usd: forced.monthlyCostDeltaUSD)
            writer.member("monthly_delay_loss_delta", usd: forced.monthlyDelayLossDeltaUSD)
            writer.member("investment_delta", usd: forced.investmentDeltaUSD)
            writer.endObject()
        } else {
            writer.null()
        }
        writer.key("challenges")
        writer.beginArray()
        for challenge in d.challenges {
            writer.beginObject(inline: true)
            writer.member("rule", challenge.rule)
            writer.member("message", challenge.message)
            writer.endObject()
        }
        writer.endArray()
        writer.key("guarantees")
        writer.beginArray()
        for guarantee in d.guarantees { writer.string(guarantee) }
        writer.endArray()
        writer.key("advisories")
        writer.beginArray()
        for advisory in d.advisories { writer.string(advisory) }
        writer.endArray()
        writer.key("pattern_cost")
        writer.beginObject()
        writer.key("components")
        writer.beginArray()
        for component in d.chosen.cost.components {
            writer.beginObject(inline: true)
            writer.member("role", component.role)
            writer.member("total_monthly", usd: component.model.totalMonthlyUSD)
            writer.member("initial_investment", usd: component.model.initialInvestmentUSD)
            writer.endObject()
        }
        writer.endArray()
        writer.member("monthly_total", usd: d.chosen.cost.monthlyUSD)
        writer.member("steady_state_annual", usd: d.chosen.cost.steadyStateAnnualUSD)
        writer.member("first_year_cost", usd: d.chosen.firstYearCostUSD)
        writer.endObject()
        writer.endObject()
    }

    private static func deliveredLatency(_ delivered: DeliveredLatency, into writer: inout JSONWriter) {
        writer.beginObject(inline: true)
        writer.member("refresh_interval_minutes", delivered.refreshIntervalMinutes)
        writer.member("mean_minutes", delivered.meanMinutes)
        writer.member("worst_minutes", delivered.worstMinutes)
        writer.endObject()
    }

    private static func option(_ o: TierOption, into writer: inout JSONWriter) {
        writer.beginObject()
        writer.member("tier", o.tier.rawValue)
        writer.member("pattern", o.pattern.rawValue)
        writer.member("approach", o.approach.rawValue)
        writer.key("delivered_latency"); deliveredLatency(o.delivered, into: &writer)
        writer.member("credited_latency_minutes", o.creditedLatencyMinutes)
        writer.member("monthly_delay_loss", usd: o.monthlyDelayLossUSD)
        writer.member("cap_binds", o.capBinds)
        writer.member("monthly_cost", usd: o.cost.monthlyUSD)
        writer.member("investment", usd: o.investmentUSD)
        writer.member("months_to_benefit", o.monthsToBenefit)
        writer.member("first_year_cost", usd: o.firstYearCostUSD)
        writer.member("feasible", o.isFeasible)
        writer.key("infeasible_reason"); writer.optionalString(o.infeasibleReason)
        writer.endObject()
    }

    private static func step(_ s: DecisionStep, into writer: inout JSONWriter) {
        writer.beginObject(inline: true)
        writer.member("from_tier", s.from.rawValue)
        writer.member("to_tier", s.to.rawValue)
        writer.member("monthly_value_gain", usd: s.monthlyValueGainUSD)
        writer.member("monthly_cost_increase", usd: s.monthlyCostIncreaseUSD)
        writer.member("monthly_net_benefit", usd: s.monthlyNetBenefitUSD)
        writer.member("investment_increase", usd: s.investmentIncreaseUSD)
        writer.member("months_to_benefit", s.monthsToBenefit)
        writer.key("payback_from_build_start_months"); writer.optionalNumber(s.paybackFromBuildStartMonths)
        writer.member("pays_back", s.paysBack)
        writer.key("switching_delay_cost_per_minute"); writer.optionalMoney(s.switchingDelayCostUSDPerMinute)
        writer.endObject()
    }
}
