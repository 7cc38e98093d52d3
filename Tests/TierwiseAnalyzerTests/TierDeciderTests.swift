import Foundation
import Testing
@testable import TierwiseAnalyzer
import TierwiseModel

/// The tierwise model's tier verdicts, with every expected figure worked out by hand.
@Suite("Tier decider")
struct TierDeciderTests {
    private func decide(_ useCase: UseCase, settings: DecisionSettings = DecisionSettings()) -> TierDecision {
        CatalogAnalyzer.analyze(useCase, model: .tierwise, settings: settings).decision!
    }

    @Test("Value models: the fraction of the month lost, capped at 1")
    func valueModels() {
        let seed = ValueModel.seed
        #expect(seed.activeMinutesPerMonth == 43_200)  // 168 h × 60 × 30/7
        #expect(seed.lossFraction(meanMinutes: 30, worstMinutes: 60) == 0.5)  // 30 min × 1/h ÷ 60
        #expect(seed.uncappedLossFraction(meanMinutes: 90, worstMinutes: 90) == 1.5)
        #expect(seed.lossFraction(meanMinutes: 90, worstMinutes: 90) == 1)
        let business = ValueModel(curve: .decisions(perHour: 4), activeHoursPerWeek: 50)
        #expect(isClose(business.activeMinutesPerMonth, 50 * 60 * 30 / 7))  // 12,857.14
        #expect(business.lossFraction(meanMinutes: 6, worstMinutes: 6) == 0.4)  // 6 × 4 ÷ 60
        #expect(ValueModel(curve: .halfLife(minutes: 10)).lossFraction(meanMinutes: 10, worstMinutes: 10) == 0.5)
        #expect(ValueModel(curve: .halfLife(minutes: 10)).lossFraction(meanMinutes: 20, worstMinutes: 20) == 0.75)
        #expect(ValueModel(curve: .linearDecay(horizonMinutes: 30)).lossFraction(meanMinutes: 15, worstMinutes: 15) == 0.5)
        let deadline = ValueModel(curve: .deadline(seconds: 0.1))
        #expect(deadline.lossFraction(meanMinutes: 0.05 / 60, worstMinutes: 0.1 / 60) == 0)  // exactly at the deadline
        #expect(deadline.lossFraction(meanMinutes: 0.05 / 60, worstMinutes: 0.2 / 60) == 1)
        #expect(seed.monthlyCapUSD(usdPerMinute: 1_800) == 77_760_000)  // the Inventory cap: $77.8M
    }

    @Test("Delivered latency: a refresh every T taking d has mean T/2 + d and worst T + d")
    func deliveredLatency() {
        let nearRealTime = DeliveredLatency.tierwiseDefault(for: .nearRealTime)
        #expect(isClose(nearRealTime.meanMinutes * 60, 7))  // 10 s / 2 + 2 s
        #expect(isClose(nearRealTime.worstMinutes * 60, 12))
        let batch = DeliveredLatency.tierwiseDefault(for: .batch)
        #expect(batch.meanMinutes == 780 && batch.worstMinutes == 1_500)  // 720 + 60, 1,440 + 60
        let overridden = DeliveredLatency.delivered(by: .microBatch, overrideMeanMinutes: 7)  // twice the 3.5 default
        #expect(overridden.worstMinutes == 12 && overridden.refreshIntervalMinutes == 10)
    }

