/// A numeric input of a use case that what-if analysis can vary (sweeps,
/// threshold solving, ranges for Monte Carlo): its catalog name, its range,
/// and how to read and set it on a decoded ``UseCase``.
///
/// Value-model parameters apply when the use case's value model has them
/// (`value_model.deadline_seconds` only to a deadline model, and so on);
/// ``canApply(to:)`` says whether it does.
public enum UseCaseInput: String, CaseIterable, Sendable {
    case eventsPerSecond = "events_per_second"
    case peakMultiplier = "peak_multiplier"
    case eventsPerDay = "events_per_day"
    case revenueImpactPerMinuteDelay = "revenue_impact_per_minute_delay"
    case hourlyRate = "hourly_rate"
    case baselineMonthlyCompute = "baseline_monthly_compute"
    case sourceArrivalIntervalMinutes = "source_arrival_interval_minutes"
    case consumptionIntervalMinutes = "consumption_interval_minutes"
    case eventBytes = "event_bytes"
    case logRetentionDays = "log_retention_days"
    case decisionsPerHour = "value_model.decisions_per_hour"
    case deadlineSeconds = "value_model.deadline_seconds"
    case horizonMinutes = "value_model.horizon_minutes"
    case halfLifeMinutes = "value_model.half_life_minutes"
    case activeHoursPerWeek = "value_model.active_hours_per_week"

    /// The accepted values (the catalog's limits).
    public var range: NumberRange {
        switch self {
        case .eventsPerSecond: InputLimits.eventsPerSecond
        case .peakMultiplier: InputLimits.peakMultiplier
        case .eventsPerDay: InputLimits.eventsPerDay
        case .revenueImpactPerMinuteDelay: InputLimits.revenuePerMinuteUSD
        case .hourlyRate: InputLimits.hourlyRateUSD
        case .baselineMonthlyCompute: InputLimits.baselineMonthlyComputeUSD
        case .sourceArrivalIntervalMinutes, .consumptionIntervalMinutes, .horizonMinutes, .halfLifeMinutes:
            InputLimits.intervalMinutes
        case .eventBytes: InputLimits.eventBytes
        case .logRetentionDays: InputLimits.retentionDays
        case .decisionsPerHour: InputLimits.decisionsPerHour
        case .deadlineSeconds: InputLimits.deadlineSeconds
        case .activeHoursPerWeek: InputLimits.activeHoursPerWeek
        }
    }

    /// The input's current value for `useCase`, nil when it does not apply or is not stated.
    public func value(in useCase: UseCase) -> Double? {
        let model = useCase.valueModel ?? .seed
        switch self {
        case .eventsPerSecond: return useCase.eventsPerSecond
        case .peakMultiplier: return useCase.peakMultiplier
        case .eventsPerDay: return useCase.eventsPerDay
        case .revenueImpactPerMinuteDelay: return useCase.revenueImpactPerMinuteDelayUSD
        case .hourlyRate: return useCase.costParameters.hourlyRateUSD
        case .baselineMonthlyCompute: return useCase.costParameters.baselineMonthlyComputeUSD
        case .sourceArrivalIntervalMinutes: return useCase.sourceArrivalIntervalMinutes
        case .consumptionIntervalMinutes: return useCase.consumptionIntervalMinutes
        case .eventBytes: return useCase.eventBytes
        case .logRetentionDays: return useCase.logRetentionDays
        case .activeHoursPerWeek: return model.activeHoursPerWeek
        case .decisionsPerHour:
            if case .decisions(let perHour) = model.curve { return perHour }
            return nil
        case .deadlineSeconds:
            if case .deadline(let seconds) = model.curve { return seconds }
            return nil
        case .horizonMinutes:
            if case .linearDecay(let horizon) = model.curve { return horizon }
            return nil
        case .halfLifeMinutes:
            if case .halfLife(let minutes) = model.curve { return minutes }
            return nil
        }
    }

    /// True when setting the input changes `useCase` (a value-model parameter needs its kind of model).
    public func canApply(to useCase: UseCase) -> Bool {
        switch self {
        case .decisionsPerHour, .deadlineSeconds, .horizonMinutes, .halfLifeMinutes: value(in: useCase) != nil
        default: true
        }
    }

    /// `useCase` with the input set to `value`, clamped into ``range`` so every figure stays finite.
    public func applied(_ value: Double, to useCase: UseCase) -> UseCase {
        var u = useCase
        let v = range.clamp(value)
        var model = u.valueModel ?? .seed
        switch self {
        case .eventsPerSecond: u.eventsPerSecond = v
        case .peakMultiplier: u.peakMultiplier = v
        case .eventsPerDay: u.statedEventsPerDay = v
        case .revenueImpactPerMinuteDelay: u.revenueImpactPerMinuteDelayUSD = v
        case .hourlyRate: u.costParameters.hourlyRateUSD = v
        case .baselineMonthlyCompute: u.costParameters.baselineMonthlyComputeUSD = v
        case .sourceArrivalIntervalMinutes: u.sourceArrivalIntervalMinutes = v
        case .consumptionIntervalMinutes: u.consumptionIntervalMinutes = v
        case .eventBytes: u.eventBytes = v
        case .logRetentionDays: u.logRetentionDays = v
        case .activeHoursPerWeek:
            model.activeHoursPerWeek = v
            u.valueModel = model
        case .decisionsPerHour, .deadlineSeconds, .horizonMinutes, .halfLifeMinutes:
            switch (self, model.curve) {
            case (.decisionsPerHour, .decisions): model.curve = .decisions(perHour: v)
            case (.deadlineSeconds, .deadline): model.curve = .deadline(seconds: v)
            case (.horizonMinutes, .linearDecay): model.curve = .linearDecay(horizonMinutes: v)
            case (.halfLifeMinutes, .halfLife): model.curve = .halfLife(minutes: v)
            default: return u
            }
            u.valueModel = model
        }
        return u
    }

    /// The names for messages.
    public static var allNamesForMessages: String { listForMessages(allCases.map(\.rawValue)) }
}
