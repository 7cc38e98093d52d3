/// Events in a stage at evenly spaced instants, from counts of arrivals and
/// departures per interval (the number in the stage at an instant is the
/// arrivals before it minus the departures before it, exactly), and mean
/// freshness per chart interval.
///
/// The mean of the samples estimates the time-average number in the stage,
/// L, independently of the latencies: Little's law (L = λW) is then a check,
/// not an identity.
struct BacklogSampler: Sendable {
    /// Points of the chart.
    static let chartPoints = 48
    /// Samples per chart point.
    static let samplesPerPoint = 256
    static let binCount = chartPoints * samplesPerPoint

    let horizon: Double
    private let binsPerSecond: Double
    private let arrivals = CountBuffer(count: BacklogSampler.binCount)
    private let departures = CountBuffer(count: BacklogSampler.binCount)
    private let freshnessSum = CountBuffer(count: BacklogSampler.chartPoints)
    private let freshnessWeight = CountBuffer(count: BacklogSampler.chartPoints)

    init(horizonSeconds: Double) {
        horizon = horizonSeconds
        binsPerSecond = horizonSeconds > 0 ? Double(Self.binCount) / horizonSeconds : 0
    }

    /// The bin of `time`, or nil at or after the horizon (or not finite).
    @inline(__always)
    private func bin(_ time: Double) -> Int? {
        guard time < horizon, time >= 0 else { return time < 0 ? 0 : nil }
        return min(Int(time * binsPerSecond), Self.binCount - 1)
    }

    @inline(__always)
    func count(arrival: Double, departure: Double, weight: Double) {
        if let a = bin(arrival) { arrivals[a] += weight }
        if let d = bin(departure) { departures[d] += weight }
    }

    @inline(__always)
    func addFreshness(_ seconds: Double, origin: Double, weight: Double) {
        guard let b = bin(origin) else { return }
        let point = b / Self.samplesPerPoint
        freshnessSum[point] += seconds * weight
        freshnessWeight[point] += weight
    }

    /// The number in the stage at the end of each bin.
    func samples() -> [Double] {
        var inside = 0.0
        var result = [Double](repeating: 0, count: Self.binCount)
        for index in 0..<Self.binCount {
            inside += arrivals[index] - departures[index]
            result[index] = max(inside, 0)
        }
        return result
    }

    /// Mean and largest number in the stage over the samples at or after `warmup`.
    func meanAndMaximum(after warmup: Double) -> (mean: Double, maximum: Double) {
        let all = samples()
        let first = horizon > 0 ? min(max(Int((warmup / horizon * Double(Self.binCount)).rounded(.up)), 0), Self.binCount - 1) : 0
        let kept = all[first...]
        let total = kept.reduce(0, +)
        return (total / Double(max(kept.count, 1)), kept.max() ?? 0)
    }

    /// Number in the stage at the start of each chart point (0 at the first).
    func chartBacklog() -> [Double] {
        let all = samples()
        return (0..<Self.chartPoints).map { $0 == 0 ? 0 : all[$0 * Self.samplesPerPoint - 1] }
    }

    /// Mean freshness of each chart point's arrivals; nil where none arrived.
    func chartFreshness() -> [Double?] {
        (0..<Self.chartPoints).map { freshnessWeight[$0] > 0 ? freshnessSum[$0] / freshnessWeight[$0] : nil }
    }
}
