import Foundation
import TierwiseJSON
import TierwisePlatform

/// Turns catalog JSON into a ``Catalog``, reporting every problem at once.
///
/// Each problem names its JSON path and says what was expected and what was
/// found. Nothing partial is returned: either the whole catalog is valid, or
/// the caller gets ``CatalogError/invalid(path:issues:)`` with every issue.
public struct CatalogDecoder: Sendable {
    /// An object's members by key.
    typealias Fields = [String: JSONValue]

    /// The largest catalog file read, in bytes (1 GiB): room for the largest
    /// catalog `generate-catalog` writes (1,000,000 use cases, about 600 MB).
    public static let maximumFileSizeBytes = 1024 * 1024 * 1024

    /// Cost parameters given on the command line; they replace the catalog's
    /// defaults but not a use case's own values.
    public var commandOverrides: CostParameterOverrides
    /// The largest input accepted, in bytes; larger input is refused before parsing.
    public var maximumSizeBytes: Int

    var issues = IssueList()
    var warnings = IssueList()

    /// Creates a `CatalogDecoder` from its parts.
    public init(
        commandOverrides: CostParameterOverrides = CostParameterOverrides(),
        maximumSizeBytes: Int = CatalogDecoder.maximumFileSizeBytes
    ) {
        self.commandOverrides = commandOverrides
        self.maximumSizeBytes = maximumSizeBytes
    }

    // MARK: - Entry points

    /// Reads and decodes the catalog at `path`.
    public func load(path: String) throws(CatalogError) -> LoadedCatalog {
        try decode(try readBytes(path: path), path: path)
    }

    /// The bytes of the file at `path`, with the same refusals as
    /// ``load(path:)`` (no file, a directory, too large, unreadable): for
    /// callers that also want positions in the file (``CatalogSourceMap``).
    public func readBytes(path: String) throws(CatalogError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > maximumSizeBytes {
            throw .tooLarge(path: path, sizeBytes: size, limitBytes: maximumSizeBytes)
        }
        // Pipes and /dev/stdin have no size: they are read to their end, and
        // refused once they pass the limit (so /dev/zero cannot fill memory).
        guard let bytes = FileDescriptorIO.readFile(path, maximumBytes: maximumSizeBytes) else {
            throw .unreadable(path: path, reason: "permission denied, a read error, or more than \(maximumSizeBytes) bytes")
        }
        return bytes
    }

