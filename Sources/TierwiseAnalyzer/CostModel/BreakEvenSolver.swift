import Foundation
import TierwiseModel

/// "At what value does this pay back within the bar?" (`break-even --solve`):
/// the value of one input at which the break-even's verdict flips, nearest
/// to the value given.
public enum BreakEvenSolver {
    /// An input `break-even` can solve for, by its option name.
    public enum Input: String, CaseIterable, Sendable {
        case revenuePerMinute = "revenue-per-minute"
        case eventsPerDay = "events-per-day"
        case hourlyRate = "hourly-rate"
        case baselineMonthlyCompute = "baseline-monthly-compute"

        var range: NumberRange {
            switch self {
            case .revenuePerMinute: InputLimits.revenuePerMinuteUSD
            case .eventsPerDay: InputLimits.eventsPerDay
            case .hourlyRate: InputLimits.hourlyRateUSD
            case .baselineMonthlyCompute: InputLimits.baselineMonthlyComputeUSD
            }
        }

        func value(in q: BreakEvenQuestion) -> Double {
            switch self {
            case .revenuePerMinute: q.revenuePerMinuteDelayUSD
            case .eventsPerDay: q.eventsPerDay
            case .hourlyRate: CostParameterOverrides.resolve([q.costParameters]).hourlyRateUSD
            case .baselineMonthlyCompute: CostParameterOverrides.resolve([q.costParameters]).baselineMonthlyComputeUSD
            }
        }

        func applied(_ v: Double, to q: BreakEvenQuestion) -> BreakEvenQuestion {
            var q = q
            switch self {
            case .revenuePerMinute: q.revenuePerMinuteDelayUSD = v
            case .eventsPerDay: q.eventsPerDay = v
            case .hourlyRate: q.costParameters.hourlyRateUSD = v
            case .baselineMonthlyCompute: q.costParameters.baselineMonthlyComputeUSD = v
            }
            return q
        }
    }

    /// The switching value nearest to the question's own, or nil when the verdict is the same over the input's whole range.
    public static func solve(_ question: BreakEvenQuestion, for input: Input) throws(BreakEvenError) -> BreakEvenSolution? {
        let start = input.value(in: question)
        let base = try BreakEvenCalculator.answer(question).isRecommended
        func verdict(_ v: Double) -> Bool {
            (try? BreakEvenCalculator.answer(input.applied(v, to: question)).isRecommended) ?? base
        }
        let range = input.range
        let up = SwitchSearch.bracket(from: start, upward: true, range: range) { verdict($0) != base }
        let down = SwitchSearch.bracket(from: start, upward: false, range: range) { verdict($0) != base }
        let candidates = [up, down].compactMap { $0 }
        guard let nearest = candidates.min(by: { abs($0 - start) < abs($1 - start) }) else { return nil }
        let value = SwitchSearch.refine(start, nearest) { verdict($0) != base }
        // Above the switch the verdict is the flipped one when the switch lies above the start.
        let flippedIsRecommended = !base
        let paysBackAbove = nearest > start ? flippedIsRecommended : !flippedIsRecommended
        return BreakEvenSolution(input: input.rawValue, currentValue: start, value: value, paysBackAbove: paysBackAbove)
    }
}
