/// Count, sum, minimum and maximum of the values added: the exact part of an
/// ``Aggregate``. Plain data (40 bytes, no references), so window state can
/// hold thousands of them in one array that is cheap to create, scan and copy.
///
/// Two ways to add, because the sum of doubles depends on the grouping:
///
/// - ``add(_:)`` and ``merge(_:)`` add plainly, left to right, as windows kept
///   per window always have (tumbling, session, and the sliding layouts kept
///   per window): one floating-point addition per event.
/// - ``addExactly(_:)`` and ``mergeExactly(_:)`` keep the sum as a
///   double-double: ``sum`` and ``sumRemainder``, `sum` always the nearest
///   double to the pair. Each value or summary is added with two error-free
///   additions (Knuth's TwoSum), so no bit is lost while every partial sum
///   stays below 2^104 times the finest bit of any value (for values with two
///   decimals, sums below about 3·10^13; for integers, below 2·10^31). Then
///   ``sum`` is the exact sum of the values rounded once: the same double in
///   whatever order or grouping they were added and merged, which panes need
///   (a window combined from panes must equal the window added event by
///   event). Beyond that range the pair is off by at most count × 2^-104 times
///   the sum of the magnitudes before its one rounding, so the last bit may
///   depend on the grouping.
///
/// Either way an infinite or NaN value, or an overflowing sum, gives the
/// non-finite sum plain addition gives. A summary is built one way: plain
/// summaries keep a remainder of 0.
public struct ValueSummary: Sendable, Equatable {
    /// Values added.
    public private(set) var count: Int64 = 0
    /// Sum of the values (added exactly: the nearest double to the double-double `sum + sumRemainder`).
    public private(set) var sum: Double = 0
    /// The part of the sum `sum` leaves out (at most half a unit in its last place; 0 when added plainly or not finite).
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

    /// Adds one value, plainly.
    @inline(__always)
    public mutating func add(_ value: Double) {
        count += 1
        sum += value
        // Selects rather than branches: which way a comparison goes is data, not pattern.
        min = value < min ? value : min
        max = value > max ? value : max
    }

    /// Adds everything in `other`, plainly.
    public mutating func merge(_ other: ValueSummary) {
        count += other.count
        sum += other.sum
        if other.min < min { min = other.min }
        if other.max > max { max = other.max }
    }

    /// Adds one value, exactly (``addExactly(_:)``) or plainly (``add(_:)``).
    @inline(__always)
    mutating func add(_ value: Double, exactly: Bool) {
        if exactly { addExactly(value) } else { add(value) }
    }

    /// Adds one value to the double-double sum.
    @inline(__always)
    public mutating func addExactly(_ value: Double) {
        count += 1
        addToSum(value, 0)
        min = value < min ? value : min
        max = value > max ? value : max
    }

    /// Adds everything in `other` to the double-double sum.
    @inline(__always)
    public mutating func mergeExactly(_ other: ValueSummary) {
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
