/// A sweep: one use case's recommendation at each point of one input's
/// range, or of a grid of two inputs (docs/whatif.md).
public struct SweepResult: Sendable, Equatable {
    /// One varied input and the values it takes.
    public struct Axis: Sendable, Equatable {
        /// The input.
        public var input: UseCaseInput
        /// The values, in order.
        public var values: [Double]
        /// True for logarithmic spacing.
        public var isLogarithmic: Bool
        /// The use case's own value of the input, if it has one.
        public var currentValue: Double?

        /// Creates an `Axis` from its parts.
        public init(input: UseCaseInput, values: [Double], isLogarithmic: Bool, currentValue: Double?) {
            self.input = input
            self.values = values
            self.isLogarithmic = isLogarithmic
            self.currentValue = currentValue
        }
    }

    /// One point of the sweep.
    public struct Point: Sendable, Equatable {
        /// Index into the first axis.
        public var first: Int
        /// Index into the second axis (0 for a one-input sweep).
        public var second: Int
        /// What is recommended there.
        public var recommendation: Recommendation
        /// True when the recommendation differs from the previous point's along either axis: a flip.
        public var flips: Bool

        /// Creates a `Point` from its parts.
        public init(first: Int, second: Int, recommendation: Recommendation, flips: Bool) {
            self.first = first
            self.second = second
            self.recommendation = recommendation
            self.flips = flips
        }
    }

    /// The use case swept.
    public var useCaseName: String
    /// What it recommends with nothing varied.
    public var base: Recommendation
    /// The first input.
    public var axis: Axis
    /// The second input of a grid, if any.
    public var secondAxis: Axis?
    /// The points, first axis outer, second inner.
    public var points: [Point]

    /// Creates a `SweepResult` from its parts.
    public init(useCaseName: String, base: Recommendation, axis: Axis, secondAxis: Axis?, points: [Point]) {
        self.useCaseName = useCaseName
        self.base = base
        self.axis = axis
        self.secondAxis = secondAxis
        self.points = points
    }

    /// How many points flip.
    public var flipCount: Int { points.count { $0.flips } }
}
