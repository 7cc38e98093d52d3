import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

@Suite("Requirement analyzer")
struct RequirementAnalyzerTests {
    // MARK: - Rule 1: dashboards

    @Test("A fast dashboard relaxes to micro_batch only below 100 USD/min", arguments: [
        (LatencyTier.realTime, 99.99, LatencyTier.microBatch),
        (.realTime, 100, .realTime),
        (.realTime, 100.01, .realTime),
        (.nearRealTime, 99.99, .microBatch),
        (.nearRealTime, 100, .nearRealTime),
        (.nearRealTime, 100.01, .nearRealTime),
    ])
    func dashboardBoundary(tier: LatencyTier, revenue: Double, expected: LatencyTier) {
        let useCase = makeUseCase(description: "Ops dashboard", tier: tier, revenue: revenue)
        #expect(RequirementAnalyzer.assess(useCase).recommendedTier == expected)
    }

    @Test("The dashboard test ignores case and needs the word")
    func dashboardWord() {
        #expect(RequirementAnalyzer.assess(makeUseCase(description: "Live DASHBOARD", tier: .realTime, revenue: 1)).recommendedTier == .microBatch)
        #expect(RequirementAnalyzer.assess(makeUseCase(description: "Live board", tier: .realTime, revenue: 1)).recommendedTier == .realTime)
    }

    @Test("Slower stated tiers ignore the dashboard rule", arguments: [LatencyTier.microBatch, .miniBatch, .batch])
    func dashboardOnlyFastTiers(tier: LatencyTier) {
        let useCase = makeUseCase(description: "dashboard", tier: tier, revenue: 1)
        #expect(RequirementAnalyzer.assess(useCase).recommendedTier == tier)
    }

    // MARK: - Rules 2 and 3: batch under-specification

    @Test("Batch and mini-batch upgrade to micro_batch only above 1,000 USD/min", arguments: [
        (LatencyTier.batch, 999.0, LatencyTier.batch),
        (.batch, 1_000, .batch),
        (.batch, 1_000.01, .microBatch),
        (.miniBatch, 999, .miniBatch),
        (.miniBatch, 1_000, .miniBatch),
        (.miniBatch, 1_000.01, .microBatch),
    ])
    func revenueBoundary(tier: LatencyTier, revenue: Double, expected: LatencyTier) {
        let useCase = makeUseCase(tier: tier, revenue: revenue, costOfError: .high)
        #expect(RequirementAnalyzer.assess(useCase).recommendedTier == expected)
    }

    @Test("Only a critical cost of error lifts batch to near_real_time", arguments: CostOfError.allCases)
    func costOfError(cost: CostOfError) {
        for tier in [LatencyTier.batch, .miniBatch] {
            let result = RequirementAnalyzer.assess(makeUseCase(tier: tier, revenue: 10, costOfError: cost))
            #expect(result.recommendedTier == (cost == .critical ? .nearRealTime : tier))
        }
    }

    @Test("When both batch rules fire, the later (critical) wins")
    func laterRuleWins() {
        let useCase = makeUseCase(tier: .batch, revenue: 5_000, costOfError: .critical)
        #expect(RequirementAnalyzer.assess(useCase).recommendedTier == .nearRealTime)
    }

    @Test("Micro-batch is never changed by the seed's rules")
    func microBatchStands() {
        let useCase = makeUseCase(description: "dashboard", tier: .microBatch, revenue: 50_000, costOfError: .critical)
        #expect(!RequirementAnalyzer.assess(useCase).isChangeRecommended)
    }

    // MARK: - Rationale

    @Test("The rationale states the direction from tier order")
    func rationaleDirection() {
        let relaxed = RequirementAnalyzer.assess(makeUseCase(description: "dashboard", tier: .nearRealTime, revenue: 10))
        #expect(relaxed.rationale.hasPrefix("Consider relaxing from near_real_time to micro_batch"))
        #expect(relaxed.change == .relax)

        let upgraded = RequirementAnalyzer.assess(makeUseCase(tier: .miniBatch, revenue: 2_000))
        #expect(upgraded.rationale.hasPrefix("Consider upgrading from mini_batch to micro_batch"))
        #expect(upgraded.rationale.contains("$2,000.00"))

        let kept = RequirementAnalyzer.assess(makeUseCase(tier: .batch))
        #expect(kept.rationale == "The batch requirement (daily or less often) is appropriate for this use case.")
    }

    @Test("The five challenge questions come with the catalog's figures")
    func challengeQuestions() {
        let questions = ChallengeQuestion.questions(for: makeUseCase(tier: .realTime, revenue: 20, costOfError: .high))
        #expect(questions.map(\.question).count == 5)
        #expect(questions[0].question == "What business decision changes based on this data?")
        #expect(questions[1].evidence == "At $20.00/min: $100.00 if 5 minutes late, $1,200.00 if an hour late.")
        #expect(questions[4].evidence == "Cost of a wrong result: high. Cost of a delayed result: $20.00/min ($1,200.00/h).")
    }
}