    @Test("A move: payback from the start of the build and the delay cost at which it flips")
    func moveArithmetic() {
        // a: credited 60 min under the seed's model, fraction 1 → loss = $1/min × 43,200 = $43,200.
        // b: credited 0 → loss 0; $200/month more, $1,200 more up front, 2 months to build.
        func option(_ tier: LatencyTier, credited: Double, loss: Double, monthly: Double, investment: Double, months: Double) -> TierOption {
            let model = CostModel(computeCostUSD: monthly, storageCostUSD: 0, networkCostUSD: 0, engineeringHours: 0,
                                  onCallHours: 0, incidentResponseHours: 0, initialDevelopmentDays: 0, testingDays: 0)
            return TierOption(
                tier: tier, pattern: .kappa, approach: .realTime,
                delivered: .continuous(meanMinutes: credited, worstMinutes: credited), creditedLatencyMinutes: credited,
                monthlyDelayLossUSD: loss, capBinds: false, cost: PatternCost(components: [.init(role: "x", model: model)]),
                investmentUSD: investment, monthsToBenefit: months, infeasibleReason: nil)
        }
        let a = option(.batch, credited: 60, loss: 43_200, monthly: 100, investment: 0, months: 0)
        let b = option(.realTime, credited: 0, loss: 0, monthly: 300, investment: 1_200, months: 2)
        let move = TierDecider.move(from: a, to: b, valueModel: .seed, settings: DecisionSettings())
        #expect(move.monthlyValueGainUSD == 43_200 && move.monthlyCostIncreaseUSD == 200)
        #expect(move.netOverBarUSD == 10 * 43_000 - 1_200)  // (12 − 2) × 43,000 − 1,200
        #expect(move.paysBack)
        #expect(isClose(move.paybackFromBuildStartMonths!, 2 + 1_200.0 / 43_000))
        // Flips where (12 − 2) × (v × 43,200 − 200) = 1,200: v = (120 + 200) / 43,200.
        #expect(isClose(move.switchingDelayCostUSDPerMinute!, 320.0 / 43_200))
    }

    @Test("A deadline is a hard constraint: only tiers whose worst case meets it are feasible")
    func deadline() {
        var fraud = makeUseCase(tier: .realTime, eventsPerSecond: 2_000, peakMultiplier: 4, revenue: 5_000)
        fraud.valueModel = ValueModel(curve: .deadline(seconds: 0.1))
        let d = decide(fraud)
        #expect(d.chosenTier == .realTime)
        #expect(d.options.filter(\.isFeasible).map(\.tier) == [.realTime])
        #expect(d.recommendedMove == nil && d.nextFasterMove == nil)
        #expect(d.reason.hasPrefix("Keep real_time: it is the only tier that meets the deadline of 100 ms"))
        // A deadline no tier meets: the fastest is recommended and the report says nothing is feasible.
        fraud.valueModel = ValueModel(curve: .deadline(seconds: 0.01))
        let impossible = decide(fraud)
        #expect(impossible.isInfeasible && impossible.chosenTier == .realTime)
        #expect(impossible.reason.hasPrefix("No tier meets the hard constraints"))
    }

    @Test("The readers' cadence: the slowest tier that refreshes as often as they read, and no value beyond it")
    func consumerCadence() {
        var dashboard = makeUseCase(description: "KPI dashboard", tier: .realTime, eventsPerSecond: 200, revenue: 15)
        dashboard.consumptionIntervalMinutes = 240
        let d = decide(dashboard)
        // Batch refreshes every 1,440 min > 240: infeasible. Every other tier is credited max(mean, 240) = 240:
        // no move gains anything, so the slowest feasible tier, mini_batch (hourly), is kept.
        #expect(d.option(.batch).infeasibleReason != nil)
        #expect(d.options.filter(\.isFeasible).allSatisfy { $0.creditedLatencyMinutes == 240 })
        #expect(d.chosenTier == .miniBatch)
        #expect(d.steps.allSatisfy { $0.monthlyValueGainUSD == 0 && !$0.paysBack })
    }

    @Test("A source that delivers every 4 hours: the system in place is kept, nothing faster is worth more")
    func sourceFloorKeepsTheSystemInPlace() {
        var reconciliation = makeUseCase(tier: .miniBatch, eventsPerSecond: 300, revenue: 400, costOfError: .critical)
        reconciliation.sourceArrivalIntervalMinutes = 240
        reconciliation.currentTier = .miniBatch
        let d = decide(reconciliation)
        #expect(d.chosenTier == .miniBatch)
        #expect(d.recommendedMove == nil)
        // Critical errors call for guarantees, not speed (the seed would move it to near_real_time).
        #expect(d.guarantees.count == 4)
        #expect(d.challenges.contains { $0.rule == "seed: critical errors" })
        // Moving to micro_batch: credited 240 min on both sides → no value, only cost.
        #expect(d.nextFasterMove?.monthlyValueGainUSD == 0)
    }

