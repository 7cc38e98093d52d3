/// A numeric input given as a range, `{"low": …, "likely": …, "high": …}`:
/// the analysis uses `likely`; Monte Carlo draws from the distribution and
/// the tornado swings it between `low` and `high` (docs/whatif.md).
public struct UncertainInput: Sendable, Equatable {
    /// How values between low and high are drawn.
    public enum Distribution: String, CaseIterable, Sendable {
        /// Beta-PERT: a beta distribution with mean (low + 4 likely + high) / 6 (Malcolm et al., 1959).
        case pert
        /// Triangular with its mode at `likely`.
        case triangular
    }

    /// Which input.
    public var input: UseCaseInput
    /// The lowest plausible value.
    public var low: Double
    /// The most likely value: what a plain analysis uses.
    public var likely: Double
    /// The highest plausible value.
    public var high: Double
    /// The distribution stated, if any (a command's `--distribution` applies otherwise).
    public var distribution: Distribution?
    /// True when the range comes from the catalog's `defaults`.
    public var isInherited: Bool

    /// Creates an `UncertainInput` from its parts.
    public init(
        input: UseCaseInput, low: Double, likely: Double, high: Double, distribution: Distribution? = nil,
        isInherited: Bool = false
    ) {
        self.input = input
        self.low = low
        self.likely = likely
        self.high = high
        self.distribution = distribution
        self.isInherited = isInherited
    }
}
