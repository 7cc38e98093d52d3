import TierwiseModel

/// A log-bucketed histogram of non-negative durations in seconds, with a
/// fixed size (3,968 buckets, 31 KiB) and a relative error of at most 1/128
/// (0.78%) on every percentile.
///
/// Buckets are read straight from a Double's bits, as HdrHistogram does with
/// integers: the exponent and the top 6 bits of the mantissa make the index,
/// so each power of two is cut into 64 equal buckets, each at most 1/64 of its
/// lower edge wide, and a percentile reported as its bucket's midpoint is
/// within 1/128 of any value in it. Values below 2⁻³⁰ s (about 1 ns) count as
/// 0; values above 2³² s (136 years) in the last bucket. Mean and maximum are
/// exact. Counts are weights (a sampled event stands for several).
///
///     var h = LatencyHistogram()
///     h.record(0.010, weight: 1)
///     h.percentile(0.5)  // 0.01 within 0.78%
struct LatencyHistogram: Sendable {
    /// Mantissa bits kept: 2⁶ buckets per power of two.
    static let subBucketBits: UInt64 = 6
    static let shift: UInt64 = 52 - subBucketBits
    /// The index of 2⁻³⁰ and of 2³²: the range kept.
    static let lowestIndex = Int((0x1p-30 as Double).bitPattern >> shift)
    static let highestIndex = Int((0x1p32 as Double).bitPattern >> shift)
    static let bucketCount = highestIndex - lowestIndex + 1

    private var counts = CountBuffer(count: LatencyHistogram.bucketCount)
    private var zeroCount = 0.0
    private(set) var total = 0.0
    private(set) var sum = 0.0
    private(set) var maximum = 0.0

    /// Records `seconds` (clamped at 0) with `weight`.
    @inline(__always)
    mutating func record(_ seconds: Double, weight: Double) {
        let value = seconds > 0 ? seconds : 0
        total += weight
        sum += value * weight
        if value > maximum { maximum = value }
        let raw = Int(truncatingIfNeeded: value.bitPattern >> Self.shift)
        if raw < Self.lowestIndex {
            zeroCount += weight
        } else {
            counts[min(raw, Self.highestIndex) - Self.lowestIndex] += weight
        }
    }

    /// Adds every count of `other`.
    mutating func merge(_ other: LatencyHistogram) {
        if !isKnownUniquelyReferenced(&counts) { counts = counts.copy() }
        for index in 0..<counts.count { counts[index] += other.counts[index] }
        zeroCount += other.zeroCount
        total += other.total
        sum += other.sum
        maximum = max(maximum, other.maximum)
    }

    /// The value below which a share `q` (0 to 1) of the weight lies: the
    /// midpoint of its bucket, never above the exact maximum; 0 when empty.
    func percentile(_ q: Double) -> Double {
        guard total > 0 else { return 0 }
        let target = q * total
        var cumulative = zeroCount
        if cumulative >= target && zeroCount > 0 { return 0 }
        for index in 0..<counts.count where counts[index] > 0 {
            cumulative += counts[index]
            if cumulative >= target {
                let low = Double(bitPattern: UInt64(index + Self.lowestIndex) << Self.shift)
                let high = Double(bitPattern: UInt64(index + Self.lowestIndex + 1) << Self.shift)
                return min((low + high) / 2, maximum)
            }
        }
        return maximum
    }

    /// Exact mean; 0 when empty.
    var mean: Double { total > 0 ? sum / total : 0 }

    /// The summary reports show; every figure nil when `isStable` is false or nothing was recorded.
    func summary(isStable: Bool) -> LatencySummary {
        guard isStable, total > 0 else { return LatencySummary(mean: nil, p50: nil, p90: nil, p99: nil, p999: nil, max: nil, count: total) }
        return LatencySummary(
            mean: mean, p50: percentile(0.5), p90: percentile(0.9), p99: percentile(0.99), p999: percentile(0.999),
            max: maximum, count: total)
    }
}
