/// One window's result in a replay: the key by name, the window's bounds and
/// its aggregate figures, as plain values a report renders.
public struct ReplayWindowRow: Sendable, Equatable {
    /// The grouping key as written in the events.
    public var key: String
    /// Window start, inclusive, epoch milliseconds.
    public var windowStartMillis: Int64
    /// Window end, exclusive, epoch milliseconds.
    public var windowEndMillis: Int64
    /// Events counted.
    public var count: Int64
    /// Sum of the values.
    public var sum: Double
    /// Smallest value.
    public var min: Double
    /// Largest value.
    public var max: Double
    /// sum ÷ count, nil for an empty window.
    public var average: Double?
    /// Estimated distinct values (HyperLogLog), when tracked.
    public var distinctValues: Double?

    /// Creates a `ReplayWindowRow` from its parts.
    public init(
        key: String, windowStartMillis: Int64, windowEndMillis: Int64, count: Int64, sum: Double, min: Double,
        max: Double, average: Double?, distinctValues: Double?
    ) {
        self.key = key
        self.windowStartMillis = windowStartMillis
        self.windowEndMillis = windowEndMillis
        self.count = count
        self.sum = sum
        self.min = min
        self.max = max
        self.average = average
        self.distinctValues = distinctValues
    }
}
