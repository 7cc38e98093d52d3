import Foundation
import TierwiseModel

/// The tierwise model's tier verdict (docs/methodology.md, "Tier verdicts").
///
/// 1. Every tier becomes an option: the pattern that would serve it, what it
///    delivers, the delay loss left there under the use case's value model
///    (capped at the month's minutes), what the pattern costs, its build and
///    parallel run.
/// 2. Tiers that miss a hard constraint (a deadline; a refresh slower than
///    the reader's cadence) are infeasible, never priced as a choice.
/// 3. Starting from the slowest feasible tier, each faster feasible tier is
///    taken when the move to it from the tier chosen so far pays back within
///    the bar, counted from the start of its build.
/// 4. Every move weighed carries the delay cost at which its verdict flips.
public enum TierDecider {
    /// Rules of the seed that the tierwise model reports as challenges (same thresholds as ``RequirementAnalyzer``).
    static let dashboardThreshold = RequirementAnalyzer.dashboardRelaxThresholdUSDPerMinute
    static let batchUpgradeThreshold = RequirementAnalyzer.batchUpgradeThresholdUSDPerMinute
    /// The fastest latency worth anything to people, minutes: a human in the
    /// loop acts in minutes at best (seed 002's challenge question "Is there a
    /// human in the loop?"), so no latency under a minute is credited when people consume the results.
    public static let peopleReactionMinutes: Double = 1
    /// Months over which the net present value of the recommended move is summed.
    public static let presentValueHorizonMonths = 36

    /// The verdict for `useCase`, with `costs` its approaches priced by the catalog's cost model.
    /// `explains: false` leaves out the words (reason, challenges, guarantees,
    /// advisories): what Monte Carlo draws need, at a fraction of the cost.
    public static func decide(
        _ given: UseCase, latencies: TierLatencies, settings: DecisionSettings, costs: [ApproachCost],
        estimator: CostEstimator, explains: Bool = true
    ) -> TierDecision {
        // Who consumes the results is read from the description's words once, then carried as if stated.
        let consumerStated = given.consumer != nil
        var useCase = given
        useCase.consumer = ArchitectureAdvisor.consumer(of: given)
        let valueModel = useCase.valueModel ?? .seed
        var options = self.options(useCase, valueModel: valueModel, latencies: latencies, settings: settings,
                                   costs: costs, estimator: estimator)
        let feasible = options.filter(\.isFeasible).map(\.tier).sorted(by: >)  // slowest first
        let stated = useCase.latencyRequirement
        func option(_ tier: LatencyTier) -> TierOption { options.first { $0.tier == tier }! }
        func step(_ from: LatencyTier, _ to: LatencyTier) -> DecisionStep {
            move(from: option(from), to: option(to), valueModel: valueModel, settings: settings)
        }

        guard let baseline = feasible.first else {
            let reason = "No tier meets the hard constraints (\(constraintNames(useCase, valueModel: valueModel))); "
                + "real_time comes closest with a worst case of "
                + "\(DisplayFormat.duration(minutes: option(.realTime).delivered.worstMinutes)): revisit the constraint, "
                + "or serve the decision outside the data pipeline."
            return TierDecision(
                valueModel: valueModel, valueModelAssumed: useCase.valueModel == nil,
                consumer: useCase.consumer ?? .machine, consumerStated: consumerStated, options: options,
                currentTier: useCase.currentTier, baselineTier: .realTime, chosenTier: .realTime, steps: [],
                recommendedMove: nil, nextFasterMove: nil, reason: reason,
                challenges: challenges(useCase, options: options, valueModel: valueModel),
                guarantees: guarantees(useCase), advisories: ArchitectureAdvisor.advisories(for: useCase, at: .realTime),
                netPresentValueUSD: nil)
        }
        var chosen = baseline
        var steps: [DecisionStep] = []
        var acceptedStep: DecisionStep?
        for tier in feasible.dropFirst() {
            let candidate = step(chosen, tier)
            steps.append(candidate)
            if candidate.paysBack {
                chosen = tier
                acceptedStep = candidate
            }
        }
        var forced: TierDecision.ForcedChoice?
        if useCase.forcedTier != nil || useCase.forcedPattern != nil {
            let natural = option(chosen)
            let tier = useCase.forcedTier ?? chosen
            if let pattern = useCase.forcedPattern, let index = options.firstIndex(where: { $0.tier == tier }) {
                options[index] = reprice(options[index], as: pattern, useCase: useCase, costs: costs, estimator: estimator,
                                         settings: settings)
            }
            chosen = tier
            let choice = options.first { $0.tier == tier }!
            forced = TierDecision.ForcedChoice(
                recommendedTier: natural.tier, recommendedPattern: natural.pattern,
                monthlyCostDeltaUSD: choice.cost.monthlyUSD - natural.cost.monthlyUSD,
                monthlyDelayLossDeltaUSD: choice.monthlyDelayLossUSD - natural.monthlyDelayLossUSD,
                investmentDeltaUSD: choice.investmentUSD - natural.investmentUSD)
        }
        let from = useCase.currentTier ?? baseline
        let recommendedMove = from == chosen ? nil : step(from, chosen)
        // The next faster feasible tier: the slowest of those faster than the choice.
        let nextFasterMove = feasible.filter { $0 < chosen }.max().map { step(chosen, $0) }
        var reason = ""
        if explains {
            reason = self.reason(
                useCase, stated: stated, chosen: chosen, baseline: baseline, accepted: acceptedStep, next: nextFasterMove,
                options: options, valueModel: valueModel, feasibleCount: feasible.count)
            if let forced { reason = forcedReason(forced, useCase: useCase, option: options.first { $0.tier == chosen }!) }
        }
        return TierDecision(
            valueModel: valueModel, valueModelAssumed: useCase.valueModel == nil,
                consumer: useCase.consumer ?? .machine, consumerStated: consumerStated, options: options,
            currentTier: useCase.currentTier, baselineTier: baseline, chosenTier: chosen, steps: steps,
            recommendedMove: recommendedMove, nextFasterMove: nextFasterMove, reason: reason,
            challenges: explains ? challenges(useCase, options: options, valueModel: valueModel) : [],
            guarantees: explains ? guarantees(useCase) : [],
            advisories: explains ? ArchitectureAdvisor.advisories(for: useCase, at: chosen) : [],
            netPresentValueUSD: settings.discountRateAnnual.flatMap { rate in
                recommendedMove.map { netPresentValue($0, annualRate: rate) }
            }, forced: forced)
    }

