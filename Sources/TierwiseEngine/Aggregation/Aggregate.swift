/// The keyed aggregation of one window: count, sum, min and max (average is
/// derived), and optionally an approximate distinct count of the values.
/// Count, min, max and the sketch combine exactly in any order; the sum is
/// added plainly, or exactly (``ValueSummary``) where panes are combined.
public struct Aggregate: Sendable, Equatable {
    /// Count, sum, minimum and maximum.
    public private(set) var summary = ValueSummary()
    /// The distinct-values sketch, when the operator tracks distinct values.
    public private(set) var distinctSketch: HyperLogLog?

    /// Values added.
    public var count: Int64 { summary.count }
    /// Sum of the values.
    public var sum: Double { summary.sum }
    /// Smallest value (+∞ when empty).
    public var min: Double { summary.min }
    /// Largest value (−∞ when empty).
    public var max: Double { summary.max }

    /// An empty aggregate.
    public init() {}

    /// An empty aggregate that also estimates the number of distinct values.
    public init(trackingDistinctValues: Bool) {
        if trackingDistinctValues { distinctSketch = HyperLogLog() }
    }

    /// An aggregate of `summary` and, when distinct values are tracked, their sketch.
    init(summary: ValueSummary, distinctSketch: HyperLogLog? = nil) {
        self.summary = summary
        self.distinctSketch = distinctSketch
    }

    /// An aggregate with these figures (restored from a checkpoint).
    init(count: Int64, sum: Double, sumRemainder: Double = 0, min: Double, max: Double, distinctSketch: HyperLogLog? = nil) {
        self.init(summary: ValueSummary(count: count, sum: sum, sumRemainder: sumRemainder, min: min, max: max),
                  distinctSketch: distinctSketch)
    }

    /// Adds one value.
    @inline(__always)
    public mutating func add(_ value: Double) {
        summary.add(value)
        if distinctSketch != nil { distinctSketch!.add(value) }
    }

    /// Adds everything in `other` (used to merge session windows).
    public mutating func merge(_ other: Aggregate) {
        summary.merge(other.summary)
        if let sketch = other.distinctSketch {
            if distinctSketch == nil { distinctSketch = sketch } else { distinctSketch!.merge(sketch) }
        }
    }

    /// Adds everything in `other`, the sum exactly (combining panes).
    mutating func mergeExactly(_ other: Aggregate) {
        summary.mergeExactly(other.summary)
        if let sketch = other.distinctSketch {
            if distinctSketch == nil { distinctSketch = sketch } else { distinctSketch?.merge(sketch) }
        }
    }

    /// The estimated number of distinct values, when tracked.
    public var distinctValues: Double? { distinctSketch?.estimate }

    /// sum ÷ count, or nil for an empty aggregate.
    public var average: Double? { count == 0 ? nil : sum / Double(count) }
}
