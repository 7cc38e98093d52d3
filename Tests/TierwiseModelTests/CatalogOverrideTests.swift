import Foundation
import Testing
import TierwiseJSON
import TierwiseModel

/// What-if overrides and ranges in catalogs.
@Suite("Catalog overrides and ranges")
struct CatalogOverrideTests {
    private func load(_ text: String, _ overrides: [CatalogOverride]) throws(CatalogError) -> Catalog {
        let path = NSTemporaryDirectory() + "tierwise-override-\(UUID().uuidString).json"
        FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try CatalogDecoder().load(path: path, overrides: overrides).catalog
    }

    @Test("NAME.field=value parses names with dots, JSON values and plain text")
    func parsing() throws {
        let a = try CatalogOverride.parse("v1.2 pipeline.events_per_second=1e3")
        #expect(a.target == .useCase("v1.2 pipeline") && a.path == ["events_per_second"] && a.value == .number(1_000))
        let b = try CatalogOverride.parse("defaults.value_model.horizon_minutes=30")
        #expect(b.target == .defaults && b.path == ["value_model", "horizon_minutes"])
        #expect(try CatalogOverride.parse("x.consumer=people").value == .string("people"))
        #expect(throws: CatalogOverrideError.self) { try CatalogOverride.parse("x.speed=3") }
        #expect(throws: CatalogOverrideError.self) { try CatalogOverride.parse("no equals sign") }
    }

    @Test("Overrides apply in order over the catalog, and are checked like written values")
    func applying() throws {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase(["name": #""a""#])])
        let catalog = try load(text, [
            try CatalogOverride.parse("a.events_per_second=5"), try CatalogOverride.parse("a.events_per_second=7"),
            try CatalogOverride.parse("defaults.hourly_rate=300"),
            try CatalogOverride.parse(#"a.value_model={"kind": "half_life", "half_life_minutes": 4}"#),
        ])
        #expect(catalog.useCases[0].eventsPerSecond == 7)
        #expect(catalog.useCases[0].costParameters.hourlyRateUSD == 300)
        #expect(catalog.useCases[0].valueModel == ValueModel(curve: .halfLife(minutes: 4)))
        #expect(catalog.appliedOverrides.count == 4)
        #expect(throws: CatalogError.self) { try load(text, [try CatalogOverride.parse("a.events_per_second=-1")]) }
        do {
            _ = try load(text, [try CatalogOverride.parse("b.events_per_second=1")])
            Issue.record("an unknown use case was accepted")
        } catch {
            #expect(String(describing: error).contains("no use case is named 'b'"))
        }
    }

    @Test("A range decodes to its likely value and is recorded; a bad range is located")
    func ranges() throws {
        let text = CatalogFixtures.catalog(
            [CatalogFixtures.useCase(["name": #""a""#, "revenue_impact_per_minute_delay": #"{"low": 10, "likely": 20, "high": 50}"#])],
            extra: #""defaults": {"hourly_rate": {"low": 100, "likely": 150, "high": 250, "distribution": "triangular"}}"#)
        let u = try CatalogFixtures.decode(text).catalog.useCases[0]
        #expect(u.revenueImpactPerMinuteDelayUSD == 20 && u.costParameters.hourlyRateUSD == 150)
        #expect(u.uncertainInputs == [
            UncertainInput(input: .revenueImpactPerMinuteDelay, low: 10, likely: 20, high: 50),
            UncertainInput(input: .hourlyRate, low: 100, likely: 150, high: 250, distribution: .triangular, isInherited: true),
        ])
        let bad = CatalogFixtures.catalog(
            [CatalogFixtures.useCase(["revenue_impact_per_minute_delay": #"{"low": 30, "likely": 20, "high": 50}"#])])
        #expect(CatalogFixtures.issues(bad)
            == ["use_cases[0].revenue_impact_per_minute_delay: expected low ≤ likely ≤ high, got low 30, likely 20, high 50"])
        let negative = CatalogFixtures.catalog(
            [CatalogFixtures.useCase(["events_per_second": #"{"low": -1, "likely": 20, "high": 50}"#])])
        #expect(CatalogFixtures.issues(negative) == ["use_cases[0].events_per_second.low: expected a non-negative number, got -1"])
    }
}
