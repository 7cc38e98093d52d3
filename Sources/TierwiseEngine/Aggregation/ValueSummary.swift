/// Count, sum, minimum and maximum of the values added: the exact part of an
/// ``Aggregate``. Plain data (32 bytes, no references), so window state can
/// hold thousands of them in one array that is cheap to create, scan and copy.
public struct ValueSummary: Sendable, Equatable {
    /// Values added.
    public private(set) var count: Int64 = 0
    /// Sum of the values.
    public private(set) var sum: Double = 0
    /// Smallest value (+∞ when empty).
    public private(set) var min: Double = .infinity
    /// Largest value (−∞ when empty).
    public private(set) var max: Double = -.infinity

    /// An empty summary.
    public init() {}

    /// A summary with these figures (restored from a checkpoint).
    init(count: Int64, sum: Double, min: Double, max: Double) {
        self.count = count
        self.sum = sum
        self.min = min
        self.max = max
    }

    /// Adds one value.
    @inline(__always)
    public mutating func add(_ value: Double) {
        count += 1
        sum += value
        // Selects rather than branches: which way a comparison goes is data, not pattern.
        min = value < min ? value : min
        max = value > max ? value : max
    }

    /// Adds everything in `other`.
    public mutating func merge(_ other: ValueSummary) {
        count += other.count
        sum += other.sum
        if other.min < min { min = other.min }
        if other.max > max { max = other.max }
    }
}