    // MARK: - Options

    static func options(
        _ useCase: UseCase, valueModel: ValueModel, latencies: TierLatencies, settings: DecisionSettings,
        costs: [ApproachCost], estimator: CostEstimator
    ) -> [TierOption] {
        let usdPerMinute = useCase.revenueImpactPerMinuteDelayUSD
        let cap = valueModel.monthlyCapUSD(usdPerMinute: usdPerMinute)
        let people = ArchitectureAdvisor.consumer(of: useCase) == .people ? peopleReactionMinutes : 0
        let floor = max(useCase.sourceArrivalIntervalMinutes ?? 0, useCase.consumptionIntervalMinutes ?? 0, people)
        var options = LatencyTier.allCases.map { tier -> TierOption in
            let delivered = useCase.measuredLatencies[tier]
                ?? DeliveredLatency.delivered(by: tier, overrideMeanMinutes: latencies.override(for: tier))
            let credited = max(delivered.meanMinutes, floor)
            let worst = valueModel.deadlineMinutes == nil ? max(delivered.worstMinutes, floor) : delivered.worstMinutes
            let uncapped = valueModel.uncappedLossFraction(meanMinutes: credited, worstMinutes: worst)
            let fraction = valueModel.lossFraction(meanMinutes: credited, worstMinutes: worst)
            let pattern = ArchitectureAdvisor.tierwisePattern(for: useCase, at: tier)
            let approach = ProcessingApproach.serving(tier, complexity: useCase.processingComplexity)
            let cost = PatternCoster.cost(
                pattern, approach: approach, useCase: useCase, costs: costs, estimator: estimator, settings: settings)
            let isCurrent = useCase.currentTier == tier
            let buildMonths = isCurrent ? 0 : cost.buildPersonDays / (settings.buildTeamSize * DecisionSettings.workingDaysPerMonth)
            return TierOption(
                tier: tier, pattern: pattern, approach: approach, delivered: delivered,
                creditedLatencyMinutes: credited, monthlyDelayLossUSD: fraction * cap,
                capBinds: uncapped > 1 && usdPerMinute > 0, cost: cost,
                investmentUSD: isCurrent ? 0 : cost.initialInvestmentUSD, monthsToBenefit: buildMonths,
                infeasibleReason: infeasibleReason(useCase, delivered: delivered, valueModel: valueModel))
        }
        for index in options.indices where useCase.measuredLatencies[options[index].tier] != nil { options[index].isMeasured = true }
        // Replacing a system in place means running both for the parallel run.
        if let current = useCase.currentTier, let running = options.first(where: { $0.tier == current }) {
            for index in options.indices where options[index].tier != current {
                options[index].investmentUSD += settings.parallelRunMonths * running.cost.monthlyUSD
                options[index].monthsToBenefit += settings.parallelRunMonths
            }
        }
        return options
    }

