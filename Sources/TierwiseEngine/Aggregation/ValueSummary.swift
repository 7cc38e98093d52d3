/// Count, sum, minimum and maximum of the values added: the exact part of an
/// ``Aggregate``. Plain data (40 bytes, no references), so window state can
/// hold thousands of them in one array that is cheap to create, scan and copy.
///
/// The sum is a double-double: ``sum`` is a double and ``sumRemainder`` what
/// it leaves out, `sum` always the nearest double to `sum + sumRemainder`.
/// A value is added with two error-free additions (Knuth's TwoSum), and two
/// summaries merge the same way, so no bit is lost while every partial sum
/// stays below 2^104 times the finest bit of any value (for values with two
/// decimals, sums below about 3·10^13; for integers, below 2·10^31). Then
/// ``sum`` is the exact sum of the values rounded once: the same double in
/// whatever order or grouping the values were added and merged (one window
/// event by event, panes combined, a stream or a batch). Beyond that range
/// the double-double is off by at most count × 2^-104 times the sum of the
/// magnitudes before its one rounding, so the last bit may depend on the
/// grouping. An infinite or NaN value, or an overflowing sum, gives the
/// non-finite sum plain addition gives.
public struct ValueSummary: Sendable, Equatable {
    /// Values added.
    public private(set) var count: Int64 = 0
    /// Sum of the values: the nearest double to the double-double `sum + sumRemainder`.
    public private(set) var sum: Double = 0
    /// The part of the sum `sum` leaves out (at most half a unit in its last place; 0 when the sum is not finite).
    public private(set) var sumRemainder: Double = 0
    /// Smallest value (+∞ when empty).
    public private(set) var min: Double = .infinity
    /// Largest value (−∞ when empty).
    public private(set) var max: Double = -.infinity

    /// An empty summary.
    public init() {}

    /// A summary with these figures (restored from a checkpoint).
    init(count: Int64, sum: Double, sumRemainder: Double = 0, min: Double, max: Double) {
        self.count = count
        self.sum = sum
        self.sumRemainder = sumRemainder
        self.min = min
        self.max = max
    }

    /// Adds one value.
    @inline(__always)
    public mutating func add(_ value: Double) {
        count += 1
        addToSum(value, 0)
        // Selects rather than branches: which way a comparison goes is data, not pattern.
        min = value < min ? value : min
        max = value > max ? value : max
    }

    /// Adds everything in `other`.
    @inline(__always)
    public mutating func merge(_ other: ValueSummary) {
        count += other.count
        addToSum(other.sum, other.sumRemainder)
        min = other.min < min ? other.min : min
        max = other.max > max ? other.max : max
    }

    /// Adds the double-double `high + low` to the sum: TwoSum of the high
    /// parts, the low parts and the error added, TwoSum again to renormalize.
    @inline(__always)
    private mutating func addToSum(_ high: Double, _ low: Double) {
        let (partial, error) = Self.twoSum(sum, high)
        let (total, remainder) = Self.twoSum(partial, (sumRemainder + low) + error)
        if total.isFinite {
            sum = total
            sumRemainder = remainder
        } else {
            // Overflow or a non-finite value: what plain addition gives (the error terms are NaN by now).
            sum = partial.isFinite ? total : partial
            sumRemainder = 0
        }
    }

    /// `a + b` rounded, and its rounding error, exactly (Knuth's TwoSum: no
    /// condition on the magnitudes; the compiler does not reassociate floating point).
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let sum = a + b
        let bPart = sum - a
        let aPart = sum - bPart
        return (sum, (a - aPart) + (b - bPart))
    }
}
