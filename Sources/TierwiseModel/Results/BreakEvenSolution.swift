/// Where a break-even's verdict flips along one input (`break-even --solve`).
public struct BreakEvenSolution: Sendable, Equatable {
    /// The input solved for, by its option name ("revenue-per-minute").
    public var input: String
    /// The value given.
    public var currentValue: Double
    /// The switching value.
    public var value: Double
    /// True when values above the switching value pay back within the bar (false: below it).
    public var paysBackAbove: Bool

    /// Creates a `BreakEvenSolution` from its parts.
    public init(input: String, currentValue: Double, value: Double, paysBackAbove: Bool) {
        self.input = input
        self.currentValue = currentValue
        self.value = value
        self.paysBackAbove = paysBackAbove
    }
}
