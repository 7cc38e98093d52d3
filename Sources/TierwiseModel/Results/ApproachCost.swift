/// The estimated cost of one processing approach for one volume.
public struct ApproachCost: Sendable, Equatable {
    /// The approach costed.
    public var approach: ProcessingApproach
    /// Its cost lines and derived figures.
    public var model: CostModel
    /// The seed's volume factor, max(1, log10(events per day / 1e6 + 1)).
    public var volumeFactor: Double
    /// What the capacity cost model provisioned (docs/capacity.md); nil under the seed's model.
    public var capacity: CapacitySizing?

    /// Creates a `ApproachCost` from its parts.
    public init(approach: ProcessingApproach, model: CostModel, volumeFactor: Double, capacity: CapacitySizing? = nil) {
        self.approach = approach
        self.model = model
        self.volumeFactor = volumeFactor
        self.capacity = capacity
    }
}