    static func infeasibleReason(_ useCase: UseCase, delivered: DeliveredLatency, valueModel: ValueModel) -> String? {
        if let deadline = valueModel.deadlineMinutes, delivered.worstMinutes > deadline {
            return "its worst case of \(DisplayFormat.duration(minutes: delivered.worstMinutes)) misses the deadline of "
                + "\(DisplayFormat.duration(minutes: deadline))"
        }
        if let reads = useCase.consumptionIntervalMinutes, delivered.refreshIntervalMinutes > reads {
            return "it refreshes every \(DisplayFormat.duration(minutes: delivered.refreshIntervalMinutes)), less often "
                + "than the results are read (every \(DisplayFormat.duration(minutes: reads)))"
        }
        return nil
    }

    // MARK: - Forced choices

    /// `option` priced as `pattern` instead of its own.
    static func reprice(
        _ option: TierOption, as pattern: ArchitecturePattern, useCase: UseCase, costs: [ApproachCost],
        estimator: CostEstimator, settings: DecisionSettings
    ) -> TierOption {
        var repriced = option
        repriced.pattern = pattern
        repriced.cost = PatternCoster.cost(
            pattern, approach: option.approach, useCase: useCase, costs: costs, estimator: estimator, settings: settings)
        // The system in place stays free; a new build keeps its parallel run (investment and months beyond the build).
        guard useCase.currentTier != option.tier else { return repriced }
        let oldBuildMonths = option.cost.buildPersonDays / (settings.buildTeamSize * DecisionSettings.workingDaysPerMonth)
        repriced.investmentUSD = repriced.cost.initialInvestmentUSD + (option.investmentUSD - option.cost.initialInvestmentUSD)
        repriced.monthsToBenefit = repriced.cost.buildPersonDays / (settings.buildTeamSize * DecisionSettings.workingDaysPerMonth)
            + (option.monthsToBenefit - oldBuildMonths)
        return repriced
    }

    static func forcedReason(_ forced: TierDecision.ForcedChoice, useCase: UseCase, option: TierOption) -> String {
        func more(_ delta: Double, _ noun: String) -> String {
            delta >= 0 ? "\(DisplayFormat.usd(delta)) more \(noun)" : "\(DisplayFormat.usd(-delta)) less \(noun)"
        }
        var text = "Forced to \(option.tier.rawValue) as \(option.pattern.title) (what if); tierwise recommends "
            + "\(forced.recommendedTier.rawValue) as \(forced.recommendedPattern.title). The forced choice costs "
            + more(forced.monthlyCostDeltaUSD, "a month") + ", loses " + more(forced.monthlyDelayLossDeltaUSD, "a month to delay")
            + " and needs " + more(forced.investmentDeltaUSD, "up front") + "."
        if let why = option.infeasibleReason { text += " It cannot serve the use case: \(why)." }
        return text
    }

    // MARK: - Moves

