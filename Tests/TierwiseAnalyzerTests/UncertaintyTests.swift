import Foundation
import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

/// Monte Carlo and tornado, checked against closed forms and a by-hand tornado bar.
@Suite("Uncertainty")
struct UncertaintyTests {
    @Test("PERT and triangular draws have the textbook means and stay inside the range")
    func samplerMoments() {
        var sampler = InputSampler(seed: 42)
        let range = UncertainInput(input: .eventsPerSecond, low: 10, likely: 20, high: 60)
        var pert: [Double] = [], triangular: [Double] = []
        for _ in 0..<200_000 {
            pert.append(sampler.draw(range, distribution: .pert))
            triangular.append(sampler.draw(range, distribution: .triangular))
        }
        // PERT mean (a + 4m + b)/6 = 25; triangular (a + m + b)/3 = 30. Standard error about 0.02 and 0.025.
        #expect(abs(pert.reduce(0, +) / 200_000 - 25) < 0.1)
        #expect(abs(triangular.reduce(0, +) / 200_000 - 30) < 0.1)
        #expect(pert.allSatisfy { $0 >= 10 && $0 <= 60 } && triangular.allSatisfy { $0 >= 10 && $0 <= 60 })
        // Triangular CDF at the mode is (m − a)/(b − a) = 0.2.
        #expect(abs(Double(triangular.count { $0 < 20 }) / 200_000 - 0.2) < 0.005)
        // A degenerate range is its value.
        #expect(sampler.draw(UncertainInput(input: .eventsPerSecond, low: 5, likely: 5, high: 5), distribution: .pert) == 5)
    }

    @Test("Percentiles interpolate between order statistics as NumPy does")
    func percentiles() {
        // numpy.percentile([1, 2, 3, 4, 10], [10, 50, 90]) = [1.4, 3.0, 7.6]
        let p = UncertaintyAnalyzer.percentiles([10, 3, 1, 4, 2])
        #expect(abs(p.p10 - 1.4) < 1e-12 && p.p50 == 3 && abs(p.p90 - 7.6) < 1e-12 && p.mean == 4)
    }

    @Test("A tornado bar for the delay cost is its range × the value gained per USD/min, worked by hand")
    func tornadoBar() throws {
        // Inventory-like: a mini_batch system in place, linear decay over 120 min, 24×7.
        var u = makeUseCase(tier: .miniBatch, eventsPerSecond: 1_500, peakMultiplier: 3, revenue: 1_800, complexity: .simple)
        u.valueModel = ValueModel(curve: .linearDecay(horizonMinutes: 120))
        u.currentTier = .miniBatch
        u.uncertainInputs = [UncertainInput(input: .revenueImpactPerMinuteDelay, low: 300, likely: 1_800, high: 3_000)]
        let result = UncertaintyAnalyzer.run(Catalog(useCases: [u]), draws: 200, seed: 7)
        let bar = try #require(result.useCases.first?.tornado.first)
        // Net benefit of mini_batch → real_time is v × ΔF − ΔC with ΔF = (45/120 − (0.05/60)/120) × 43,200,
        // so the swing is (3,000 − 300) × ΔF whatever ΔC is.
        let gainPerUSD = (45.0 / 120 - (0.05 / 60) / 120) * 43_200
        #expect(abs(bar.swingUSD - 2_700 * gainPerUSD) < 1e-6 * bar.swingUSD)
        #expect(result.useCases[0].trackedMoveFrom == .miniBatch)
    }

    @Test("The same seed gives the same result; another seed does not; fixed use cases count in the portfolio")
    func determinism() {
        var ranged = makeUseCase(name: "r", tier: .batch, eventsPerSecond: 100, revenue: 5)
        ranged.uncertainInputs = [UncertainInput(input: .revenueImpactPerMinuteDelay, low: 0, likely: 5, high: 50)]
        let fixed = makeUseCase(name: "f", tier: .batch, eventsPerSecond: 100)
        let catalog = Catalog(useCases: [ranged, fixed])
        let a = UncertaintyAnalyzer.run(catalog, draws: 300, seed: 1)
        #expect(a == UncertaintyAnalyzer.run(catalog, draws: 300, seed: 1))
        #expect(a.useCases[0].monthlyNetBenefitUSD != nil)
        #expect(a.useCases[0].monthlyNetBenefitUSD != UncertaintyAnalyzer.run(catalog, draws: 300, seed: 2).useCases[0].monthlyNetBenefitUSD)
        #expect(a.fixedUseCaseCount == 1 && a.useCases.count == 1)
        let fixedCost = CatalogAnalyzer.analyze(fixed, model: .tierwise).recommendedMonthlyUSD
        #expect(a.portfolioMonthlyCostUSD.p10 >= fixedCost + a.useCases[0].monthlyCostUSD.p10 - 1e-6)
        #expect(abs(a.useCases[0].shares.reduce(0) { $0 + $1.probability } - 1) < 1e-12)
    }
}
