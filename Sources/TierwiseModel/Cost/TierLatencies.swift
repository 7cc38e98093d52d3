/// The latency, in minutes, that break-even assumes for each tier.
///
/// Defaults are each tier's upper bound (``LatencyTier/defaultRepresentativeLatencyMinutes``);
/// a catalog's `defaults.tier_latency_minutes` may replace any of them.
public struct TierLatencies: Sendable, Equatable {
    private var overrides: [LatencyTier: Double]

    /// The defaults, with `overrides` replacing the tiers it names.
    public init(overrides: [LatencyTier: Double] = [:]) {
        self.overrides = overrides
    }

    /// The catalog's minutes for `tier`, if it states them.
    public func override(for tier: LatencyTier) -> Double? { overrides[tier] }

    /// Minutes assumed for `tier`.
    public func minutes(for tier: LatencyTier) -> Double {
        overrides[tier] ?? tier.defaultRepresentativeLatencyMinutes
    }
}
