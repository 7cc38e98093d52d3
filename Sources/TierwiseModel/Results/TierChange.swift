/// Which way a recommendation moves a use case along the latency spectrum.
public enum TierChange: String, Sendable, Equatable {
    /// The stated tier stands.
    case keep
    /// Move toward batch: slower, cheaper.
    case relax
    /// Move toward real time: faster, dearer.
    case upgrade

    /// The direction from `stated` to `recommended`, decided by tier order.
    public init(from stated: LatencyTier, to recommended: LatencyTier) {
        if recommended == stated { self = .keep }
        else if recommended > stated { self = .relax }
        else { self = .upgrade }
    }
}
