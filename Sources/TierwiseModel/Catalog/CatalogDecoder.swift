import Foundation
import TierwiseJSON
import TierwisePlatform

/// A catalog decoded from JSON, with the warnings found on the way (unknown
/// fields, which are ignored but may be typos).
public struct LoadedCatalog: Sendable, Equatable {
    /// The catalog.
    public var catalog: Catalog
    /// Fields tierwise does not know; the catalog is still used. At most
    /// ``IssueList/defaultLimit`` are kept; ``warningCount`` counts them all.
    public var warnings: [CatalogIssue]
    /// How many warnings were found, kept or not.
    public var warningCount: Int
}

/// Turns catalog JSON into a ``Catalog``, reporting every problem at once.
///
/// Each problem names its JSON path and says what was expected and what was
/// found. Nothing partial is returned: either the whole catalog is valid, or
/// the caller gets ``CatalogError/invalid(path:issues:)`` with every issue.
public struct CatalogDecoder: Sendable {
    /// An object's members by key.
    private typealias Fields = [String: JSONValue]

    /// The largest catalog file read, in bytes (512 MiB).
    public static let maximumFileSizeBytes = 512 * 1024 * 1024

    /// Cost parameters given on the command line; they replace the catalog's
    /// defaults but not a use case's own values.
    public var commandOverrides: CostParameterOverrides
    /// The largest input accepted, in bytes; larger input is refused before parsing.
    public var maximumSizeBytes: Int

    private var issues = IssueList()
    private var warnings = IssueList()

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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw .unreadable(path: path, reason: "it is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
           size > maximumSizeBytes {
            throw .tooLarge(path: path, sizeBytes: size, limitBytes: maximumSizeBytes)
        }
        guard let bytes = FileDescriptorIO.readFile(path) else {
            throw .unreadable(path: path, reason: "permission denied or read error")
        }
        return try decode(bytes, path: path)
    }

