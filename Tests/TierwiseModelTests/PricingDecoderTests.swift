import Foundation
import Testing
@testable import TierwiseModel

/// The repository's root, three levels above this file.
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Pricing decoder")
struct PricingDecoderTests {
    static func decode(_ text: String) throws(CatalogError) -> LoadedPricing {
        try CatalogDecoder().decodePricing(Array(text.utf8), path: "pricing.json")
    }

    /// The issues of an invalid pricing file, or [] when it decodes.
    static func issues(_ text: String) -> [String] {
        do {
            _ = try decode(text)
            return []
        } catch {
            if case .invalid(_, let issues, _) = error { return issues.map(\.description) }
            return [error.description]
        }
    }

    // MARK: - The shipped file

    @Test("catalogs/pricing.json states every built-in value, so the two never drift")
    func shippedFileIsBuiltIn() throws {
        let path = repositoryRoot.appendingPathComponent("catalogs/pricing.json").path
        let loaded = try CatalogDecoder().loadPricing(path: path)
        #expect(loaded.pricing == Pricing.builtIn)
        #expect(Set(loaded.overrides.values.keys) == Pricing.keys)
        #expect(loaded.warnings.isEmpty)
    }

    @Test("catalogs/pricing.json names a source for every value")
    func shippedFileSources() throws {
        let url = repositoryRoot.appendingPathComponent("catalogs/pricing.json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let sources = try #require(object["sources"] as? [String: String])
        #expect(Set(sources.keys) == Pricing.keys)
        #expect(sources.values.allSatisfy { !$0.isEmpty })
    }

    @Test("Built-in values are the documented defaults")
    func builtInValues() {
        let p = Pricing.builtIn
        #expect(p.streamComputeUSDPerVCPUHour == 0.048)  // m6i.large $0.096/h ÷ 2 vCPUs
        #expect(p.streamTargetUtilization == 0.7)
        #expect(p.replicationFactor == 3)
        #expect(p.eventBytes == 1_000)
        #expect(p.logRetentionDays == 7)  // log.retention.hours 168 ÷ 24
        #expect(p.batchRunsPerMonth == 30)
        #expect(p.streamVCPUEventsPerSecond(for: nil) == p.streamVCPUEventsPerSecondModerate)
        #expect(p.batchVCPUEventsPerSecond(for: .complex) == p.batchVCPUEventsPerSecondComplex)
    }

    @Test("Every pricing key fits in a message path uncut (40 characters)")
    func keysFitInMessages() {
        #expect(Pricing.keys.allSatisfy { $0.utf8.count <= 40 })
        #expect(Pricing.fields.count == Pricing.keys.count)
    }

    // MARK: - Partial overrides

    @Test("A file replaces only the values it states")
    func partialOverride() throws {
        let loaded = try Self.decode(#"{"event_bytes": 500, "kafka_broker_usd_per_hour": 0.5}"#)
        var expected = Pricing.builtIn
        expected.eventBytes = 500
        expected.kafkaBrokerUSDPerHour = 0.5
        #expect(loaded.pricing == expected)
        #expect(loaded.overrides == PricingOverrides(values: ["event_bytes": 500, "kafka_broker_usd_per_hour": 0.5]))
    }

    @Test("An empty object is the built-in pricing")
    func emptyObject() throws {
        #expect(try Self.decode("{}").pricing == Pricing.builtIn)
    }

    @Test("Levels resolve most specific first over the built-in values")
    func resolveOrder() {
        let file = PricingOverrides(values: ["event_bytes": 200])
        let catalog = PricingOverrides(values: ["event_bytes": 300, "replication_factor": 2])
        let pricing = PricingOverrides.resolve([file, catalog])
        #expect(pricing.eventBytes == 200)
        #expect(pricing.replicationFactor == 2)
        #expect(pricing.logRetentionDays == 7)
    }

    // MARK: - Problems

    @Test("Unknown keys are warnings with a suggestion; the file is still used")
    func unknownKeys() throws {
        let loaded = try Self.decode(#"{"kafka_broker_usd_per_hr": 1, "sources": {"event_byte": "mine"}}"#)
        #expect(loaded.pricing == Pricing.builtIn)
        #expect(loaded.warnings.map(\.description) == [
            #"kafka_broker_usd_per_hr: unknown field, ignored; did you mean "kafka_broker_usd_per_hour"?"#,
            #"sources.event_byte: unknown field, ignored; did you mean "event_bytes"?"#,
        ])
    }

    @Test("Out-of-range and mistyped values are refused, every one, with its key", arguments: [
        (#"{"stream_target_utilization": 1.5}"#, "stream_target_utilization: expected a number of at most 1, got 1.5"),
        (#"{"stream_target_utilization": 0}"#, "stream_target_utilization: expected a number of at least 0.01, got 0"),
        (#"{"network_usd_per_gb": -1}"#, "network_usd_per_gb: expected a non-negative number, got -1"),
        (#"{"event_bytes": "big"}"#, #"event_bytes: expected a number of at least 1, got "big""#),
        (#"{"event_bytes": 1e9}"#, "event_bytes: expected a number of at most 100,000,000, got 1000000000"),
        (#"{"replication_factor": 2.5}"#, "replication_factor: expected a whole number, got 2.5"),
        (#"{"replication_factor": 11}"#, "replication_factor: expected a number of at most 10, got 11"),
        (#"{"kafka_partition_produce_mb_per_second": 0}"#,
         "kafka_partition_produce_mb_per_second: expected a number of at least 0.001, got 0"),
        (#"{"stream_vcpu_events_per_second_complex": 0.5}"#,
         "stream_vcpu_events_per_second_complex: expected a number of at least 1, got 0.5"),
        (#"{"log_retention_days": 1e999}"#, "log_retention_days: expected a non-negative number, got a number too large to represent"),
        (#"{"sources": []}"#, "sources: expected an object of one source text per pricing key, got an array"),
        (#"{"sources": {"event_bytes": 5}}"#, "sources.event_bytes: expected a string, got 5"),
        ("[1]", "top level: expected an object of pricing values, got an array"),
        (#"{"event_bytes": 5, "event_bytes": 6}"#, "event_bytes: appears more than once in the same object; keep one"),
    ])
    func refused(text: String, message: String) {
        #expect(Self.issues(text) == [message])
    }

    @Test("Every problem is reported at once, as an invalid-input error (exit status 2)")
    func everyProblem() {
        let text = #"{"replication_factor": 0, "batch_cluster_vcpus": 1.5, "batch_runs_per_month": 50000}"#
        #expect(Self.issues(text) == [
            "replication_factor: expected a number of at least 1, got 0",
            "batch_cluster_vcpus: expected a whole number, got 1.5",
            "batch_runs_per_month: expected a number of at most 43,200, got 50000",
        ])
        // The error's text, what the CLI prints before exiting with status 2, names the file on every line.
        #expect(throws: CatalogError.self) { try Self.decode(text) }
        do {
            _ = try Self.decode(text)
        } catch {
            #expect(error.description == """
                pricing.json: replication_factor: expected a number of at least 1, got 0
                pricing.json: batch_cluster_vcpus: expected a whole number, got 1.5
                pricing.json: batch_runs_per_month: expected a number of at most 43,200, got 50000
                """)
        }
    }

    @Test("Malformed JSON and missing files are errors naming the file")
    func unreadable() {
        #expect(throws: CatalogError.self) { try Self.decode(#"{"event_bytes": "#) }
        #expect(throws: CatalogError.unreadable(path: "/nonexistent/pricing.json", reason: "no such file")) {
            try CatalogDecoder().loadPricing(path: "/nonexistent/pricing.json")
        }
    }

    // MARK: - In a catalog

    @Test("A catalog's defaults.pricing is read with the same rules, located under defaults.pricing")
    func catalogDefaults() throws {
        let good = CatalogFixtures.catalog([CatalogFixtures.useCase()], extra: #""defaults": {"pricing": {"event_bytes": 250}}"#)
        let defaults = try CatalogFixtures.decode(good).catalog.defaults
        #expect(defaults.pricing == PricingOverrides(values: ["event_bytes": 250]))

        let bad = CatalogFixtures.catalog(
            [CatalogFixtures.useCase()], extra: #""defaults": {"pricing": {"replication_factor": 0, "evnt_bytes": 1}}"#)
        #expect(CatalogFixtures.issues(bad) == [
            "defaults.pricing.replication_factor: expected a number of at least 1, got 0",
        ])
        let warned = CatalogFixtures.catalog(
            [CatalogFixtures.useCase()], extra: #""defaults": {"pricing": {"evnt_bytes": 1}}"#)
        #expect(try CatalogFixtures.decode(warned).warnings.map(\.description) == [
            #"defaults.pricing.evnt_bytes: unknown field, ignored; did you mean "event_bytes"?"#,
        ])
    }

    @Test("A catalog's defaults.pricing survives encoding")
    func encoderRoundTrip() throws {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase()], extra: #""defaults": {"pricing": {"event_bytes": 250}}"#)
        let catalog = try CatalogFixtures.decode(text).catalog
        #expect(try CatalogFixtures.decode(CatalogEncoder.encode(catalog)).catalog == catalog)
    }

    // MARK: - Limits in code

    @Test("A Pricing built in code is brought into the file's ranges")
    func clamping() {
        var p = Pricing.builtIn
        p.streamTargetUtilization = .nan  // → 0.01, the lower bound
        p.replicationFactor = 2.2  // whole numbers round up → 3
        p.eventBytes = .infinity  // → 10^8, the upper bound
        p.networkUSDPerGB = -5  // → 0
        let c = p.clampedToLimits()
        #expect(c.streamTargetUtilization == 0.01)
        #expect(c.replicationFactor == 3)
        #expect(c.eventBytes == 1e8)
        #expect(c.networkUSDPerGB == 0)
        #expect(Pricing.builtIn.clampedToLimits() == Pricing.builtIn)
    }
}

@Suite("Capacity fields of a use case")
struct CapacityUseCaseFieldTests {
    @Test("event_bytes and log_retention_days decode, and are nil when not stated")
    func decodes() throws {
        let text = CatalogFixtures.catalog([
            CatalogFixtures.useCase(["name": #""stated""#, "event_bytes": "250", "log_retention_days": "3"]),
            CatalogFixtures.useCase(["name": #""unstated""#]),
        ])
        let useCases = try CatalogFixtures.decode(text).catalog.useCases
        #expect(useCases[0].eventBytes == 250)
        #expect(useCases[0].logRetentionDays == 3)
        #expect(useCases[1].eventBytes == nil)
        #expect(useCases[1].logRetentionDays == nil)
    }

    @Test("Out-of-range capacity fields are refused with their path", arguments: [
        ("event_bytes", "0", "use_cases[0].event_bytes: expected a number of at least 1, got 0"),
        ("event_bytes", "1e8", ""),
        ("event_bytes", "2e8", "use_cases[0].event_bytes: expected a number of at most 100,000,000, got 200000000"),
        ("log_retention_days", "-1", "use_cases[0].log_retention_days: expected a non-negative number, got -1"),
        ("log_retention_days", "36500", ""),
        ("log_retention_days", "40000", "use_cases[0].log_retention_days: expected a number of at most 36,500, got 40000"),
    ])
    func ranges(key: String, value: String, message: String) {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase([key: value])])
        #expect(CatalogFixtures.issues(text) == (message.isEmpty ? [] : [message]))
    }

    @Test("A misspelled capacity field gets a suggestion")
    func suggestion() throws {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase(["log_retention_day": "3"])])
        #expect(try CatalogFixtures.decode(text).warnings.map(\.description) == [
            #"use_cases[0].log_retention_day: unknown field, ignored; did you mean "log_retention_days"?"#,
        ])
    }

    @Test("Capacity fields survive encoding")
    func roundTrip() throws {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase(["event_bytes": "250", "log_retention_days": "3"])])
        let catalog = try CatalogFixtures.decode(text).catalog
        #expect(try CatalogFixtures.decode(CatalogEncoder.encode(catalog)).catalog == catalog)
    }

    @Test("docs/catalog.schema.json lists every pricing key and both use case fields")
    func schema() throws {
        let url = repositoryRoot.appendingPathComponent("docs/catalog.schema.json")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let defs = try #require(root["$defs"] as? [String: Any])
        let pricing = try #require((defs["pricing"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(Set(pricing.keys) == Pricing.keys.union(["description", "sources"]))
        for field in Pricing.fields {
            let entry = try #require(pricing[field.key] as? [String: Any])
            #expect((entry["minimum"] as? Double) == field.range.minimum, "\(field.key)")
            #expect((entry["maximum"] as? Double) == field.range.maximum, "\(field.key)")
            #expect((entry["type"] as? String) == (field.isWholeNumber ? "integer" : "number"), "\(field.key)")
        }
        let useCase = try #require((defs["useCase"] as? [String: Any])?["properties"] as? [String: Any])
        #expect(useCase["event_bytes"] != nil && useCase["log_retention_days"] != nil)
    }
}