    @Test("The cap binds when the seed's model would claim more than every minute of the month")
    func capBinds() {
        let inventory = makeUseCase(tier: .miniBatch, eventsPerSecond: 1_500, revenue: 1_800)
        let d = decide(inventory)
        let batch = d.option(.batch)
        // Credited 780 min × 1/h ÷ 60 = 13 > 1: capped at $1,800 × 43,200 = $77.76M.
        #expect(batch.capBinds && batch.monthlyDelayLossUSD == 77_760_000)
        for option in d.options {
            #expect(option.monthlyDelayLossUSD <= 77_760_000)
        }
    }

    @Test("The switching value is where the verdict really flips (recomputed just below and above)")
    func switchingValueFlips() throws {
        var useCase = makeUseCase(tier: .batch, eventsPerSecond: 500, revenue: 0.001)
        useCase.currentTier = .batch  // at $0.001/min nothing pays for leaving the daily job in place
        let base = decide(useCase)
        #expect(base.chosenTier == .batch)
        let next = try #require(base.nextFasterMove)
        let flip = try #require(next.switchingDelayCostUSDPerMinute)
        var below = useCase, above = useCase
        below.revenueImpactPerMinuteDelayUSD = flip * 0.99
        above.revenueImpactPerMinuteDelayUSD = flip * 1.01
        #expect(decide(below).chosenTier == base.chosenTier)
        #expect(decide(above).chosenTier < base.chosenTier, "above \(flip)/min the faster move should pay back")
    }

    @Test("No value at stake: real time is challenged and the cheapest tier wins")
    func noValueAtStake() {
        let idle = makeUseCase(tier: .realTime, eventsPerSecond: 100, revenue: 0)
        let d = decide(idle)
        #expect(d.chosenTier == .batch)
        #expect(d.challenges.contains { $0.rule == "no value at stake" })
    }

    @Test("People in the loop: no latency under a minute is credited")
    func peopleFloor() {
        var monitoring = makeUseCase(tier: .nearRealTime, eventsPerSecond: 1_200, revenue: 150)
        monitoring.consumer = .people
        monitoring.valueModel = ValueModel(curve: .linearDecay(horizonMinutes: 15))
        let d = decide(monitoring)
        #expect(d.option(.realTime).creditedLatencyMinutes == 1 && d.option(.nearRealTime).creditedLatencyMinutes == 1)
        #expect(d.chosenTier != .realTime)
    }

