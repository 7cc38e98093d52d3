/// How much more an approach costs than simple batch, per cost line.
///
/// `compute` and `storage` scale infrastructure; `engineering` scales the 20
/// monthly engineering hours; `onCall` scales both the 10 on-call hours and
/// the 5 incident-response hours; `development` scales the 20 development and
/// 10 testing days (seed 002, `estimate_costs`).
public struct ComplexityMultipliers: Sendable, Equatable {
    public var compute: Double
    public var storage: Double
    public var engineering: Double
    public var onCall: Double
    public var development: Double

    public init(compute: Double, storage: Double, engineering: Double, onCall: Double, development: Double) {
        self.compute = compute
        self.storage = storage
        self.engineering = engineering
        self.onCall = onCall
        self.development = development
    }
}