    /// The move from `a` to `b`, with the delay cost at which it flips.
    static func move(from a: TierOption, to b: TierOption, valueModel: ValueModel, settings: DecisionSettings) -> DecisionStep {
        let bar = settings.paybackBarMonths
        let costIncrease = b.cost.monthlyUSD - a.cost.monthlyUSD
        let investmentIncrease = b.investmentUSD - a.investmentUSD
        // Value gained per USD/min of delay cost: the drop in loss fraction × the month's active minutes.
        let cap = valueModel.activeMinutesPerMonth
        let lossA = a.monthlyDelayLossUSD, lossB = b.monthlyDelayLossUSD
        let usdPerMinuteGain = cap > 0 ? (fraction(a, valueModel) - fraction(b, valueModel)) * cap : 0
        let horizon = bar - b.monthsToBenefit
        var switching: Double?
        if usdPerMinuteGain > 0, horizon > 0 {
            let value = (investmentIncrease / horizon + costIncrease) / usdPerMinuteGain
            if value.isFinite { switching = max(0, value) }
        }
        return DecisionStep(
            from: a.tier, to: b.tier, monthlyValueGainUSD: lossA - lossB, monthlyCostIncreaseUSD: costIncrease,
            investmentIncreaseUSD: investmentIncrease, monthsToBenefit: b.monthsToBenefit, paybackBarMonths: bar,
            switchingDelayCostUSDPerMinute: switching)
    }

    /// The capped loss fraction of an option, recomputed from its credited latency.
    static func fraction(_ option: TierOption, _ valueModel: ValueModel) -> Double {
        let worst = valueModel.deadlineMinutes == nil
            ? max(option.delivered.worstMinutes, option.creditedLatencyMinutes) : option.delivered.worstMinutes
        return valueModel.lossFraction(meanMinutes: option.creditedLatencyMinutes, worstMinutes: worst)
    }

    /// −investment + the net benefit of each month after the build, discounted monthly at `annualRate`.
    static func netPresentValue(_ move: DecisionStep, annualRate: Double) -> Double {
        var total = -move.investmentIncreaseUSD
        for month in 1...presentValueHorizonMonths where Double(month) > move.monthsToBenefit {
            total += move.monthlyNetBenefitUSD / pow(1 + annualRate, Double(month) / 12)
        }
        return total
    }

    // MARK: - Words

    static func constraintNames(_ useCase: UseCase, valueModel: ValueModel) -> String {
        var names: [String] = []
        if let deadline = valueModel.deadlineMinutes { names.append("the deadline of \(DisplayFormat.duration(minutes: deadline))") }
        if let reads = useCase.consumptionIntervalMinutes {
            names.append("the readers' cadence (every \(DisplayFormat.duration(minutes: reads)))")
        }
        return names.isEmpty ? "none stated" : names.joined(separator: " and ")
    }

    static func reason(
        _ useCase: UseCase, stated: LatencyTier, chosen: LatencyTier, baseline: LatencyTier, accepted: DecisionStep?,
        next: DecisionStep?, options: [TierOption], valueModel: ValueModel, feasibleCount: Int
    ) -> String {
        let verb: String = switch TierChange(from: stated, to: chosen) {
        case .keep: "Keep \(stated.rawValue)"
        case .relax: "Relax \(stated.rawValue) to \(chosen.rawValue)"
        case .upgrade: "Upgrade \(stated.rawValue) to \(chosen.rawValue)"
        }
        var why: String
        if let accepted {
            why = "the move to it from \(accepted.from.rawValue) pays back in "
                + paybackWords(accepted.paybackFromBuildStartMonths) + " counted from the start of its build"
            if let switching = accepted.switchingDelayCostUSDPerMinute {
                why += switching > 0
                    ? " (it would not below \(DisplayFormat.usd(switching))/min of delay cost)"
                    : " (even with no delay cost: it costs less over the payback bar)"
            }
        } else if feasibleCount == 1 {
            why = "it is the only tier that meets \(constraintNames(useCase, valueModel: valueModel))"
        } else {
            let constraints = constraintNames(useCase, valueModel: valueModel)
            why = constraints == "none stated"
                ? "it is the cheapest tier" : "it is the cheapest tier that meets \(constraints)"
        }
        if let next {
            if let switching = next.switchingDelayCostUSDPerMinute {
                why += "; going on to \(next.to.rawValue) would need a delay cost above \(DisplayFormat.usd(switching))/min "
                    + "(the catalog states \(DisplayFormat.usd(useCase.revenueImpactPerMinuteDelayUSD)))"
            } else if next.monthlyValueGainUSD <= 0 {
                why += "; nothing faster is worth more: " + noGainReason(useCase, valueModel: valueModel)
            } else {
                why += "; \(next.to.rawValue) takes longer to build than the \(DisplayFormat.number(next.paybackBarMonths, decimals: 1))-month payback bar"
            }
        }
        return verb + ": " + why + "."
    }