    /// Decodes catalog JSON; `path` only labels messages.
    public func decode(_ bytes: [UInt8], path: String) throws(CatalogError) -> LoadedCatalog {
        if bytes.count > maximumSizeBytes {
            throw .tooLarge(path: path, sizeBytes: bytes.count, limitBytes: maximumSizeBytes)
        }
        if bytes.count >= Self.parallelThresholdBytes, let loaded = decodeInParallel(bytes) {
            return try loaded.get(path: path)
        }
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(
                path: path, error: JSONSyntaxErrorSummary(message: error.message, line: error.line, column: error.column))
        }
        var decoder = self
        // A fully parsed tree cannot fail to parse again, so this is never nil.
        let catalog = decoder.decodeCatalog(root, elementSource: nil) ?? nil
        return try Outcome(catalog: catalog, issues: decoder.issues, warnings: decoder.warnings).get(path: path)
    }

    // MARK: - Parallel decoding

    /// Catalogs at least this large (4 MiB) are parsed and decoded element by element on all cores.
    static let parallelThresholdBytes = 4 * 1024 * 1024

    /// The result of decoding, before it becomes a catalog or an error.
    private struct Outcome {
        var catalog: Catalog?
        var issues: IssueList
        var warnings: IssueList

        func get(path: String) throws(CatalogError) -> LoadedCatalog {
            if let catalog, issues.isEmpty {
                return LoadedCatalog(catalog: catalog, warnings: warnings.shown, warningCount: warnings.totalCount)
            }
            throw .invalid(path: path, issues: issues.shown, totalCount: issues.totalCount)
        }
    }

    /// Decodes with the `use_cases` elements parsed in parallel; nil when the
    /// document's structure is not the expected one or any part fails to
    /// parse, so that the sequential parser reports the error.
    private func decodeInParallel(_ bytes: [UInt8]) -> Outcome? {
        guard let location = JSONArrayLocator.locate(member: "use_cases", in: bytes) else { return nil }
        var rest = Array(bytes[..<location.array.lowerBound])
        rest.append(contentsOf: "[]".utf8)
        rest.append(contentsOf: bytes[location.array.upperBound...])
        guard let root = try? JSONParser.parse(rest) else { return nil }
        // A second top-level "use_cases" (or any duplicate the locator did not
        // take out) is left to the sequential path, so both paths report it alike.
        guard case .object(let members) = root, members.filter({ $0.key == "use_cases" }).count == 1 else { return nil }
        var decoder = self
        guard let catalog = decoder.decodeCatalog(root, elementSource: ElementSource(bytes: bytes, ranges: location.elements))
        else { return nil }
        return Outcome(catalog: catalog, issues: decoder.issues, warnings: decoder.warnings)
    }

    /// Where the use case elements come from when not from the parsed tree.
    private struct ElementSource: Sendable {
        var bytes: [UInt8]
        var ranges: [Range<Int>]
    }

    /// One use case element decoded on its own.
    private struct DecodedElement: Sendable {
        var useCase: UseCase?
        var issues: IssueList
        var warnings: IssueList
    }

    /// Decodes elements in parallel chunks, in order; nil when one fails to parse.
    private func decodeElements(
        count: Int, defaults: CatalogDefaults, value: @escaping @Sendable (Int) -> JSONValue?
    ) -> [DecodedElement]? {
        let chunks: [[DecodedElement]?] = ParallelChunks.map(Array(0..<count)) { indexes in
            var decoded: [DecodedElement] = []
            decoded.reserveCapacity(indexes.count)
            // Past the limit a chunk only counts: its first problems are all
            // the merged list can keep, and memory stays bounded.
            var keptIssues = 0, keptWarnings = 0
            for index in indexes {
                guard let element = value(index) else { return nil }
                var decoder = CatalogDecoder(commandOverrides: commandOverrides, maximumSizeBytes: maximumSizeBytes)
                let useCase = decoder.decodeUseCase(element, path: "use_cases[\(index)]", defaults: defaults)
                let issues = keptIssues >= IssueList.defaultLimit ? decoder.issues.countedOnly() : decoder.issues
                let warnings = keptWarnings >= IssueList.defaultLimit ? decoder.warnings.countedOnly() : decoder.warnings
                keptIssues += issues.shown.count
                keptWarnings += warnings.shown.count
                decoded.append(DecodedElement(useCase: useCase, issues: issues, warnings: warnings))
            }
            return decoded
        }
        var all: [DecodedElement] = []
        all.reserveCapacity(count)
        for chunk in chunks {
            guard let chunk else { return nil }
            all.append(contentsOf: chunk)
        }
        return all
    }

    // MARK: - Catalog

    private static let topLevelKeys: Set<String> = ["name", "description", "defaults", "use_cases"]

    /// The catalog (nil inside when invalid); the outer nil means an element
    /// from `elementSource` failed to parse.
    private mutating func decodeCatalog(_ root: JSONValue, elementSource: ElementSource?) -> Catalog?? {
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

    private static let defaultsKeys: Set<String> = [
        "hourly_rate", "baseline_monthly_compute", "tier_latency_minutes", "processing_complexity",
        "team_experience", "existing_infrastructure", "budget_constraint",
    ]

    private mutating func decodeDefaults(_ value: JSONValue, path: String) -> CatalogDefaults {
        guard case .object(let objectMembers) = value else {
            issue(path, "expected an object, got \(value.excerpt)")
            return CatalogDefaults()
        }
        let members = fields(objectMembers, allowed: Self.defaultsKeys, path: path)
        var defaults = CatalogDefaults()
        defaults.costParameters = decodeCostOverrides(
            hourlyRate: members["hourly_rate"], baselineMonthlyCompute: members["baseline_monthly_compute"], path: path)
        defaults.processingComplexity = optionalEnum(members["processing_complexity"], "processing_complexity", path: path)
        defaults.teamExperience = optionalEnum(members["team_experience"], "team_experience", path: path)
        defaults.existingInfrastructure = optionalEnum(members["existing_infrastructure"], "existing_infrastructure", path: path)
        defaults.budgetConstraint = optionalEnum(members["budget_constraint"], "budget_constraint", path: path)
        if let latencies = members["tier_latency_minutes"] {
            defaults.tierLatencyMinutes = decodeTierLatencies(latencies, path: join(path, "tier_latency_minutes"))
        }
        return defaults
    }

    private mutating func decodeTierLatencies(_ value: JSONValue, path: String) -> [LatencyTier: Double] {
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

    private mutating func decodeCostOverrides(
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

    /// The fields of a use case object, in the order `useCaseFields` stores them.
    private enum UseCaseField: Int, CaseIterable {
        case name, description, dataSource, latencyRequirement, latencyJustification, eventsPerSecond, peakMultiplier, requiresHistoricalContext, requiresOrdering, requiresExactlyOnce, revenueImpactPerMinuteDelay, costOfError, eventsPerDay, processingComplexity, teamExperience, existingInfrastructure, budgetConstraint, errorRecovery, hourlyRate, baselineMonthlyCompute

        /// The field named `key`; a `switch` is cheaper here than hashing every key.
        init?(key: String) {
            // Dispatch on length first: most keys then need a single comparison.
            let field: UseCaseField?
            switch key.utf8.count {
            case 4: field = key == "name" ? .name : nil
            case 11:
                switch key {
                case "description": field = .description
                case "data_source": field = .dataSource
                case "hourly_rate": field = .hourlyRate
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
            case 17:
                switch key {
                case "events_per_second": field = .eventsPerSecond
                case "requires_ordering": field = .requiresOrdering
                case "budget_constraint": field = .budgetConstraint
                default: field = nil
                }
            case 19: field = key == "latency_requirement" ? .latencyRequirement : nil
            case 21:
                switch key {
                case "latency_justification": field = .latencyJustification
                case "requires_exactly_once": field = .requiresExactlyOnce
                case "processing_complexity": field = .processingComplexity
                default: field = nil
                }
            case 23: field = key == "existing_infrastructure" ? .existingInfrastructure : nil
            case 24: field = key == "baseline_monthly_compute" ? .baselineMonthlyCompute : nil
            case 27: field = key == "requires_historical_context" ? .requiresHistoricalContext : nil
            case 31: field = key == "revenue_impact_per_minute_delay" ? .revenueImpactPerMinuteDelay : nil
            default: field = nil
            }
            guard let field else { return nil }
            self = field
        }

        /// Field names by `rawValue`.
        static let keyList: [String] = [
            "name", "description", "data_source", "latency_requirement", "latency_justification", "events_per_second", "peak_multiplier", "requires_historical_context", "requires_ordering", "requires_exactly_once", "revenue_impact_per_minute_delay", "cost_of_error", "events_per_day", "processing_complexity", "team_experience", "existing_infrastructure", "budget_constraint", "error_recovery", "hourly_rate", "baseline_monthly_compute",
        ]

        /// Every field name, for "did you mean" hints.
        static let keys = Set(keyList)
    }

    /// A use case object's members by field.
    private struct UseCaseFields {
        var values = [JSONValue?](repeating: nil, count: UseCaseField.allCases.count)
        subscript(field: UseCaseField) -> JSONValue? { values[field.rawValue] }
    }

    /// Files each member under its field in one pass; duplicates are errors
    /// and unknown keys warnings, as in ``fields(_:allowed:path:)``.
    private mutating func useCaseFields(_ members: [JSONMember], path: String) -> UseCaseFields {
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

    private mutating func decodeUseCase(_ value: JSONValue, path: String, defaults: CatalogDefaults) -> UseCase? {
        guard case .object(let members) = value else {
            issue(path, "expected a use case object, got \(value.excerpt)")
            return nil
        }
        let issuesBefore = issues.totalCount
        let m = useCaseFields(members, path: path)
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
        guard issues.totalCount == issuesBefore,
              let name, let description, let dataSource, let tier, let justification, let eventsPerSecond,
              let peak, let historical, let ordering, let exactlyOnce, let revenue, let costOfError
        else { return nil }
        return UseCase(
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
            costParameters: CostParameterOverrides.resolve([own, commandOverrides, defaults.costParameters])
        )
    }

    // MARK: - Field readers

    /// A number within `range` (see ``InputLimits``); the message names the
    /// bound that a refused value breaks.
    private mutating func number(
        _ value: JSONValue?, _ key: String, path: String, range: NumberRange, required: Bool
    ) -> Double? {
        guard let value else {
            if required { issue(join(path, key), "missing; expected \(range.lowerExpectation)") }
            return nil
        }
        guard case .number(let number) = value else {
            issue(join(path, key), "expected \(range.lowerExpectation), got \(value.excerpt)")
            return nil
        }
        guard number.isFinite else {
            issue(join(path, key), "expected \(range.lowerExpectation), got a number too large to represent")
            return nil
        }
        guard range.contains(number) else {
            issue(join(path, key), "expected \(range.expectation(for: number)), got \(value.excerpt)")
            return nil
        }
        return number
    }

    private mutating func requiredString(
        _ value: JSONValue?, _ key: String, path: String, nonEmpty: Bool = false
    ) -> String? {
        let expectation = nonEmpty ? "a non-empty string" : "a string"
        guard let value else {
            issue(join(path, key), "missing; expected \(expectation)")
            return nil
        }
        guard case .string(let text) = value else {
            issue(join(path, key), "expected \(expectation), got \(value.excerpt)")
            return nil
        }
        if nonEmpty && text.allSatisfy(\.isWhitespace) {
            issue(join(path, key), "expected \(expectation), got \(value.excerpt)")
            return nil
        }
        return text
    }

    private mutating func optionalString(_ value: JSONValue?, _ key: String, path: String) -> String? {
        guard let value else { return nil }
        guard case .string(let text) = value else {
            issue(join(path, key), "expected a string, got \(value.excerpt)")
            return nil
        }
        return text
    }

    private mutating func requiredBool(_ value: JSONValue?, _ key: String, path: String) -> Bool? {
        guard let value else {
            issue(join(path, key), "missing; expected true or false")
            return nil
        }
        guard case .bool(let flag) = value else {
            issue(join(path, key), "expected true or false, got \(value.excerpt)")
            return nil
        }
        return flag
    }

    private mutating func requiredEnum<E: RawRepresentable & CaseIterable>(
        _ value: JSONValue?, _ key: String, path: String
    ) -> E? where E.RawValue == String {
        guard value != nil else {
            issue(join(path, key), "missing; expected \(listForMessages(E.allCases.map(\.rawValue)))")
            return nil
        }
        return optionalEnum(value, key, path: path)
    }

    private mutating func optionalEnum<E: RawRepresentable & CaseIterable>(
        _ value: JSONValue?, _ key: String, path: String
    ) -> E? where E.RawValue == String {
        guard let value else { return nil }
        guard case .string(let text) = value, let result = E(rawValue: text) else {
            issue(join(path, key), "expected \(listForMessages(E.allCases.map(\.rawValue))), got \(value.excerpt)")
            return nil
        }
        return result
    }

    // MARK: - Helpers

    /// Indexes an object's members by key for the readers. Duplicate keys are
    /// errors (which one would win is not obvious); unknown keys are warnings
    /// with a suggestion when one is close.
    private mutating func fields(_ members: [JSONMember], allowed: Set<String>, path: String) -> Fields {
        var fields = Fields(minimumCapacity: members.count)
        for member in members {
            if fields.updateValue(member.value, forKey: member.key) != nil {
                issue(join(path, member.key), "appears more than once in the same object; keep one")
            } else if !allowed.contains(member.key) {
                let hint = closestKey(to: member.key, in: allowed).map { "; did you mean \"\($0)\"?" } ?? ""
                warnings.append(CatalogIssue(path: join(path, member.key), message: "unknown field, ignored\(hint)"))
            }
        }
        return fields
    }

    private func closestKey(to key: String, in allowed: Set<String>) -> String? {
        let length = key.utf8.count
        let limit = max(2, length / 4)
        // The distance is at least the difference in length, so a key far
        // longer than every field name (a 10 MB key) is ruled out at once.
        guard length <= Self.longestFieldNameBytes + limit else { return nil }
        // Closest by edit distance; on a tie, a name that extends the typed one
        // ("events_per_sec" → "events_per_second") wins, then alphabetical order.
        var best: (key: String, rank: (Int, Int))?
        for candidate in allowed.sorted() where abs(candidate.utf8.count - length) <= limit {
            let distance = EditDistance.between(key, candidate)
            guard distance <= limit else { continue }
            let rank = (distance, candidate.hasPrefix(key) ? 0 : 1)
            if best == nil || rank < best!.rank { best = (candidate, rank) }
        }
        return best?.key
    }

    /// The longest field name any object in a catalog has, in bytes.
    private static let longestFieldNameBytes = UseCaseField.keyList.map(\.utf8.count).max() ?? 0

    /// `path.key`, the key shown as ``JSONValue/displayKey(_:)`` makes it
    /// (control characters visible, long keys cut).
    private func join(_ path: String, _ key: String) -> String {
        let shown = JSONValue.displayKey(key)
        return path.isEmpty ? shown : path + "." + shown
    }

    private mutating func issue(_ path: String, _ message: String) {
        issues.append(CatalogIssue(path: path, message: message))
    }

    private func format(_ value: Double) -> String { JSONNumberFormat.string(value) ?? "?" }
}
