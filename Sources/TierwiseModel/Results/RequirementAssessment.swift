/// The verdict on a use case's stated latency tier.
public struct RequirementAssessment: Sendable, Equatable {
    /// The tier the catalog asks for.
    public var statedTier: LatencyTier
    /// The tier tierwise recommends.
    public var recommendedTier: LatencyTier
    /// Why, in one or two sentences.
    public var rationale: String

    /// Creates a `RequirementAssessment` from its parts.
    public init(statedTier: LatencyTier, recommendedTier: LatencyTier, rationale: String) {
        self.statedTier = statedTier
        self.recommendedTier = recommendedTier
        self.rationale = rationale
    }

    /// True when the recommended tier differs from the stated one.
    public var isChangeRecommended: Bool { statedTier != recommendedTier }

    /// Relax, upgrade or keep, from tier order.
    public var change: TierChange { TierChange(from: statedTier, to: recommendedTier) }
}
