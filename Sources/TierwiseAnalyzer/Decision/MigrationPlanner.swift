import TierwiseModel

/// Plans the move between batch and streaming (seed 002, "Migration Strategies").
public enum MigrationPlanner {
    /// Share of consumers routed to the new pipeline in the canary phase (the seed's 10%).
    public static let canaryTrafficPercent = 10

    /// A plan when `stated` and `recommended` sit on different sides of the
    /// batch/streaming line (micro-batch and faster stream); `nil` otherwise.
    public static func plan(from stated: LatencyTier, to recommended: LatencyTier) -> MigrationPlan? {
        guard stated.isStreaming != recommended.isStreaming else { return nil }
        if !stated.isStreaming {
            return MigrationPlan(fromStreaming: false, phases: [
                .init(name: "shadow", description: "Run the new \(recommended.rawValue) pipeline beside the existing "
                    + "\(stated.rawValue) job; compare results, use none of them."),
                .init(name: "canary", description: "Route \(canaryTrafficPercent)% of consumers to streaming results, "
                    + "watch for discrepancies, then raise the share step by step."),
                .init(name: "cutover", description: "Make streaming primary; keep the batch job as backup and "
                    + "validation, then decommission it."),
            ])
        }
        return MigrationPlan(fromStreaming: true, phases: [
            .init(name: "shadow", description: "Run a \(recommended.rawValue) batch job beside the \(stated.rawValue) "
                + "pipeline; compare its results with the streaming ones."),
            .init(name: "canary", description: "Point \(canaryTrafficPercent)% of consumers at the batch results and "
                + "confirm the added delay goes unnoticed, then raise the share."),
            .init(name: "cutover", description: "Make the batch job primary, then decommission the streaming "
                + "pipeline and its on-call rotation."),
        ])
    }
}

extension MigrationPlanner {
    /// The tierwise model's plan: from the system in place to the chosen
    /// tier when they sit on different sides of the batch/streaming line,
    /// with its duration (build plus parallel run) and the cost of running
    /// both systems side by side; nil with nothing in place or no crossing.
    public static func plan(for decision: TierDecision, settings: DecisionSettings) -> MigrationPlan? {
        guard let current = decision.currentTier, var plan = plan(from: current, to: decision.chosenTier) else { return nil }
        let chosen = decision.chosen
        plan.durationMonths = chosen.monthsToBenefit
        plan.parallelRunCostUSD = settings.parallelRunMonths * decision.option(current).cost.monthlyUSD
        return plan
    }
}