    static func noGainReason(_ useCase: UseCase, valueModel: ValueModel) -> String {
        if useCase.revenueImpactPerMinuteDelayUSD == 0 { return "the catalog puts no money on delay" }
        if let reads = useCase.consumptionIntervalMinutes, reads >= (useCase.sourceArrivalIntervalMinutes ?? 0) {
            return "the results are read every \(DisplayFormat.duration(minutes: reads))"
        }
        if let source = useCase.sourceArrivalIntervalMinutes {
            return "new data arrives only every \(DisplayFormat.duration(minutes: source))"
        }
        if valueModel.deadlineMinutes != nil { return "every feasible tier already meets the deadline" }
        if ArchitectureAdvisor.consumer(of: useCase) == .people {
            return "people read the results, and no latency under a minute is worth more to them"
        }
        return "the value model loses everything at both tiers"
    }

    static func paybackWords(_ months: Double?) -> String {
        guard let months else { return "never" }
        if months <= 0 { return "no time" }
        if months < 0.1 { return "under 0.1 months" }
        return DisplayFormat.number(months, decimals: 1) + (months == 1 ? " month" : " months")
    }

    static func challenges(_ useCase: UseCase, options: [TierOption], valueModel: ValueModel) -> [TierDecision.Challenge] {
        let stated = useCase.latencyRequirement
        let usd = useCase.revenueImpactPerMinuteDelayUSD
        var challenges: [TierDecision.Challenge] = []
        if stated <= .nearRealTime, ArchitectureAdvisor.consumer(of: useCase) == .people, usd < dashboardThreshold {
            challenges.append(.init(rule: "seed: people read it", message: "People read the results and a minute of "
                + "delay costs \(DisplayFormat.usd(usd)), under the \(DisplayFormat.usd(dashboardThreshold))/min at which "
                + "the seed keeps a dashboard streaming (flips at \(DisplayFormat.usd(dashboardThreshold))/min)."))
        }
        if stated >= .miniBatch, usd > batchUpgradeThreshold {
            challenges.append(.init(rule: "seed: delay too costly for batch", message: "A minute of delay costs "
                + "\(DisplayFormat.usd(usd)), over the \(DisplayFormat.usd(batchUpgradeThreshold))/min at which the seed "
                + "moves batch to micro_batch (flips at \(DisplayFormat.usd(batchUpgradeThreshold))/min); here the moves' "
                + "payback decides."))
        }
        if stated >= .miniBatch, useCase.costOfError == .critical {
            challenges.append(.init(rule: "seed: critical errors", message: "The seed would speed a critical batch use "
                + "case up to near_real_time; tierwise does not, because a critical cost of error calls for the "
                + "guarantees listed, not for lower latency."))
        }
        if stated <= .nearRealTime, usd == 0, valueModel.deadlineMinutes == nil {
            challenges.append(.init(rule: "no value at stake", message: "The catalog puts no money on delay and states no "
                + "deadline: nothing pays for \(stated.rawValue) processing."))
        }
        if let option = options.first(where: { $0.tier == stated }), let why = option.infeasibleReason {
            challenges.append(.init(rule: "hard constraint", message: "The stated \(stated.rawValue) cannot serve it: \(why)."))
        }
        return challenges
    }

    static func guarantees(_ useCase: UseCase) -> [String] {
        var guarantees: [String] = []
        if useCase.requiresExactlyOnce || useCase.costOfError == .critical {
            guarantees.append("Exactly-once results: idempotent writes keyed by event id, or transactional sinks.")
        }
        if useCase.costOfError >= .high {
            guarantees.append("Reconciliation: totals checked against the source after every run or day.")
            guarantees.append("Data-quality gates that quarantine bad records instead of publishing them.")
        }
        if useCase.costOfError == .critical {
            guarantees.append("A durable, replayable log, so a wrong result can be recomputed and corrected.")
        }
        return guarantees
    }
}
