/// The values a numeric input accepts: a lower bound (inclusive or not) and
/// an upper bound. Every number tierwise reads has one, so every figure it
/// derives stays finite and printable (see docs/catalog.md, "Limits").
///
///     NumberRange.nonNegative(atMost: 10).contains(10)   // true
///     NumberRange.positive(atMost: 10).contains(0)       // false
public struct NumberRange: Sendable, Equatable {
    /// The smallest accepted value (or the bound just below it when `isMinimumExclusive`).
    public let minimum: Double
    /// True when `minimum` itself is refused.
    public let isMinimumExclusive: Bool
    /// The largest accepted value.
    public let maximum: Double

    /// Creates a `NumberRange` from its parts.
    public init(minimum: Double, isMinimumExclusive: Bool, maximum: Double) {
        self.minimum = minimum
        self.isMinimumExclusive = isMinimumExclusive
        self.maximum = maximum
    }

    /// Zero up to `maximum`.
    public static func nonNegative(atMost maximum: Double) -> NumberRange {
        NumberRange(minimum: 0, isMinimumExclusive: false, maximum: maximum)
    }

    /// Above zero, up to `maximum`.
    public static func positive(atMost maximum: Double) -> NumberRange {
        NumberRange(minimum: 0, isMinimumExclusive: true, maximum: maximum)
    }

    /// True for a finite value within both bounds.
    public func contains(_ value: Double) -> Bool {
        value.isFinite && (isMinimumExclusive ? value > minimum : value >= minimum) && value <= maximum
    }

    /// What the lower bound asks for: "a non-negative number", "a positive number", "a number of at least 1".
    public var lowerExpectation: String {
        if minimum == 0 { return isMinimumExclusive ? "a positive number" : "a non-negative number" }
        let bound = DisplayFormat.number(minimum, decimals: 6)
        return isMinimumExclusive ? "a number greater than \(bound)" : "a number of at least \(bound)"
    }

    /// What the upper bound asks for: "a number of at most 1,000,000,000".
    public var upperExpectation: String {
        "a number of at most \(DisplayFormat.number(maximum, decimals: 6))"
    }

    /// Why `value` is refused, in the words of the bound it breaks: the
    /// lower one for a value too small (or not finite and negative), the
    /// upper one for a value too large.
    public func expectation(for value: Double) -> String {
        value > maximum || value == .infinity ? upperExpectation : lowerExpectation
    }
}
