import TierwiseJSON
import TierwisePlatform

/// Reads a saved `tierwise analyze --format json` report (tierwise model)
/// back as an ``AnalysisSnapshot``, so a base for `diff` and `check --base`
/// can be last week's report rather than last week's catalog. Reads only
/// what a comparison needs; every problem is reported with its JSON path,
/// line and column. The use cases are parsed one at a time (on all cores),
/// so a large report does not become one large tree.
public struct SavedAnalysisDecoder: Sendable {
    /// The largest report read, in bytes (2 GiB: 100,000 use cases are about 400 MB).
    public static let maximumFileSizeBytes = 2 * 1024 * 1024 * 1024

    /// Creates a decoder.
    public init() {}

    /// True when `bytes` look like a saved analysis rather than a catalog: a
    /// top-level object with a `format_version` member (catalogs have none).
    public static func isSavedAnalysis(_ bytes: [UInt8]) -> Bool {
        var map = CatalogSourceMap(file: "", bytes: bytes)
        return map.hasTopLevelMember("format_version")
    }

    /// Decodes a saved analysis; `path` labels the snapshot and the locations.
    public func decode(_ bytes: [UInt8], path: String) throws(LocatedInputError) -> AnalysisSnapshot {
        var reader = Reader(path: path, bytes: bytes)
        let root: JSONValue
        let elements: [JSONValue?]
        if let location = JSONArrayLocator.locate(member: "use_cases", in: bytes),
           let head = try? JSONParser.parse(Array(bytes[..<location.array.lowerBound]) + Array("[]".utf8)
                + Array(bytes[location.array.upperBound...])) {
            root = head
            let ranges = location.elements
            elements = ParallelChunks.map(Array(ranges.indices)) { indexes in
                indexes.map { try? JSONParser.parse(bytes, range: ranges[$0], startingDepth: 2) }
            }.flatMap { $0 }
            if elements.contains(where: { $0 == nil }) { try Self.fullParse(bytes, path: path) }
        } else {
            root = try Self.fullParse(bytes, path: path)
            guard case .array(let all)? = root["use_cases"] else {
                reader.issue("use_cases", "expected the array of use cases of a saved analysis, got \(root["use_cases"]?.excerpt ?? "nothing")")
                throw reader.error
            }
            elements = all
        }
        guard case .object = root else {
            reader.issue("top level", "expected a saved analysis object, got \(root.excerpt)")
            throw reader.error
        }
        if root["format_version"] != .number(1) {
            reader.issue("format_version", "expected 1, got \(root["format_version"]?.excerpt ?? "nothing")")
        }
        if root["model"] != .string("tierwise") {
            reader.issue("model", "expected \"tierwise\" (save the analysis without --model seed), got "
                + (root["model"]?.excerpt ?? "nothing"))
        }
        guard reader.issues.isEmpty else { throw reader.error }
        var useCases: [UseCaseSnapshot] = []
        useCases.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            if let element, let snapshot = reader.useCase(element, index: index) { useCases.append(snapshot) }
            if reader.issues.count >= IssueList.defaultLimit { break }
        }
        let portfolio = reader.portfolio(root["portfolio"])
        guard reader.issues.isEmpty, let portfolio else { throw reader.error }
        let name: String? = if case .string(let text)? = root["catalog"] { text } else { nil }
        return AnalysisSnapshot(file: path, source: .savedAnalysis, catalogName: name, useCases: useCases, portfolio: portfolio)
    }

    @discardableResult
    private static func fullParse(_ bytes: [UInt8], path: String) throws(LocatedInputError) -> JSONValue {
        do {
            return try JSONParser.parse(bytes)
        } catch {
            throw .malformedJSON(path: path, line: error.line, column: error.column, message: error.message)
        }
    }

    // MARK: - Fields

    private struct Reader {
        let path: String
        let bytes: [UInt8]
        var issues: [LocatedIssue] = []
        private var map: CatalogSourceMap?

        init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }

        var error: LocatedInputError { .invalid(path: path, issues: issues) }

        mutating func issue(_ jsonPath: String, _ message: String) {
            if map == nil { map = CatalogSourceMap(file: path, bytes: bytes) }
            issues.append(LocatedIssue(location: map!.location(ofPath: jsonPath), message: message))
        }

        mutating func value(_ root: JSONValue?, _ keys: [String], path: String) -> JSONValue? {
            var value = root
            for key in keys { value = value?[key] }
            return value
        }

        mutating func string(_ root: JSONValue, _ keys: [String], path: String) -> String? {
            let full = ([path] + keys).joined(separator: ".")
            guard case .string(let text)? = value(root, keys, path: path) else {
                issue(full, "expected a string, got \(value(root, keys, path: path)?.excerpt ?? "nothing")")
                return nil
            }
            return text
        }

        mutating func number(_ root: JSONValue?, _ keys: [String], path: String) -> Double? {
            let full = ([path] + keys).joined(separator: ".")
            guard case .number(let number)? = value(root, keys, path: path), number.isFinite else {
                issue(full, "expected a finite number, got \(value(root, keys, path: path)?.excerpt ?? "nothing")")
                return nil
            }
            return number
        }

        mutating func tier(_ root: JSONValue, _ keys: [String], path: String) -> LatencyTier? {
            guard let text = string(root, keys, path: path) else { return nil }
            guard let tier = LatencyTier(rawValue: text) else {
                issue(([path] + keys).joined(separator: "."), "expected one of \(LatencyTier.allNamesForMessages), got "
                    + VisibleText.quoted(text, limit: 40))
                return nil
            }
            return tier
        }

        mutating func useCase(_ element: JSONValue, index: Int) -> UseCaseSnapshot? {
            let path = "use_cases[\(index)]"
            guard case .object = element, element["recommended_tier"] != nil else {
                issue(path, "expected a use case of a saved analysis (with \"recommended_tier\"), got \(element.excerpt)")
                return nil
            }
            let before = issues.count
            let name = string(element, ["name"], path: path)
            let stated = tier(element, ["stated_tier"], path: path)
            let recommended = tier(element, ["recommended_tier"], path: path)
            let pattern = string(element, ["architecture", "pattern"], path: path)
            let monthly = number(element, ["architecture", "monthly_cost"], path: path)
            let firstYear = number(element, ["decision", "pattern_cost", "first_year_cost"], path: path)
            var statedMonthly: Double?, statedFirstYear: Double?
            if case .array(let options)? = element["decision"]?["options"], let stated,
               let position = options.firstIndex(where: { $0["tier"] == .string(stated.rawValue) }) {
                let optionPath = path + ".decision.options[\(position)]"
                statedMonthly = number(options[position], ["monthly_cost"], path: optionPath)
                statedFirstYear = number(options[position], ["first_year_cost"], path: optionPath)
            } else {
                issue(path + ".decision.options", "expected the options per tier, with the stated tier's")
            }
            var move: MoveSnapshot?
            switch element["decision"]?["recommended_move"] {
            case .null?: break
            case let moveValue? where moveValue["from_tier"] != nil:
                let movePath = path + ".decision.recommended_move"
                let from = tier(moveValue, ["from_tier"], path: movePath)
                let to = tier(moveValue, ["to_tier"], path: movePath)
                let payback: Double? = switch moveValue["payback_from_build_start_months"] {
                case .number(let months)?: months.isFinite ? months : nil
                default: nil
                }
                let paysBack = moveValue["pays_back"] == .bool(true)
                if let from, let to { move = MoveSnapshot(from: from, to: to, paybackMonths: payback, paysBack: paysBack) }
            default:
                issue(path + ".decision.recommended_move", "expected a move or null")
            }
            let eventsPerDay = number(element, ["events_per_day"], path: path)
            let peak = number(element, ["peak_events_per_second"], path: path)
            let hourly = number(element, ["cost_parameters", "hourly_rate"], path: path)
            let baseline = number(element, ["cost_parameters", "baseline_monthly_compute"], path: path)
            guard issues.count == before, let name, let stated, let recommended, let pattern, let monthly, let firstYear,
                  let statedMonthly, let statedFirstYear, let eventsPerDay, let peak, let hourly, let baseline
            else { return nil }
            return UseCaseSnapshot(
                name: name, index: index, statedTier: stated, recommendedTier: recommended, pattern: pattern,
                monthlyUSD: monthly, firstYearUSD: firstYear, statedMonthlyUSD: statedMonthly,
                statedFirstYearUSD: statedFirstYear, move: move, useCase: nil, eventsPerDay: eventsPerDay,
                peakEventsPerSecond: peak, costParameters: CostParameters(hourlyRateUSD: hourly, baselineMonthlyComputeUSD: baseline))
        }

        mutating func portfolio(_ value: JSONValue?) -> PortfolioSnapshot? {
            let recommendedMonthly = number(value, ["recommended", "monthly_total"], path: "portfolio")
            let recommendedFirstYear = number(value, ["recommended", "first_year_cost"], path: "portfolio")
            let statedMonthly = number(value, ["stated", "monthly_total"], path: "portfolio")
            let statedFirstYear = number(value, ["stated", "first_year_cost"], path: "portfolio")
            guard let recommendedMonthly, let recommendedFirstYear, let statedMonthly, let statedFirstYear else { return nil }
            return PortfolioSnapshot(
                recommendedMonthlyUSD: recommendedMonthly, recommendedFirstYearUSD: recommendedFirstYear,
                statedMonthlyUSD: statedMonthly, statedFirstYearUSD: statedFirstYear)
        }
    }
}
