import Foundation
import Testing
@testable import TierwiseModel

@Suite("Catalog decoder")
struct CatalogDecoderTests {
    // MARK: - Valid input

    @Test("A valid use case decodes every seed field")
    func decodesSeedFields() throws {
        let loaded = try CatalogFixtures.decode(CatalogFixtures.catalog([CatalogFixtures.useCase()]))
        let u = try #require(loaded.catalog.useCases.first)
        #expect(u.name == "Fraud")
        #expect(u.latencyRequirement == .realTime)
        #expect(u.eventsPerSecond == 100)
        #expect(u.peakMultiplier == 2)
        #expect(u.requiresHistoricalContext && !u.requiresOrdering && u.requiresExactlyOnce)
        #expect(u.revenueImpactPerMinuteDelayUSD == 500)
        #expect(u.costOfError == .critical)
        #expect(u.eventsPerDay == 8_640_000)  // 100 × 86,400
        #expect(u.costParameters == CostParameters(hourlyRateUSD: 150, baselineMonthlyComputeUSD: 1_000))
        #expect(loaded.warnings.isEmpty)
    }

    @Test("A stated events_per_day replaces the rate-derived figure")
    func statedEventsPerDay() throws {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase(["events_per_day": "42"])])
        #expect(try CatalogFixtures.decode(text).catalog.useCases[0].eventsPerDay == 42)
    }

    @Test("Cost parameters: use case beats command flag beats catalog default beats built-in")
    func costPrecedence() throws {
        let defaults = #""defaults": {"hourly_rate": 100, "baseline_monthly_compute": 500}"#
        let own = CatalogFixtures.useCase(["name": #""own""#, "hourly_rate": "300"])
        let inherited = CatalogFixtures.useCase(["name": #""inherited""#])
        let text = CatalogFixtures.catalog([own, inherited], extra: defaults)

        let plain = try CatalogFixtures.decode(text).catalog.useCases
        #expect(plain[0].costParameters == CostParameters(hourlyRateUSD: 300, baselineMonthlyComputeUSD: 500))
        #expect(plain[1].costParameters == CostParameters(hourlyRateUSD: 100, baselineMonthlyComputeUSD: 500))

        let flagged = try CatalogFixtures.decode(text, overrides: CostParameterOverrides(hourlyRateUSD: 200)).catalog.useCases
        #expect(flagged[0].costParameters.hourlyRateUSD == 300)
        #expect(flagged[1].costParameters.hourlyRateUSD == 200)
        #expect(flagged[1].costParameters.baselineMonthlyComputeUSD == 500)
    }

    @Test("Catalog defaults fill optional decision factors a use case leaves out")
    func factorDefaults() throws {
        let text = CatalogFixtures.catalog(
            [CatalogFixtures.useCase(["name": #""a""#]), CatalogFixtures.useCase(["name": #""b""#, "team_experience": #""batch""#])],
            extra: #""defaults": {"team_experience": "streaming", "budget_constraint": "constrained"}"#)
        let useCases = try CatalogFixtures.decode(text).catalog.useCases
        #expect(useCases[0].teamExperience == .streaming)
        #expect(useCases[1].teamExperience == .batch)
        #expect(useCases[1].budgetConstraint == .constrained)
    }

    @Test("Unknown fields are warnings with a suggestion, not errors")
    func unknownFieldWarning() throws {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase(["events_per_sec": "5"])])
        let loaded = try CatalogFixtures.decode(text)
        #expect(loaded.warnings.map(\.description) == [
            #"use_cases[0].events_per_sec: unknown field, ignored; did you mean "events_per_second"?"#,
        ])
    }

    @Test("Tier latency overrides apply and must keep faster tiers faster")
    func tierLatencies() throws {
        let good = CatalogFixtures.catalog([CatalogFixtures.useCase()], extra: #""defaults": {"tier_latency_minutes": {"batch": 720}}"#)
        let latencies = try CatalogFixtures.decode(good).catalog.tierLatencies
        #expect(latencies.minutes(for: .batch) == 720)
        #expect(latencies.minutes(for: .miniBatch) == 240)

        let bad = CatalogFixtures.catalog([CatalogFixtures.useCase()], extra: #""defaults": {"tier_latency_minutes": {"micro_batch": 500}}"#)
        #expect(CatalogFixtures.issues(bad) == [
            "defaults.tier_latency_minutes: micro_batch (500 min) must be faster than mini_batch (240 min)",
        ])
    }

    // MARK: - Bad input, one class at a time

    @Test("Each bad field names its path, what was expected and what was found", arguments: [
        ("events_per_second", #""fast""#, #"use_cases[0].events_per_second: expected a non-negative number, got "fast""#),
        ("events_per_second", "-1", "use_cases[0].events_per_second: expected a non-negative number, got -1"),
        ("events_per_second", "1e999", "use_cases[0].events_per_second: expected a non-negative number, got a number too large to represent"),
        ("peak_multiplier", "0.5", "use_cases[0].peak_multiplier: expected a number of at least 1, got 0.5"),
        ("revenue_impact_per_minute_delay", "null", "use_cases[0].revenue_impact_per_minute_delay: expected a non-negative number, got null"),
        ("latency_requirement", #""realtime""#,
         #"use_cases[0].latency_requirement: expected real_time, near_real_time, micro_batch, mini_batch or batch, got "realtime""#),
        ("cost_of_error", #""severe""#, #"use_cases[0].cost_of_error: expected low, medium, high or critical, got "severe""#),
        ("requires_ordering", #""yes""#, #"use_cases[0].requires_ordering: expected true or false, got "yes""#),
        ("name", #""  ""#, #"use_cases[0].name: expected a non-empty string, got "  ""#),
        ("description", "42", "use_cases[0].description: expected a string, got 42"),
        ("hourly_rate", "0", "use_cases[0].hourly_rate: expected a positive number, got 0"),
        ("processing_complexity", #""hard""#, #"use_cases[0].processing_complexity: expected simple, moderate or complex, got "hard""#),
    ])
    func badField(key: String, value: String, message: String) {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase([key: value])])
        #expect(CatalogFixtures.issues(text) == [message])
    }

    @Test("A missing required field is named with what it should be")
    func missingField() {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase(removing: ["cost_of_error"])])
        #expect(CatalogFixtures.issues(text) == ["use_cases[0].cost_of_error: missing; expected low, medium, high or critical"])
    }

    @Test("Every problem in the file is reported at once, in order")
    func allProblemsAtOnce() {
        let text = CatalogFixtures.catalog([
            CatalogFixtures.useCase(["name": #""a""#]),
            CatalogFixtures.useCase(["name": #""b""#, "events_per_second": #""fast""#, "peak_multiplier": "0"]),
            "42",
            CatalogFixtures.useCase(["name": #""a""#]),
        ])
        #expect(CatalogFixtures.issues(text) == [
            #"use_cases[1].events_per_second: expected a non-negative number, got "fast""#,
            "use_cases[1].peak_multiplier: expected a number of at least 1, got 0",
            "use_cases[2]: expected a use case object, got 42",
            #"use_cases[3].name: duplicate name "a"; use_cases[0] already uses it"#,
        ])
    }

    @Test("The document's shape is checked", arguments: [
        ("[]", #"top level: expected an object with a "use_cases" array, got an array"#),
        ("{}", "use_cases: missing; expected an array of use cases"),
        (#"{"use_cases": {}}"#, "use_cases: expected an array of use cases, got an object"),
        (#"{"use_cases": []}"#, "use_cases: expected at least one use case, got an empty array"),
    ])
    func documentShape(text: String, message: String) {
        #expect(CatalogFixtures.issues(text) == [message])
    }

    @Test("A key given twice in one object is an error")
    func duplicateKey() {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase().replacingFirst("{", with: #"{"name": "x", "#)])
        #expect(CatalogFixtures.issues(text) == ["use_cases[0].name: appears more than once in the same object; keep one"])
    }

    @Test("Malformed, truncated and deeply nested JSON give a located message")
    func malformed() {
        let full = CatalogFixtures.catalog([CatalogFixtures.useCase()])
        let truncated = String(full.prefix(full.count / 2))
        #expect(CatalogFixtures.issues(truncated).first?.hasPrefix("catalogs/x.json: not valid JSON: line 1, column") == true)
        let deep = "{\"use_cases\": " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}"
        #expect(CatalogFixtures.issues(deep).first?.contains("nesting deeper than 64 levels") == true)
    }

    @Test("Input over the size limit is refused before parsing, from memory and from a file")
    func tooLarge() throws {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase()])
        let decoder = CatalogDecoder(maximumSizeBytes: 100)
        #expect(throws: CatalogError.tooLarge(path: "x.json", sizeBytes: text.utf8.count, limitBytes: 100)) {
            try decoder.decode(Array(text.utf8), path: "x.json")
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("tierwise-large-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: CatalogError.tooLarge(path: path, sizeBytes: text.utf8.count, limitBytes: 100)) {
            try decoder.load(path: path)
        }
        #expect(CatalogError.tooLarge(path: "x.json", sizeBytes: 200, limitBytes: 100).description
            == "x.json: the catalog is 200 bytes; tierwise reads catalogs of at most 100 bytes")
    }

    @Test("A missing file and a directory are unreadable, not crashes")
    func unreadable() {
        #expect(throws: CatalogError.unreadable(path: "/nonexistent/x.json", reason: "no such file")) {
            try CatalogDecoder().load(path: "/nonexistent/x.json")
        }
        #expect(throws: CatalogError.unreadable(path: "/tmp", reason: "it is a directory")) {
            try CatalogDecoder().load(path: "/tmp")
        }
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

@Suite("Catalog decoder on large catalogs (parallel path)")
struct LargeCatalogDecoderTests {
    /// About 5 MB: over the parallel threshold.
    private static let count = 14_000

    private static func largeCatalog(badIndex: Int? = nil) -> String {
        var useCases: [String] = []
        useCases.reserveCapacity(count)
        for index in 0..<count {
            var changes = ["name": "\"uc-\(index)\"", "events_per_second": "\(index)"]
            if index == badIndex { changes["peak_multiplier"] = "0.5" }
            useCases.append(CatalogFixtures.useCase(changes))
        }
        return "{\n\"name\": \"big\",\n\"use_cases\": [\n" + useCases.joined(separator: ",\n") + "\n]\n}"
    }

    @Test("Every use case decodes, in order")
    func decodesInOrder() throws {
        let text = Self.largeCatalog()
        #expect(text.utf8.count > CatalogDecoder.parallelThresholdBytes)
        let catalog = try CatalogFixtures.decode(text).catalog
        #expect(catalog.name == "big")
        #expect(catalog.useCases.count == Self.count)
        #expect(catalog.useCases.map(\.eventsPerSecond) == (0..<Self.count).map(Double.init))
    }

    @Test("A bad field deep inside is reported with its index")
    func badElement() {
        #expect(CatalogFixtures.issues(Self.largeCatalog(badIndex: 12_345)) == [
            "use_cases[12345].peak_multiplier: expected a number of at least 1, got 0.5",
        ])
    }

    @Test("A syntax error inside an element is located in the whole file")
    func syntaxError() {
        // Line 1 "{", line 2 name, line 3 "use_cases": [, then one use case per line.
        let text = Self.largeCatalog().replacingOccurrences(of: "\"uc-9000\",", with: "\"uc-9000\" oops,")
        let issue = CatalogFixtures.issues(text).first ?? ""
        #expect(issue.hasPrefix("catalogs/x.json: not valid JSON: line 9004, column "), "\(issue)")
    }
}
