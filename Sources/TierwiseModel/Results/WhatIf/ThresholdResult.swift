/// The switching values of one use case: for each deciding input, the
/// nearest value below and above its current one at which the recommended
/// tier or pattern changes (docs/whatif.md, "Thresholds").
public struct ThresholdResult: Sendable, Equatable {
    /// Where, going one way from the current value, the recommendation changes.
    public struct Switch: Sendable, Equatable {
        /// The switching value (the first value past which the new recommendation holds).
        public var value: Double
        /// What is recommended past it.
        public var recommendation: Recommendation

        /// Creates a `Switch` from its parts.
        public init(value: Double, recommendation: Recommendation) {
            self.value = value
            self.recommendation = recommendation
        }
    }

    /// One input's switching values.
    public struct Input: Sendable, Equatable {
        /// The input.
        public var input: UseCaseInput
        /// Its current value.
        public var currentValue: Double
        /// The nearest switch below the current value within the input's range; nil when there is none.
        public var below: Switch?
        /// The nearest switch above; nil when there is none.
        public var above: Switch?

        /// Creates an `Input` from its parts.
        public init(input: UseCaseInput, currentValue: Double, below: Switch?, above: Switch?) {
            self.input = input
            self.currentValue = currentValue
            self.below = below
            self.above = above
        }
    }

    /// The use case.
    public var useCaseName: String
    /// What it recommends now.
    public var current: Recommendation
    /// Each input solved, in the order asked.
    public var inputs: [Input]

    /// Creates a `ThresholdResult` from its parts.
    public init(useCaseName: String, current: Recommendation, inputs: [Input]) {
        self.useCaseName = useCaseName
        self.current = current
        self.inputs = inputs
    }
}
