import TierwiseJSON

/// Reading the fields of the tierwise decision model: value models, source
/// and consumer intervals, the system in place, the consumer, and the
/// catalog-wide decision settings.
extension CatalogDecoder {
    /// The decision-model fields a use case states.
    struct DecisionFields {
        var valueModel: ValueModel?
        var sourceArrivalIntervalMinutes: Double?
        var consumptionIntervalMinutes: Double?
        var currentTier: LatencyTier?
        var consumer: ResultConsumer?
    }

    static let decisionDefaultsKeys: Set<String> = [
        "value_model", "payback_bar_months", "build_team_size", "parallel_run_weeks", "discount_rate_annual",
        "cost_model", "streaming_platform_monthly", "batch_platform_monthly",
    ]

    static let valueModelKeys: Set<String> = [
        "kind", "decisions_per_hour", "deadline_seconds", "horizon_minutes", "half_life_minutes", "active_hours_per_week",
    ]

    /// The value models' `kind` names.
    static let valueModelKinds = ["seed", "decisions", "deadline", "linear_decay", "half_life"]

    /// Current approaches a catalog may name: a tier, or nothing in place.
    static let currentApproachNames = LatencyTier.allCases.map(\.rawValue) + ["none"]

    mutating func decodeDecisionFields(_ m: UseCaseFields, path: String) -> DecisionFields {
        var fields = DecisionFields()
        if let value = m[.valueModel] { fields.valueModel = decodeValueModel(value, path: join(path, "value_model")) }
        fields.sourceArrivalIntervalMinutes = number(
            m[.sourceArrivalIntervalMinutes], "source_arrival_interval_minutes", path: path,
            range: InputLimits.intervalMinutes, required: false)
        fields.consumptionIntervalMinutes = number(
            m[.consumptionIntervalMinutes], "consumption_interval_minutes", path: path,
            range: InputLimits.intervalMinutes, required: false)
        if let value = m[.currentApproach] {
            if case .string(let text) = value, Self.currentApproachNames.contains(text) {
                fields.currentTier = LatencyTier(rawValue: text)
            } else {
                issue(join(path, "current_approach"),
                      "expected \(listForMessages(Self.currentApproachNames)), got \(value.excerpt)")
            }
        }
        fields.consumer = optionalEnum(m[.consumer], "consumer", path: path)
        return fields
    }

    mutating func decodeDecisionDefaults(_ members: Fields, path: String, into defaults: inout CatalogDefaults) {
        if let value = members["value_model"] { defaults.valueModel = decodeValueModel(value, path: join(path, "value_model")) }
        var settings = DecisionSettings()
        if let v = number(members["payback_bar_months"], "payback_bar_months", path: path,
                          range: InputLimits.paybackBarMonths, required: false) { settings.paybackBarMonths = v }
        if let v = number(members["build_team_size"], "build_team_size", path: path,
                          range: InputLimits.buildTeamSize, required: false) { settings.buildTeamSize = v }
        if let v = number(members["parallel_run_weeks"], "parallel_run_weeks", path: path,
                          range: InputLimits.parallelRunWeeks, required: false) { settings.parallelRunWeeks = v }
        settings.discountRateAnnual = number(
            members["discount_rate_annual"], "discount_rate_annual", path: path, range: InputLimits.discountRateAnnual,
            required: false)
        if let v: DecisionSettings.CostModelKind = optionalEnum(members["cost_model"], "cost_model", path: path) {
            settings.costModel = v
        }
        if let v = number(members["streaming_platform_monthly"], "streaming_platform_monthly", path: path,
                          range: InputLimits.platformMonthlyUSD, required: false) { settings.streamingPlatformMonthlyUSD = v }
        if let v = number(members["batch_platform_monthly"], "batch_platform_monthly", path: path,
                          range: InputLimits.platformMonthlyUSD, required: false) { settings.batchPlatformMonthlyUSD = v }
        defaults.decision = settings
    }

    /// `"seed"`, or an object with a `kind` and that kind's parameter.
    mutating func decodeValueModel(_ value: JSONValue, path: String) -> ValueModel? {
        if case .string(let text) = value {
            if text == "seed" { return .seed }
            issue(path, "expected \"seed\" or an object with a \"kind\" (\(listForMessages(Self.valueModelKinds))), got \(value.excerpt)")
            return nil
        }
        guard case .object(let objectMembers) = value else {
            issue(path, "expected \"seed\" or an object with a \"kind\" (\(listForMessages(Self.valueModelKinds))), got \(value.excerpt)")
            return nil
        }
        let members = fields(objectMembers, allowed: Self.valueModelKeys, path: path)
        let hours = number(members["active_hours_per_week"], "active_hours_per_week", path: path,
                           range: InputLimits.activeHoursPerWeek, required: false) ?? 168
        guard let kindValue = members["kind"] else {
            issue(join(path, "kind"), "missing; expected \(listForMessages(Self.valueModelKinds))")
            return nil
        }
        guard case .string(let kind) = kindValue, Self.valueModelKinds.contains(kind) else {
            issue(join(path, "kind"), "expected \(listForMessages(Self.valueModelKinds)), got \(kindValue.excerpt)")
            return nil
        }
        let parameter: (key: String, range: NumberRange)? = switch kind {
        case "decisions": ("decisions_per_hour", InputLimits.decisionsPerHour)
        case "deadline": ("deadline_seconds", InputLimits.deadlineSeconds)
        case "linear_decay": ("horizon_minutes", InputLimits.intervalMinutes)
        case "half_life": ("half_life_minutes", InputLimits.intervalMinutes)
        default: nil
        }
        // A parameter of another kind is a mistake worth naming (it would be ignored).
        for other in ["decisions_per_hour", "deadline_seconds", "horizon_minutes", "half_life_minutes"]
        where other != parameter?.key && members[other] != nil {
            issue(join(path, other), "does not apply to kind \"\(kind)\"; remove it")
        }
        guard let parameter else { return ValueModel(curve: .decisions(perHour: 1), activeHoursPerWeek: hours) }
        // decisions_per_hour defaults to the seed's one an hour; the others are required.
        let required = parameter.key != "decisions_per_hour"
        let given = number(members[parameter.key], parameter.key, path: path, range: parameter.range, required: required)
        switch kind {
        case "decisions": return ValueModel(curve: .decisions(perHour: given ?? 1), activeHoursPerWeek: hours)
        case "deadline": return given.map { ValueModel(curve: .deadline(seconds: $0), activeHoursPerWeek: hours) }
        case "linear_decay": return given.map { ValueModel(curve: .linearDecay(horizonMinutes: $0), activeHoursPerWeek: hours) }
        default: return given.map { ValueModel(curve: .halfLife(minutes: $0), activeHoursPerWeek: hours) }
        }
    }
}
