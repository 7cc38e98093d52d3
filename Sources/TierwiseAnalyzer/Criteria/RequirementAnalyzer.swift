import TierwiseModel

/// Challenges a use case's stated latency tier (seed 002, `LatencyRequirementAnalyzer`).
///
/// The rules are the seed's, applied in its order, the later winning:
/// 1. Stated real_time or near_real_time, the description mentions a
///    "dashboard" and delay costs under 100 USD/min: relax to micro_batch.
/// 2. Stated batch or mini_batch and delay costs over 1,000 USD/min: upgrade to micro_batch.
/// 3. Stated batch or mini_batch and the cost of error is critical: upgrade to near_real_time.
///
/// Unlike the seed, the rationale's direction (relax or upgrade) comes from
/// tier order, not from comparing tier names as strings.
public enum RequirementAnalyzer {
    /// Below this delay cost (USD/min) a dashboard does not need sub-minute freshness.
    public static let dashboardRelaxThresholdUSDPerMinute: Double = 100
    /// Above this delay cost (USD/min) a batch use case should go to micro-batch.
    public static let batchUpgradeThresholdUSDPerMinute: Double = 1_000

    /// Assesses one use case.
    public static func assess(_ useCase: UseCase) -> RequirementAssessment {
        let stated = useCase.latencyRequirement
        let (recommended, reason) = recommendTier(for: useCase)
        return RequirementAssessment(
            statedTier: stated,
            recommendedTier: recommended,
            rationale: rationale(stated: stated, recommended: recommended, reason: reason)
        )
    }

    /// The seed's rules; returns the tier and the clause explaining the last rule that fired.
    static func recommendTier(for useCase: UseCase) -> (LatencyTier, String?) {
        let stated = useCase.latencyRequirement
        let revenue = useCase.revenueImpactPerMinuteDelayUSD
        var recommendation = stated
        var reason: String?
        if stated == .realTime || stated == .nearRealTime {
            if useCase.mentionsDashboard, revenue < dashboardRelaxThresholdUSDPerMinute {
                recommendation = .microBatch
                reason = "its consumer is a dashboard (people, who refresh in minutes) and a minute of delay costs "
                    + "\(DisplayFormat.usd(revenue)), under the \(DisplayFormat.usd(dashboardRelaxThresholdUSDPerMinute))/min "
                    + "that would justify \(stated.rawValue) processing"
            }
        }
        if stated == .batch || stated == .miniBatch {
            if revenue > batchUpgradeThresholdUSDPerMinute {
                recommendation = .microBatch
                reason = "a minute of delay costs \(DisplayFormat.usd(revenue)), over the "
                    + "\(DisplayFormat.usd(batchUpgradeThresholdUSDPerMinute))/min at which hours of delay stop being affordable"
            }
            if useCase.costOfError == .critical {
                recommendation = .nearRealTime
                reason = "errors are critical and \(DisplayFormat.usd(revenue))/min of delay is at stake, "
                    + "so problems must surface in seconds, not at the next batch run"
            }
        }
        return (recommendation, reason)
    }


    static func rationale(stated: LatencyTier, recommended: LatencyTier, reason: String?) -> String {
        switch TierChange(from: stated, to: recommended) {
        case .keep:
            return "The \(stated.rawValue) requirement (\(stated.boundsDescription)) is appropriate for this use case."
        case .relax:
            return "Consider relaxing from \(stated.rawValue) to \(recommended.rawValue) (\(recommended.boundsDescription)): "
                + (reason ?? "the stated tier is faster than the use case needs") + "."
        case .upgrade:
            return "Consider upgrading from \(stated.rawValue) to \(recommended.rawValue) (\(recommended.boundsDescription)): "
                + (reason ?? "the stated tier is slower than the use case needs") + "."
        }
    }
}
