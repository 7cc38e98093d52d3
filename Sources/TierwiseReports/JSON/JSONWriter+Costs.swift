import TierwiseJSON
import TierwiseModel

/// The JSON shapes shared by several reports, written in one place so that
/// `analyze`, `costs` and `break-even` agree key for key.
extension JSONWriter {
    /// `{"monthly_infrastructure", "monthly_operational", "total_monthly", "initial_investment", "annual_tco"}`, USD.
    /// With `namesYears` (the tierwise model), `annual_tco` is replaced by
    /// `steady_state_annual` (12 × monthly) and `first_year_cost` (build + 12 × monthly).
    mutating func costModel(_ model: CostModel, namesYears: Bool = false) {
        beginObject(inline: true)
        member("monthly_infrastructure", usd: model.monthlyInfrastructureUSD)
        member("monthly_operational", usd: model.monthlyOperationalUSD)
        member("total_monthly", usd: model.totalMonthlyUSD)
        member("initial_investment", usd: model.initialInvestmentUSD)
        if namesYears {
            member("steady_state_annual", usd: model.totalMonthlyUSD * 12)
            member("first_year_cost", usd: model.annualTCOUSD)
        } else {
            member("annual_tco", usd: model.annualTCOUSD)
        }
        endObject()
    }

    /// `{"<approach>": costModel, …}` in the order given.
    mutating func approachCosts(_ costs: [ApproachCost], namesYears: Bool = false) {
        beginObject()
        for cost in costs {
            key(dynamic: cost.approach.rawValue)
            costModel(cost.model, namesYears: namesYears)
            if let sizing = cost.capacity {
                key(dynamic: cost.approach.rawValue + "_capacity")
                capacitySizing(sizing)
            }
        }
        endObject()
    }

    /// The seed's break-even keys plus what was compared. `payback_months` is
    /// `null` when the faster approach never pays back.
    mutating func breakEvenMembers(_ breakEven: BreakEven) {
        member("from_approach", breakEven.fromApproach.rawValue)
        member("to_approach", breakEven.toApproach.rawValue)
        member("baseline_latency_minutes", breakEven.baselineLatencyMinutes)
        member("candidate_latency_minutes", breakEven.candidateLatencyMinutes)
        member("latency_reduction_minutes", breakEven.latencyReductionMinutes)
        member("monthly_cost_increase", usd: breakEven.monthlyCostIncreaseUSD)
        member("monthly_latency_value", usd: breakEven.monthlyLatencyValueUSD)
        member("monthly_net_benefit", usd: breakEven.monthlyNetBenefitUSD)
        member("initial_investment_increase", usd: breakEven.initialInvestmentIncreaseUSD)
        key("payback_months"); optionalNumber(breakEven.paybackMonths)
        if let cap = breakEven.monthlyValueCapUSD, let months = breakEven.monthsToBenefit {
            member("monthly_value_cap", usd: cap)
            member("cap_binds", breakEven.capBinds)
            member("months_to_benefit", months)
            key("payback_from_build_start_months"); optionalNumber(breakEven.paybackFromBuildStartMonths)
        }
        member("recommended", breakEven.isRecommended)
    }

    /// What the capacity cost model provisioned (docs/capacity.md); counts are whole numbers.
    mutating func capacitySizing(_ c: CapacitySizing) {
        beginObject(inline: true)
        member("basis", c.basis.rawValue)
        member("provisioned_events_per_second", c.provisionedEventsPerSecond)
        member("target_utilization", c.targetUtilization)
        member("event_bytes", c.eventBytes)
        member("vcpus", c.vCPUs)
        member("vcpu_hours_per_month", c.vCPUHoursPerMonth)
        member("runs_per_month", c.runsPerMonth)
        member("peak_throughput_mb_per_second", c.peakThroughputMBPerSecond)
        member("kafka_partitions", c.kafkaPartitions)
        member("kafka_brokers", c.kafkaBrokers)
        member("log_storage_gb", c.logStorageGB)
        member("replication_traffic_gb_per_month", c.replicationTrafficGBPerMonth)
        member("lake_storage_gb", c.lakeStorageGB)
        endObject()
    }

    /// `{"hourly_rate", "baseline_monthly_compute"}`, USD.
    mutating func costParameters(_ parameters: CostParameters) {
        beginObject(inline: true)
        member("hourly_rate", usd: parameters.hourlyRateUSD)
        member("baseline_monthly_compute", usd: parameters.baselineMonthlyComputeUSD)
        endObject()
    }
}