    /// The JSON document in `bytes`, or the located syntax error of the file at `path`.
    static func parseDocument(_ bytes: [UInt8], path: String) throws(CatalogError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(
                path: path, error: JSONSyntaxErrorSummary(message: error.message, line: error.line, column: error.column))
        }
    }

    /// Decodes catalog JSON; `path` only labels messages.
    public func decode(_ bytes: [UInt8], path: String) throws(CatalogError) -> LoadedCatalog {
        if bytes.count > maximumSizeBytes {
            throw .tooLarge(path: path, sizeBytes: bytes.count, limitBytes: maximumSizeBytes)
        }
        if bytes.count >= Self.parallelThresholdBytes, let loaded = decodeInParallel(bytes) {
            return try loaded.get(path: path)
        }
        let root = try Self.parseDocument(bytes, path: path)
        var decoder = self
        // A fully parsed tree cannot fail to parse again, so this is never nil.
        let catalog = decoder.decodeCatalog(root, elementSource: nil) ?? nil
        return try Outcome(catalog: catalog, issues: decoder.issues, warnings: decoder.warnings).get(path: path)
    }

    // MARK: - Catalog

    static let topLevelKeys: Set<String> = ["name", "description", "defaults", "use_cases"]

    /// The catalog (nil inside when invalid); the outer nil means an element
    /// from `elementSource` failed to parse.
    mutating func decodeCatalog(_ root: JSONValue, elementSource: ElementSource?) -> Catalog?? {
        guard case .object(let rootMembers) = root else {
            issue("top level", "expected an object with a \"use_cases\" array, got \(root.excerpt)")
            return .some(nil)
        }
        let members = fields(rootMembers, allowed: Self.topLevelKeys, path: "")
        let name = optionalString(members["name"], "name", path: "")
        _ = optionalString(members["description"], "description", path: "")
        var defaults = CatalogDefaults()
        if let value = members["defaults"] {
            defaults = decodeDefaults(value, path: "defaults")
        }
        guard let useCasesValue = members["use_cases"] else {
            issue("use_cases", "missing; expected an array of use cases")
            return .some(nil)
        }
        guard case .array(let elements) = useCasesValue else {
            issue("use_cases", "expected an array of use cases, got \(useCasesValue.excerpt)")
            return .some(nil)
        }
        let decoded: [DecodedElement]?
        if let elementSource {
            decoded = decodeElements(count: elementSource.ranges.count, defaults: defaults) { index in
                try? JSONParser.parse(elementSource.bytes, range: elementSource.ranges[index], startingDepth: 2)
            }
        } else {
            decoded = decodeElements(count: elements.count, defaults: defaults) { elements[$0] }
        }
        guard let decoded else { return nil }
        if decoded.isEmpty {
            issue("use_cases", "expected at least one use case, got an empty array")
        }
        var useCases: [UseCase] = []
        useCases.reserveCapacity(decoded.count)
        var firstIndexByName: [String: Int] = [:]
        for (index, element) in decoded.enumerated() {
            issues.append(contentsOf: element.issues)
            warnings.append(contentsOf: element.warnings)
            guard let useCase = element.useCase else { continue }
            if let first = firstIndexByName.updateValue(index, forKey: useCase.name) {
                firstIndexByName[useCase.name] = first
                issue(
                    "use_cases[\(index)].name",
                    "duplicate name \"\(VisibleText.escaped(useCase.name, limit: 40))\"; use_cases[\(first)] already uses it")
            }
            useCases.append(useCase)
        }
        return .some(Catalog(name: name, defaults: defaults, useCases: useCases))
    }

    // MARK: - Defaults

    static let defaultsKeys: Set<String> = Set<String>([
        "hourly_rate", "baseline_monthly_compute", "tier_latency_minutes", "processing_complexity",
        "team_experience", "existing_infrastructure", "budget_constraint",
        "pricing",
    ]).union(decisionDefaultsKeys)

    mutating func decodeDefaults(_ value: JSONValue, path: String) -> CatalogDefaults {
        guard case .object(let rawMembers) = value else {
            issue(path, "expected an object, got \(value.excerpt)")
            return CatalogDefaults()
        }
        let (objectMembers, ranges) = extractRanges(rawMembers, path: path)
        let members = fields(objectMembers, allowed: Self.defaultsKeys, path: path)
        var defaults = CatalogDefaults()
        defaults.uncertainInputs = ranges.filter { [.hourlyRate, .baselineMonthlyCompute].contains($0.input) || $0.input.rawValue.hasPrefix("value_model.") }
            .map { var inherited = $0; inherited.isInherited = true; return inherited }
        defaults.costParameters = decodeCostOverrides(
            hourlyRate: members["hourly_rate"], baselineMonthlyCompute: members["baseline_monthly_compute"], path: path)
        defaults.processingComplexity = optionalEnum(members["processing_complexity"], "processing_complexity", path: path)
        defaults.teamExperience = optionalEnum(members["team_experience"], "team_experience", path: path)
        defaults.existingInfrastructure = optionalEnum(members["existing_infrastructure"], "existing_infrastructure", path: path)
        defaults.budgetConstraint = optionalEnum(members["budget_constraint"], "budget_constraint", path: path)
        decodeDecisionDefaults(members, path: path, into: &defaults)
        if let latencies = members["tier_latency_minutes"] {
            defaults.tierLatencyMinutes = decodeTierLatencies(latencies, path: join(path, "tier_latency_minutes"))
        }
        if let pricing = members["pricing"] {
            defaults.pricing = decodePricing(pricing, path: join(path, "pricing"))
        }
        return defaults
    }

    mutating func decodeTierLatencies(_ value: JSONValue, path: String) -> [LatencyTier: Double] {
        guard case .object(let objectMembers) = value else {
            issue(path, "expected an object of minutes per tier, got \(value.excerpt)")
            return [:]
        }
        let members = fields(objectMembers, allowed: Set(LatencyTier.allCases.map(\.rawValue)), path: path)
        var minutes: [LatencyTier: Double] = [:]
        for tier in LatencyTier.allCases {
            if let value = number(members[tier.rawValue], tier.rawValue, path: path, range: InputLimits.latencyMinutes, required: false) {
                minutes[tier] = value
            }
        }
        // Faster tiers must be assumed faster, or break-even would credit a
        // move toward real time with negative time saved.
        let latencies = TierLatencies(overrides: minutes)
        for (faster, slower) in zip(LatencyTier.allCases, LatencyTier.allCases.dropFirst())
        where latencies.minutes(for: faster) >= latencies.minutes(for: slower) {
            issue(path, "\(faster.rawValue) (\(format(latencies.minutes(for: faster))) min) must be faster than "
                + "\(slower.rawValue) (\(format(latencies.minutes(for: slower))) min)")
        }
        return minutes
    }

    mutating func decodeCostOverrides(
        hourlyRate: JSONValue?, baselineMonthlyCompute: JSONValue?, path: String
    ) -> CostParameterOverrides {
        CostParameterOverrides(
            hourlyRateUSD: number(hourlyRate, "hourly_rate", path: path, range: InputLimits.hourlyRateUSD, required: false),
            baselineMonthlyComputeUSD: number(
                baselineMonthlyCompute, "baseline_monthly_compute", path: path, range: InputLimits.baselineMonthlyComputeUSD,
                required: false)
        )
    }

    // MARK: - Use cases

    /// A use case object's members by field.
    struct UseCaseFields {
        var values = [JSONValue?](repeating: nil, count: UseCaseField.allCases.count)
        subscript(field: UseCaseField) -> JSONValue? { values[field.rawValue] }
    }

    /// Files each member under its field in one pass; duplicates are errors
    /// and unknown keys warnings, as in ``fields(_:allowed:path:)``.
    mutating func useCaseFields(_ members: [JSONMember], path: String) -> UseCaseFields {
        var fields = UseCaseFields()
        for member in members {
            guard let field = UseCaseField(key: member.key) else {
                let hint = closestKey(to: member.key, in: UseCaseField.keys).map { "; did you mean \"\($0)\"?" } ?? ""
                warnings.append(CatalogIssue(path: join(path, member.key), message: "unknown field, ignored\(hint)"))
                continue
            }
            if fields.values[field.rawValue] != nil {
                issue(join(path, member.key), "appears more than once in the same object; keep one")
            } else {
                fields.values[field.rawValue] = member.value
            }
        }
        return fields
    }

    mutating func decodeUseCase(_ value: JSONValue, path: String, defaults: CatalogDefaults) -> UseCase? {
        guard case .object(let members) = value else {
            issue(path, "expected a use case object, got \(value.excerpt)")
            return nil
        }
        let issuesBefore = issues.totalCount
        let (plainMembers, ranges) = extractRanges(members, path: path)
        let m = useCaseFields(plainMembers, path: path)
        let name = requiredString(m[.name], "name", path: path, nonEmpty: true)
        let description = requiredString(m[.description], "description", path: path)
        let dataSource = requiredString(m[.dataSource], "data_source", path: path)
        let tier: LatencyTier? = requiredEnum(m[.latencyRequirement], "latency_requirement", path: path)
        let justification = requiredString(m[.latencyJustification], "latency_justification", path: path)
        let eventsPerSecond = number(m[.eventsPerSecond], "events_per_second", path: path, range: InputLimits.eventsPerSecond, required: true)
        let peak = number(m[.peakMultiplier], "peak_multiplier", path: path, range: InputLimits.peakMultiplier, required: true)
        let historical = requiredBool(m[.requiresHistoricalContext], "requires_historical_context", path: path)
        let ordering = requiredBool(m[.requiresOrdering], "requires_ordering", path: path)
        let exactlyOnce = requiredBool(m[.requiresExactlyOnce], "requires_exactly_once", path: path)
        let revenue = number(
            m[.revenueImpactPerMinuteDelay], "revenue_impact_per_minute_delay", path: path,
            range: InputLimits.revenuePerMinuteUSD, required: true)
        let costOfError: CostOfError? = requiredEnum(m[.costOfError], "cost_of_error", path: path)
        let eventsPerDay = number(m[.eventsPerDay], "events_per_day", path: path, range: InputLimits.eventsPerDay, required: false)
        let complexity: ProcessingComplexity? = optionalEnum(m[.processingComplexity], "processing_complexity", path: path)
        let team: Capability? = optionalEnum(m[.teamExperience], "team_experience", path: path)
        let infrastructure: Capability? = optionalEnum(m[.existingInfrastructure], "existing_infrastructure", path: path)
        let budget: BudgetConstraint? = optionalEnum(m[.budgetConstraint], "budget_constraint", path: path)
        let recovery: ErrorRecovery? = optionalEnum(m[.errorRecovery], "error_recovery", path: path)
        let own = decodeCostOverrides(hourlyRate: m[.hourlyRate], baselineMonthlyCompute: m[.baselineMonthlyCompute], path: path)
        let decision = decodeDecisionFields(m, path: path)
        let eventBytes = number(m[.eventBytes], "event_bytes", path: path, range: InputLimits.eventBytes, required: false)
        let logRetention = number(m[.logRetentionDays], "log_retention_days", path: path, range: InputLimits.retentionDays, required: false)
        // Ranges of the defaults reach the use cases that take the default.
        var uncertain = ranges
        for range in defaults.uncertainInputs {
            let own: Bool = switch range.input {
            case .hourlyRate: m[.hourlyRate] != nil
            case .baselineMonthlyCompute: m[.baselineMonthlyCompute] != nil
            default: m[.valueModel] != nil
            }
            if !own { uncertain.append(range) }
        }
        guard issues.totalCount == issuesBefore,
              let name, let description, let dataSource, let tier, let justification, let eventsPerSecond,
              let peak, let historical, let ordering, let exactlyOnce, let revenue, let costOfError
        else { return nil }
        var useCase = UseCase(
            name: name, description: description, dataSource: dataSource,
            latencyRequirement: tier, latencyJustification: justification,
            eventsPerSecond: eventsPerSecond, peakMultiplier: peak,
            requiresHistoricalContext: historical, requiresOrdering: ordering, requiresExactlyOnce: exactlyOnce,
            revenueImpactPerMinuteDelayUSD: revenue, costOfError: costOfError,
            statedEventsPerDay: eventsPerDay,
            processingComplexity: complexity ?? defaults.processingComplexity,
            teamExperience: team ?? defaults.teamExperience,
            existingInfrastructure: infrastructure ?? defaults.existingInfrastructure,
            budgetConstraint: budget ?? defaults.budgetConstraint,
            errorRecovery: recovery,
            costParameters: CostParameterOverrides.resolve([own, commandOverrides, defaults.costParameters]),
            valueModel: decision.valueModel ?? defaults.valueModel,
            sourceArrivalIntervalMinutes: decision.sourceArrivalIntervalMinutes,
            consumptionIntervalMinutes: decision.consumptionIntervalMinutes,
            currentTier: decision.currentTier,
            consumer: decision.consumer,
            eventBytes: eventBytes,
            logRetentionDays: logRetention
        )
        useCase.uncertainInputs = uncertain
        return withSimulationSettings(useCase, workload: m[.workload], architecture: m[.architecture], path: path)
    }

}
