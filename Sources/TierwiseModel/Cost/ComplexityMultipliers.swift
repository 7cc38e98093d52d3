/// How much more an approach costs than simple batch, per cost line.
///
/// `compute` and `storage` scale infrastructure; `engineering` scales the 20
/// monthly engineering hours; `onCall` scales both the 10 on-call hours and
/// the 5 incident-response hours; `development` scales the 20 development and
/// 10 testing days (seed 002, `estimate_costs`).
public struct ComplexityMultipliers: Sendable, Equatable {
    /// Multiplier of baseline compute.
    public var compute: Double
    /// Multiplier of storage (30% of baseline).
    public var storage: Double
    /// Multiplier of the 20 monthly engineering hours.
    public var engineering: Double
    /// Multiplier of the 10 on-call and 5 incident-response hours a month.
    public var onCall: Double
    /// Multiplier of the 20 development and 10 testing days.
    public var development: Double

    /// Creates a `ComplexityMultipliers` from its parts.
    public init(compute: Double, storage: Double, engineering: Double, onCall: Double, development: Double) {
        self.compute = compute
        self.storage = storage
        self.engineering = engineering
        self.onCall = onCall
        self.development = development
    }
}
