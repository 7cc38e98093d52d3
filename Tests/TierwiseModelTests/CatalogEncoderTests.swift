import Testing
@testable import TierwiseModel

@Suite("Catalog encoder")
struct CatalogEncoderTests {
    @Test("Encoding then decoding gives back the same catalog")
    func roundTrip() throws {
        let text = CatalogFixtures.catalog(
            [
                CatalogFixtures.useCase(["name": #""a""#, "hourly_rate": "210", "error_recovery": #""rerun_batch""#]),
                CatalogFixtures.useCase(["name": #""b \" | odd""#, "events_per_day": "123", "team_experience": #""batch""#]),
            ],
            extra: #""name": "T", "defaults": {"baseline_monthly_compute": 700, "team_experience": "streaming", "tier_latency_minutes": {"batch": 1000}}"#)
        let original = try CatalogFixtures.decode(text).catalog
        let again = try CatalogFixtures.decode(CatalogEncoder.encode(original)).catalog
        #expect(again == original)
    }
}
