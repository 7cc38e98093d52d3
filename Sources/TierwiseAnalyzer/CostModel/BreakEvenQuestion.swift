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

    /// A question with `break-even`'s defaults: batch_simple against near_real_time at their tiers' latencies.
    public init(
        eventsPerDay: Double, revenuePerMinuteDelayUSD: Double, from: ProcessingApproach = .batchSimple,
        to: ProcessingApproach = .nearRealTime, baselineLatencyMinutes: Double? = nil,
        candidateLatencyMinutes: Double? = nil, costParameters: CostParameterOverrides = CostParameterOverrides()
    ) {
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
        let baseline = question.baselineLatencyMinutes ?? latencies.minutes(for: question.from.tier)
        let candidate = question.candidateLatencyMinutes ?? latencies.minutes(for: question.to.tier)
        guard candidate < baseline else { throw .candidateNotFaster(candidateMinutes: candidate, baselineMinutes: baseline) }
        let parameters = CostParameterOverrides.resolve([question.costParameters])
        let costs = CostEstimator(parameters: parameters)
            .compare(eventsPerDay: question.eventsPerDay, approaches: [question.from, question.to])
        return calculate(
            from: costs[0], to: costs[costs.count - 1], revenuePerMinuteDelayUSD: question.revenuePerMinuteDelayUSD,
            baselineLatencyMinutes: baseline, candidateLatencyMinutes: candidate)
    }
}
