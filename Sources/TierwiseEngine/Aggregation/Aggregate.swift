/// The keyed aggregation of one window: count, sum, min and max (average is
/// derived), and optionally an approximate distinct count of the values.
/// Combining is associative and commutative, so the same result comes from a
/// stream in any order and from a batch.
public struct Aggregate: Sendable, Equatable {
    /// Values added.
    public private(set) var count: Int64 = 0
    /// Sum of the values.
    public private(set) var sum: Double = 0
    /// Smallest value (+∞ when empty).
    public private(set) var min: Double = .infinity
    /// Largest value (−∞ when empty).
    public private(set) var max: Double = -.infinity
    /// The distinct-values sketch, when the operator tracks distinct values.
    public private(set) var distinctSketch: HyperLogLog?

    /// Creates a `Aggregate` from its parts.
    public init() {}

    /// An empty aggregate that also estimates the number of distinct values.
    public init(trackingDistinctValues: Bool) {
        if trackingDistinctValues { distinctSketch = HyperLogLog() }
    }

    /// An aggregate with these figures (restored from a checkpoint).
    init(count: Int64, sum: Double, min: Double, max: Double, distinctSketch: HyperLogLog? = nil) {
        self.count = count
        self.sum = sum
        self.min = min
        self.max = max
        self.distinctSketch = distinctSketch
    }

    /// Adds one value.
    @inline(__always)
    public mutating func add(_ value: Double) {
        count += 1
        sum += value
        if value < min { min = value }
        if value > max { max = value }
        if distinctSketch != nil { distinctSketch!.add(value) }
    }

    /// Adds everything in `other` (used to merge session windows).
    public mutating func merge(_ other: Aggregate) {
        count += other.count
        sum += other.sum
        if other.min < min { min = other.min }
        if other.max > max { max = other.max }
        if let sketch = other.distinctSketch {
            if distinctSketch == nil { distinctSketch = sketch } else { distinctSketch!.merge(sketch) }
        }
    }

    /// The estimated number of distinct values, when tracked.
    public var distinctValues: Double? { distinctSketch?.estimate }

    /// sum ÷ count, or nil for an empty aggregate.
    public var average: Double? { count == 0 ? nil : sum / Double(count) }
}
