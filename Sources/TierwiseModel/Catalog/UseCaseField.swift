/// The fields of a use case object, in the order `useCaseFields` stores them.
enum UseCaseField: Int, CaseIterable {
    case name, description, dataSource, latencyRequirement, latencyJustification, eventsPerSecond, peakMultiplier, requiresHistoricalContext, requiresOrdering, requiresExactlyOnce, revenueImpactPerMinuteDelay, costOfError, eventsPerDay, processingComplexity, teamExperience, existingInfrastructure, budgetConstraint, errorRecovery, hourlyRate, baselineMonthlyCompute, valueModel, sourceArrivalIntervalMinutes, consumptionIntervalMinutes, currentApproach, consumer
    case eventBytes, logRetentionDays
    case workload, architecture

    /// The field named `key`; a `switch` is cheaper here than hashing every key.
    init?(key: String) {
        // Dispatch on length first: most keys then need a single comparison.
        let field: UseCaseField?
        switch key.utf8.count {
        case 4: field = key == "name" ? .name : nil
        case 8:
            switch key {
            case "consumer": field = .consumer
            case "workload": field = .workload
            default: field = nil
            }
        case 11:
            switch key {
            case "description": field = .description
            case "data_source": field = .dataSource
            case "hourly_rate": field = .hourlyRate
            case "value_model": field = .valueModel
            case "event_bytes": field = .eventBytes
            default: field = nil
            }
        case 13: field = key == "cost_of_error" ? .costOfError : nil
        case 14:
            switch key {
            case "events_per_day": field = .eventsPerDay
            case "error_recovery": field = .errorRecovery
            default: field = nil
            }
        case 15:
            switch key {
            case "peak_multiplier": field = .peakMultiplier
            case "team_experience": field = .teamExperience
            default: field = nil
            }
        case 16: field = key == "current_approach" ? .currentApproach : nil
        case 17:
            switch key {
            case "events_per_second": field = .eventsPerSecond
            case "requires_ordering": field = .requiresOrdering
            case "budget_constraint": field = .budgetConstraint
            default: field = nil
            }
        case 18: field = key == "log_retention_days" ? .logRetentionDays : nil
        case 19: field = key == "latency_requirement" ? .latencyRequirement : nil
        case 21:
            switch key {
            case "latency_justification": field = .latencyJustification
            case "requires_exactly_once": field = .requiresExactlyOnce
            case "processing_complexity": field = .processingComplexity
            default: field = nil
            }
        case 12: field = key == "architecture" ? .architecture : nil
        case 23: field = key == "existing_infrastructure" ? .existingInfrastructure : nil
        case 24: field = key == "baseline_monthly_compute" ? .baselineMonthlyCompute : nil
        case 27: field = key == "requires_historical_context" ? .requiresHistoricalContext : nil
        case 28: field = key == "consumption_interval_minutes" ? .consumptionIntervalMinutes : nil
        case 31:
            switch key {
            case "revenue_impact_per_minute_delay": field = .revenueImpactPerMinuteDelay
            case "source_arrival_interval_minutes": field = .sourceArrivalIntervalMinutes
            default: field = nil
            }
        default: field = nil
        }
        guard let field else { return nil }
        self = field
    }

    /// Field names by `rawValue`.
    static let keyList: [String] = [
        "name", "description", "data_source", "latency_requirement", "latency_justification", "events_per_second", "peak_multiplier", "requires_historical_context", "requires_ordering", "requires_exactly_once", "revenue_impact_per_minute_delay", "cost_of_error", "events_per_day", "processing_complexity", "team_experience", "existing_infrastructure", "budget_constraint", "error_recovery", "hourly_rate", "baseline_monthly_compute", "value_model", "source_arrival_interval_minutes", "consumption_interval_minutes", "current_approach", "consumer",
        "event_bytes", "log_retention_days",
        "workload", "architecture",
    ]

    /// Every field name, for "did you mean" hints.
    static let keys = Set(keyList)
}
