import Testing
import TierwiseModel

/// The tierwise model's catalog fields: value models, intervals, the system in place, the consumer, the settings.
@Suite("Catalog decision fields")
struct DecisionFieldsDecoderTests {
    @Test("Each value model kind decodes with its parameter; a use case's own beats the catalog's default")
    func valueModels() throws {
        let text = CatalogFixtures.catalog(
            [
                CatalogFixtures.useCase(["name": #""a""#, "value_model": #"{"kind": "deadline", "deadline_seconds": 0.1}"#]),
                CatalogFixtures.useCase(["name": #""b""#]),
                CatalogFixtures.useCase(["name": #""c""#, "value_model": #""seed""#]),
                CatalogFixtures.useCase(["name": #""d""#, "value_model": #"{"kind": "half_life", "half_life_minutes": 10, "active_hours_per_week": 50}"#,
                                         "consumer": #""people""#, "current_approach": #""none""#,
                                         "source_arrival_interval_minutes": "240", "consumption_interval_minutes": "1440"]),
                CatalogFixtures.useCase(["name": #""e""#, "current_approach": #""mini_batch""#]),
            ],
            extra: #""defaults": {"value_model": {"kind": "linear_decay", "horizon_minutes": 30}, "payback_bar_months": 18, "build_team_size": 3, "parallel_run_weeks": 4, "discount_rate_annual": 0.08, "cost_model": "capacity""# + "}")
        let catalog = try CatalogFixtures.decode(text).catalog
        let u = catalog.useCases
        #expect(u[0].valueModel == ValueModel(curve: .deadline(seconds: 0.1)))
        #expect(u[1].valueModel == ValueModel(curve: .linearDecay(horizonMinutes: 30)))
        #expect(u[2].valueModel == .seed)
        #expect(u[3].valueModel == ValueModel(curve: .halfLife(minutes: 10), activeHoursPerWeek: 50))
        #expect(u[3].consumer == .people && u[3].currentTier == nil)
        #expect(u[3].sourceArrivalIntervalMinutes == 240 && u[3].consumptionIntervalMinutes == 1_440)
        #expect(u[4].currentTier == .miniBatch)
        let settings = catalog.defaults.decision
        #expect(settings.paybackBarMonths == 18 && settings.buildTeamSize == 3 && settings.parallelRunWeeks == 4)
        #expect(settings.discountRateAnnual == 0.08 && settings.costModel == .capacity)
        // And back: the encoder writes what the decoder reads.
        #expect(try CatalogFixtures.decode(CatalogEncoder.encode(catalog)).catalog == catalog)
    }

    @Test("Bad decision fields are located, with what was expected and what was found")
    func errors() {
        func issues(_ changes: [String: String]) -> [String] {
            CatalogFixtures.issues(CatalogFixtures.catalog([CatalogFixtures.useCase(changes)]))
        }
        #expect(issues(["value_model": #"{"kind": "deadline"}"#])
            == ["use_cases[0].value_model.deadline_seconds: missing; expected a positive number"])
        #expect(issues(["value_model": #"{"kind": "sigmoid"}"#])
            == [#"use_cases[0].value_model.kind: expected seed, decisions, deadline, linear_decay or half_life, got "sigmoid""#])
        #expect(issues(["value_model": #"{"kind": "decisions", "half_life_minutes": 5}"#])
            == [#"use_cases[0].value_model.half_life_minutes: does not apply to kind "decisions"; remove it"#])
        #expect(issues(["value_model": #"{"kind": "decisions", "active_hours_per_week": 169}"#])
            == ["use_cases[0].value_model.active_hours_per_week: expected a number of at most 168, got 169"])
        #expect(issues(["value_model": "7"])
            == [#"use_cases[0].value_model: expected "seed" or an object with a "kind" (seed, decisions, deadline, linear_decay or half_life), got 7"#])
        #expect(issues(["current_approach": #""kafka""#])
            == [#"use_cases[0].current_approach: expected real_time, near_real_time, micro_batch, mini_batch, batch or none, got "kafka""#])
        #expect(issues(["consumer": #""robots""#]) == [#"use_cases[0].consumer: expected people or machine, got "robots""#])
        #expect(issues(["consumption_interval_minutes": "0"])
            == ["use_cases[0].consumption_interval_minutes: expected a positive number, got 0"])
    }
}
