/// Percentiles of a latency distribution, seconds. Every figure is nil when
/// the stage is unstable (its latency grows without bound) or nothing was
/// measured: never NaN or infinity.
public struct LatencySummary: Sendable, Equatable {
    /// Mean (exact, not from buckets).
    public var mean: Double?
    /// Median.
    public var p50: Double?
    /// 90th percentile.
    public var p90: Double?
    /// 99th percentile.
    public var p99: Double?
    /// 99.9th percentile.
    public var p999: Double?
    /// Largest (exact).
    public var max: Double?
    /// Events measured (after warm-up, weighted by the sample's scale).
    public var count: Double

    /// Creates a `LatencySummary` from its parts.
    public init(mean: Double?, p50: Double?, p90: Double?, p99: Double?, p999: Double?, max: Double?, count: Double) {
        self.mean = mean
        self.p50 = p50
        self.p90 = p90
        self.p99 = p99
        self.p999 = p999
        self.max = max
        self.count = count
    }

    /// No figures: unstable, or nothing measured.
    public static let unavailable = LatencySummary(mean: nil, p50: nil, p90: nil, p99: nil, p999: nil, max: nil, count: 0)
}