    @Test("Pattern rules, one sentence each")
    func patternRules() {
        let rt = DeliveredLatency.tierwiseDefault(for: .realTime)
        let nrt = DeliveredLatency.tierwiseDefault(for: .nearRealTime)
        let micro = DeliveredLatency.tierwiseDefault(for: .microBatch)
        let batch = DeliveredLatency.tierwiseDefault(for: .batch)
        // A per-event decision under 100 ms: never a lakehouse, even with history and exactly-once.
        let fraud = makeUseCase(historical: true, exactlyOnce: true)
        #expect(ArchitectureAdvisor.recommendTierwise(for: fraud, at: .realTime, delivered: rt).pattern == .kappa)
        #expect(ArchitectureAdvisor.advisories(for: fraud, at: .realTime).contains { $0.contains("checkpoint") })
        // History with simple processing: Kappa with a stream–table join; complex: Lambda.
        #expect(ArchitectureAdvisor.recommendTierwise(for: makeUseCase(historical: true), at: .nearRealTime, delivered: nrt).pattern == .kappa)
        #expect(ArchitectureAdvisor.recommendTierwise(
            for: makeUseCase(historical: true, complexity: .complex), at: .nearRealTime, delivered: nrt).pattern == .lambda)
        // micro_batch: people → views, a machine → lakehouse; whole words only.
        #expect(ArchitectureAdvisor.recommendTierwise(
            for: makeUseCase(description: "Ops dashboard."), at: .microBatch, delivered: micro).pattern == .materializedViews)
        #expect(ArchitectureAdvisor.recommendTierwise(
            for: makeUseCase(description: "Dashboarding feed"), at: .microBatch, delivered: micro).pattern == .hybridLakehouse)
        #expect(ArchitectureAdvisor.recommendTierwise(
            for: makeUseCase(eventsPerSecond: 1_000), at: .batch, delivered: batch).pattern == .streamingIngestionBatchProcessing)
        #expect(ArchitectureAdvisor.recommendTierwise(for: makeUseCase(eventsPerSecond: 999), at: .batch, delivered: batch).pattern == .batch)
    }

    @Test("Patterns are costed as the systems they run (checked against the seed's estimator directly)")
    func patternCosts() {
        let useCase = makeUseCase(eventsPerSecond: 100, historical: true, complexity: .complex)
        let estimator = CostEstimator()
        let costs = estimator.compare(eventsPerDay: useCase.eventsPerDay, approaches: ProcessingApproach.allCases)
        let lambda = PatternCoster.cost(.lambda, approach: .nearRealTime, useCase: useCase, costs: costs, estimator: estimator)
        // Two codebases: batch_complex + near_real_time, at 8.64 M events/day (volume factor 1).
        // batch_complex: 1,000 × (1.5 + 0.3 × 1.2 + 0.1) + (30 + 10 + 5) × 150 = 1,960 + 6,750 = 8,710.
        // near_real_time: 1,000 × (4 + 0.6 + 0.1) + (60 + 25 + 12.5) × 150 = 4,700 + 14,625 = 19,325.
        #expect(isClose(lambda.monthlyUSD, 8_710 + 19_325))
        // Builds: (30 + 15) and (60 + 30) person-days × 8 h × $150.
        #expect(isClose(lambda.initialInvestmentUSD, 45 * 1_200 + 90 * 1_200))
        // Kappa: the stream processor plus 8.64 M × 1 KB × 7 days × 3 copies = 181.44 GB at $0.10.
        let kappa = PatternCoster.cost(.kappa, approach: .nearRealTime, useCase: useCase, costs: costs, estimator: estimator)
        #expect(isClose(kappa.monthlyUSD, 19_325 + 18.144))
    }

    @Test("Portfolio: a policy that misses a hard constraint is not priced for that use case")
    func infeasiblePolicy() {
        var fraud = makeUseCase(name: "fraud", tier: .realTime, revenue: 5_000)
        fraud.valueModel = ValueModel(curve: .deadline(seconds: 0.1))
        let report = makeUseCase(name: "report", tier: .batch)
        let analysis = CatalogAnalyzer.analyze(Catalog(useCases: [fraud, report]), model: .tierwise)
        let allBatch = analysis.scenario(.allBatch)
        #expect(allBatch.infeasibleUseCaseCount == 1 && allBatch.infeasibleExamples == ["fraud"])
        let reportBatch = analysis.useCases[1].decision!.option(.batch).cost.monthlyUSD
        // Only the report is priced, plus the batch platform ($0.49 × 720).
        #expect(isClose(allBatch.monthlyTotalUSD, reportBatch + 352.8))
        #expect(analysis.scenario(.recommended).isFeasible)
    }

    @Test("Net present value: −investment + each month's net benefit after the build, discounted")
    func presentValue() {
        let move = DecisionStep(
            from: .batch, to: .microBatch, monthlyValueGainUSD: 1_000, monthlyCostIncreaseUSD: 0,
            investmentIncreaseUSD: 10_000, monthsToBenefit: 24, paybackBarMonths: 12, switchingDelayCostUSDPerMinute: nil)
        // Months 25…36 at 1,000 each; at 0% that is 12,000 − 10,000.
        #expect(isClose(TierDecider.netPresentValue(move, annualRate: 0), 2_000))
        var expected = -10_000.0
        for month in 25...36 { expected += 1_000 / pow(1.1, Double(month) / 12) }
        #expect(isClose(TierDecider.netPresentValue(move, annualRate: 0.1), expected))
    }
}
