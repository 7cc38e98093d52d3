import Foundation

/// Tick positions for chart axes: "nice" numbers, 1, 2 or 5 times a power of
/// ten, covering the data.
public enum ChartTicks {
    /// Evenly spaced ticks from at or below `lower` to at or above `upper`,
    /// about `count` intervals, each a step of 1, 2 or 5 × 10ⁿ. The first
    /// and last ticks are the axis's ends. Total: non-finite bounds give
    /// `[0, 1]`; equal bounds are widened; at most 50 intervals.
    ///
    ///     ChartTicks.nice(from: 0, to: 87)    // [0, 20, 40, 60, 80, 100]
    ///     ChartTicks.nice(from: 0, to: 20)    // [0, 5, 10, 15, 20]
    public static func nice(from lower: Double, to upper: Double, count: Int = 5) -> [Double] {
        guard lower.isFinite, upper.isFinite else { return [0, 1] }
        var low = min(lower, upper), high = max(lower, upper)
        if high - low <= max(low.magnitude, high.magnitude) * 1e-12 {
            let pad = low == 0 ? 1 : low.magnitude * 0.1
            if low >= 0 && low - pad < 0 { low = 0 } else { low -= pad }
            high += pad
        }
        let span = high - low
        guard span.isFinite, span > 0 else { return [low, high] }
        let raw = span / Double(min(max(count, 1), 50))
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let residual = raw / magnitude
        let nice: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10
        let step = nice * magnitude
        guard step.isFinite, step > 0 else { return [low, high] }
        var first = (low / step).rounded(.down), last = (high / step).rounded(.up)
        // Values a hair past a tick (87.000000001 over a step of 20) stay inside it.
        if (low / step - (first + 1)).magnitude < 1e-9 { first += 1 }
        if ((last - 1) - high / step).magnitude < 1e-9 { last -= 1 }
        let intervals = Int(min(max(last - first, 1), 50))
        return (0...intervals).map { index in
            let value = (first + Double(index)) * step
            return value.magnitude < step * 1e-9 ? 0 : value
        }
    }

    /// Ticks for a logarithmic axis over positive `lower`…`upper`: the powers
    /// of ten around them, with 2 and 5 between when they span under two
    /// decades. Total: non-positive or non-finite bounds give `[1, 10]`.
    ///
    ///     ChartTicks.logarithmic(from: 3, to: 4_000)  // [1, 10, 100, 1000, 10000]
    public static func logarithmic(from lower: Double, to upper: Double) -> [Double] {
        guard lower.isFinite, upper.isFinite, lower > 0, upper > 0 else { return [1, 10] }
        let low = log10(min(lower, upper)).rounded(.down)
        var high = log10(max(lower, upper)).rounded(.up)
        if high <= low { high = low + 1 }
        let decades = Int(min(high - low, 60))
        var ticks: [Double] = []
        for decade in 0...decades {
            let base = pow(10, low + Double(decade))
            ticks.append(base)
            if decades < 2 && decade < decades { ticks += [2 * base, 5 * base] }
        }
        return ticks
    }
}
