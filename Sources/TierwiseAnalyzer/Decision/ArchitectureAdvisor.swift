import TierwiseModel

/// Picks the architecture pattern for a use case at its recommended tier.
///
/// The rules, first match wins:
/// - batch or mini_batch, peak ≥ 1,000 events/s: streaming ingestion, batch
///   processing (capture continuously and durably, keep the logic in batch);
/// - batch or mini_batch otherwise: plain batch;
/// - micro_batch read by people (a dashboard or report): materialized views
///   refreshed at a third of the tier's latency;
/// - micro_batch otherwise: hybrid lakehouse with micro-batch triggers;
/// - near_real_time or real_time needing history and exactly-once or
///   ordering: hybrid lakehouse (transactional tables give both);
/// - needing history only: Lambda (the batch layer recomputes history exactly,
///   the speed layer covers the recent past);
/// - otherwise: Kappa (one stream processor, history by replay).
public enum ArchitectureAdvisor {
    /// Peak events per second from which a batch use case should still ingest by streaming.
    public static let streamingIngestionPeakEventsPerSecond: Double = 1_000
    /// Words in a description that mean people read the results.
    public static let humanConsumerWords: [StaticString] = ["dashboard", "report", "analyst", "review"]

    /// The recommendation for `useCase` at `tier`, with `latencies` giving schedule intervals.
    public static func recommend(
        for useCase: UseCase, at tier: LatencyTier, latencies: TierLatencies
    ) -> ArchitectureRecommendation {
        let approach = ProcessingApproach.serving(tier, complexity: useCase.processingComplexity)
        let interval = latencies.minutes(for: tier)
        let peak = DisplayFormat.number(useCase.peakEventsPerSecond, decimals: 0)
        switch tier {
        case .batch, .miniBatch:
            let schedule = tier == .batch ? "daily" : "hourly"
            if useCase.peakEventsPerSecond >= streamingIngestionPeakEventsPerSecond {
                return ArchitectureRecommendation(
                    pattern: .streamingIngestionBatchProcessing, approach: approach, scheduleIntervalMinutes: interval,
                    reason: "Events arrive continuously (peak \(peak)/s), so capture them durably as a stream, "
                        + "but \(tier.rawValue) freshness lets the processing stay a simple \(schedule) batch job.")
            }
            return ArchitectureRecommendation(
                pattern: .batch, approach: approach, scheduleIntervalMinutes: interval,
                reason: "At \(tier.rawValue) freshness and a peak of \(peak) events/s, a scheduled \(schedule) "
                    + "batch job is the simplest thing that works.")
        case .microBatch:
            if isReadByPeople(useCase) {
                let refresh = interval / 3
                return ArchitectureRecommendation(
                    pattern: .materializedViews, approach: approach, scheduleIntervalMinutes: refresh,
                    reason: "People read the results, so views refreshed every "
                        + "\(DisplayFormat.duration(minutes: refresh)) keep them within the \(tier.boundsDescription) "
                        + "tier without a streaming job to operate.")
            }
            return ArchitectureRecommendation(
                pattern: .hybridLakehouse, approach: approach, scheduleIntervalMinutes: interval / 3,
                reason: "Stream into bronze, then refine silver and gold tables in micro-batches: "
                    + "minutes of freshness with batch-style logic and one copy of the data.")
        case .nearRealTime, .realTime:
            if useCase.requiresHistoricalContext && (useCase.requiresExactlyOnce || useCase.requiresOrdering) {
                let guarantee = useCase.requiresExactlyOnce ? "exactly-once results" : "ordered processing"
                return ArchitectureRecommendation(
                    pattern: .hybridLakehouse, approach: approach, scheduleIntervalMinutes: nil,
                    reason: "It needs \(tier.rawValue) results joined with history and \(guarantee): streaming writes "
                        + "into transactional lakehouse tables give both without a second codebase.")
            }
            if useCase.requiresHistoricalContext {
                return ArchitectureRecommendation(
                    pattern: .lambda, approach: approach, scheduleIntervalMinutes: nil,
                    reason: "It needs \(tier.rawValue) answers over deep history: a batch layer recomputes history "
                        + "exactly while a speed layer covers what arrived since, merged at serving.")
            }
            return ArchitectureRecommendation(
                pattern: .kappa, approach: approach, scheduleIntervalMinutes: nil,
                reason: "No historical joins are needed, so one stream processor over a replayable log serves "
                    + "\(tier.rawValue) results, and reprocessing is a replay rather than a second codebase.")
        }
    }

    /// True when the description says people read the results.
    public static func isReadByPeople(_ useCase: UseCase) -> Bool {
        humanConsumerWords.contains { ASCIIText.contains(useCase.description, word: $0) }
    }
}
