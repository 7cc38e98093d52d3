import TierwiseModel

/// "Does going from `from` to `to` pay back?" as `tierwise break-even` asks
/// it: the volume, the money at stake, the two approaches, and optionally
/// their latencies (by default each approach's tier latency) and cost
/// parameters. ``BreakEvenCalculator/answer(_:)`` fills the defaults and checks it.
public struct BreakEvenQuestion: Sendable, Equatable {
    /// Daily event volume.
    public var eventsPerDay: Double
    /// Money lost per minute of delay, USD.
    public var revenuePerMinuteDelayUSD: Double
    /// The slower approach.
    public var from: ProcessingApproach
    /// The faster approach.
    public var to: ProcessingApproach
    /// Latency of `from`, minutes; nil for its tier's (``TierLatencies``).
    public var baselineLatencyMinutes: Double?
    /// Latency of `to`, minutes; nil for its tier's.
    public var candidateLatencyMinutes: Double?
    /// Cost parameters given; the rest are the seed's defaults.
    public var costParameters: CostParameterOverrides
    /// The decision model: the seed's value of time, or tierwise's (capped, delivered latencies, build time).
    public var model: DecisionModel
    /// Under the tierwise model, how delay costs money (by default the seed's one decision per hour, 24×7).
    public var valueModel: ValueModel

    /// A question with `break-even`'s defaults: batch_simple against near_real_time at their tiers' latencies.
    public init(
        eventsPerDay: Double, revenuePerMinuteDelayUSD: Double, from: ProcessingApproach = .batchSimple,
        to: ProcessingApproach = .nearRealTime, baselineLatencyMinutes: Double? = nil,
        candidateLatencyMinutes: Double? = nil, costParameters: CostParameterOverrides = CostParameterOverrides(),
        model: DecisionModel = .seed, valueModel: ValueModel = .seed
    ) {
        self.model = model
        self.valueModel = valueModel
        self.eventsPerDay = eventsPerDay
        self.revenuePerMinuteDelayUSD = revenuePerMinuteDelayUSD
        self.from = from
        self.to = to
        self.baselineLatencyMinutes = baselineLatencyMinutes
        self.candidateLatencyMinutes = candidateLatencyMinutes
        self.costParameters = costParameters
    }
}

/// Why a ``BreakEvenQuestion`` has no answer.
public enum BreakEvenError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The faster approach's latency is not below the slower one's: nothing would be saved.
    case candidateNotFaster(candidateMinutes: Double, baselineMinutes: Double)

    /// The sentence for the user.
    public var description: String {
        switch self {
        case .candidateNotFaster(let candidate, let baseline):
            "the candidate latency (\(DisplayFormat.number(candidate, decimals: 6)) min) must be lower than the baseline "
                + "latency (\(DisplayFormat.number(baseline, decimals: 6)) min)"
        }
    }
}

extension BreakEvenCalculator {
    /// Answers `question`: the two approaches costed at its volume and
    /// parameters, compared at its latencies (each defaulting to its tier's).
    public static func answer(_ question: BreakEvenQuestion) throws(BreakEvenError) -> BreakEven {
        let latencies = TierLatencies()
        let tierwise = question.model == .tierwise
        func latency(_ approach: ProcessingApproach) -> Double {
            tierwise ? DeliveredLatency.tierwiseDefault(for: approach.tier).meanMinutes : latencies.minutes(for: approach.tier)
        }
        let baseline = question.baselineLatencyMinutes ?? latency(question.from)
        let candidate = question.candidateLatencyMinutes ?? latency(question.to)
        guard candidate < baseline else { throw .candidateNotFaster(candidateMinutes: candidate, baselineMinutes: baseline) }
        let parameters = CostParameterOverrides.resolve([question.costParameters])
        let costs = CostEstimator(parameters: parameters)
            .compare(eventsPerDay: question.eventsPerDay, approaches: [question.from, question.to])
        var result = calculate(
            from: costs[0], to: costs[costs.count - 1], revenuePerMinuteDelayUSD: question.revenuePerMinuteDelayUSD,
            baselineLatencyMinutes: baseline, candidateLatencyMinutes: candidate)
        guard tierwise else { return result }
        // The tierwise value of time: each latency's loss capped at every active minute of the month.
        let v = question.valueModel, usd = question.revenuePerMinuteDelayUSD
        let cap = v.monthlyCapUSD(usdPerMinute: usd)
        let lossBefore = v.lossFraction(meanMinutes: baseline, worstMinutes: baseline) * cap
        let lossAfter = v.lossFraction(meanMinutes: candidate, worstMinutes: candidate) * cap
        result.monthlyLatencyValueUSD = lossBefore - lossAfter
        result.monthlyValueCapUSD = cap
        result.capBinds = usd > 0 && v.uncappedLossFraction(meanMinutes: baseline, worstMinutes: baseline) > 1
        let build = costs[costs.count - 1].model
        result.monthsToBenefit = (build.initialDevelopmentDays + build.testingDays)
            / (DecisionSettings().buildTeamSize * DecisionSettings.workingDaysPerMonth)
        return result
    }
}
