import Testing
import TierwiseAnalyzer
import TierwiseModel

@Suite("Catalog comparer")
struct CatalogComparerTests {
    private func snapshot(_ name: String, monthly: Double, firstYear: Double, tier: LatencyTier = .batch) -> UseCaseSnapshot {
        UseCaseSnapshot(
            name: name, index: 0, statedTier: tier, recommendedTier: tier, pattern: "batch", monthlyUSD: monthly,
            firstYearUSD: firstYear, statedMonthlyUSD: monthly, statedFirstYearUSD: firstYear, move: nil, useCase: nil,
            eventsPerDay: 1000, peakEventsPerSecond: 1, costParameters: CostParameters())
    }

    private func analysis(_ useCases: [UseCaseSnapshot], monthly: Double, firstYear: Double) -> AnalysisSnapshot {
        AnalysisSnapshot(file: "f.json", source: .savedAnalysis, catalogName: nil, useCases: useCases,
                         portfolio: PortfolioSnapshot(recommendedMonthlyUSD: monthly, recommendedFirstYearUSD: firstYear,
                                                      statedMonthlyUSD: monthly, statedFirstYearUSD: firstYear))
    }

    @Test("Use cases are matched by name; added, removed and changed ones carry their deltas, worked by hand")
    func deltas() {
        let base = analysis([snapshot("A", monthly: 1000, firstYear: 20_000), snapshot("B", monthly: 500, firstYear: 6000),
                             snapshot("C", monthly: 300, firstYear: 3600)], monthly: 1800, firstYear: 29_600)
        var changedA = snapshot("A", monthly: 1250, firstYear: 23_000)
        changedA.eventsPerDay = 2000
        let head = analysis([snapshot("D", monthly: 200, firstYear: 2400), snapshot("B", monthly: 500, firstYear: 6000), changedA],
                            monthly: 1950, firstYear: 31_400)
        let comparison = CatalogComparer.compare(base: base, head: head)
        #expect(comparison.useCases.map(\.name) == ["D", "B", "A", "C"])
        #expect(comparison.useCases.map(\.change) == [.added, .unchanged, .changed, .removed])
        let a = comparison.useCases[2]
        // 1250 − 1000 = 250, 250 / 1000 = 25 %; 23,000 − 20,000 = 3,000.
        #expect(a.monthlyDeltaUSD == 250 && a.monthlyDeltaPercent == 25 && a.firstYearDeltaUSD == 3000)
        #expect(a.changedFields == ["events_per_day"])
        #expect(comparison.useCases[0].monthlyDeltaUSD == 200 && comparison.useCases[0].monthlyDeltaPercent == nil)
        #expect(comparison.useCases[3].monthlyDeltaUSD == -300 && comparison.useCases[3].monthlyDeltaPercent == -100)
        // 1950 − 1800 = 150 = 8.33… % of 1800; 31,400 − 29,600 = 1,800 = 6.08… % of 29,600.
        #expect(comparison.portfolio.monthlyDeltaUSD == 150)
        #expect(abs(comparison.portfolio.monthlyDeltaPercent! - 100.0 / 12) < 1e-12)
        #expect(abs(comparison.portfolio.firstYearDeltaPercent! - 1800.0 / 296) < 1e-12)
    }

    @Test("A portfolio from nothing has no percentage")
    func fromZero() {
        let delta = CatalogComparer.delta(base: .zero, head: PortfolioSnapshot(
            recommendedMonthlyUSD: 10, recommendedFirstYearUSD: 120, statedMonthlyUSD: 10, statedFirstYearUSD: 120))
        #expect(delta.monthlyDeltaUSD == 10 && delta.monthlyDeltaPercent == nil)
    }

    @Test("Words of a justification are runs with a letter or digit")
    func words() {
        #expect(CatalogGate.wordCount("Leadership asked for live numbers") == 5)
        #expect(CatalogGate.wordCount("  a — b,  c\n7 ") == 4)
        #expect(CatalogGate.wordCount("") == 0)
    }
}
