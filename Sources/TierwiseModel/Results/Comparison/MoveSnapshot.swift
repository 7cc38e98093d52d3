/// The recommended move of a use case as a comparison keeps it: where from,
/// where to, and its payback from the start of the build.
public struct MoveSnapshot: Sendable, Equatable {
    /// The tier moved from.
    public var from: LatencyTier
    /// The tier moved to.
    public var to: LatencyTier
    /// Months from the start of the build until it has paid for itself; nil: never.
    public var paybackMonths: Double?
    /// True when it pays back within the bar.
    public var paysBack: Bool

    /// Creates a `MoveSnapshot` from its parts.
    public init(from: LatencyTier, to: LatencyTier, paybackMonths: Double?, paysBack: Bool) {
        self.from = from
        self.to = to
        self.paybackMonths = paybackMonths
        self.paysBack = paysBack
    }
}
