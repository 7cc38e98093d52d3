import TierwiseModel

/// The tierwise model's pattern rules (docs/methodology.md, "Patterns that
/// fit"), first match wins, each explainable in one sentence:
/// - real_time: a stream processor with keyed state (Kappa), with history as
///   a table joined in the stream; never micro-batch table commits;
/// - near_real_time with history whose processing is complex: Lambda (the
///   batch layer is needed for the heavy recomputation, and the report says so);
/// - near_real_time otherwise: Kappa (with a stream–table join or CDC when history is needed);
/// - micro_batch read by people: materialized views; by a machine: a hybrid lakehouse;
/// - mini_batch or batch with a peak of 1,000 events/s or more: streaming ingestion, batch processing;
/// - otherwise: plain batch.
extension ArchitectureAdvisor {
    /// Words in a description that mean people read the results, matched as whole words.
    public static let humanConsumerWordList = ["dashboard", "dashboards", "report", "reports", "analyst", "analysts", "review"]

    /// Who consumes the results: the catalog's `consumer`, else people when the
    /// description names a dashboard, report, analyst or review as a whole word, else a machine.
    public static func consumer(of useCase: UseCase) -> ResultConsumer {
        if let consumer = useCase.consumer { return consumer }
        return humanConsumerWordList.contains { ASCIIText.containsWord(useCase.description, $0) } ? .people : .machine
    }

    /// The pattern alone (no words): what ``recommendTierwise(for:at:delivered:)`` picks, cheaply.
    public static func tierwisePattern(for useCase: UseCase, at tier: LatencyTier) -> ArchitecturePattern {
        switch tier {
        case .realTime: .kappa
        case .nearRealTime: useCase.requiresHistoricalContext && useCase.processingComplexity == .complex ? .lambda : .kappa
        case .microBatch: consumer(of: useCase) == .people ? .materializedViews : .hybridLakehouse
        case .miniBatch, .batch: useCase.peakEventsPerSecond >= streamingIngestionPeakEventsPerSecond
            ? .streamingIngestionBatchProcessing : .batch
        }
    }

    /// The pattern for `useCase` at `tier` under the tierwise model.
    public static func recommendTierwise(
        for useCase: UseCase, at tier: LatencyTier, delivered: DeliveredLatency
    ) -> ArchitectureRecommendation {
        let approach = ProcessingApproach.serving(tier, complexity: useCase.processingComplexity)
        let interval: Double? = delivered.refreshIntervalMinutes > 0 ? delivered.refreshIntervalMinutes : nil
        let peak = DisplayFormat.number(useCase.peakEventsPerSecond, decimals: 0)
        func make(_ pattern: ArchitecturePattern, _ reason: String) -> ArchitectureRecommendation {
            ArchitectureRecommendation(pattern: pattern, approach: approach, scheduleIntervalMinutes: interval, reason: reason)
        }
        switch tier {
        case .realTime:
            let history = useCase.requiresHistoricalContext
                ? ", joined with the history it needs kept as a table in the processor's state (fed by CDC)" : ""
            return make(.kappa, "A per-event decision in under 100 ms is served by a stream processor with keyed state"
                + history + "; tables committed in micro-batches could not answer in time.")
        case .nearRealTime:
            if useCase.requiresHistoricalContext && useCase.processingComplexity == .complex {
                return make(.lambda, "The history needs complex processing (large joins or model features) that a "
                    + "stream processor would redo on every replay, so a batch layer recomputes it while a speed layer "
                    + "covers the recent past: two codebases, costed as two.")
            }
            if useCase.requiresHistoricalContext {
                return make(.kappa, "One stream processor over a replayable log joins each event with history kept as "
                    + "a changelog table (stream–table join or CDC), so reprocessing is a replay, not a second codebase.")
            }
            return make(.kappa, "No history is needed, so one stream processor over a replayable log serves "
                + "\(tier.rawValue) results, and reprocessing is a replay.")
        case .microBatch:
            if consumer(of: useCase) == .people {
                return make(.materializedViews, "People read the results, so views refreshed every "
                    + "\(DisplayFormat.duration(minutes: delivered.refreshIntervalMinutes)) keep them fresh enough "
                    + "without a streaming job to operate.")
            }
            return make(.hybridLakehouse, "Stream into bronze, then refine silver and gold tables every "
                + "\(DisplayFormat.duration(minutes: delivered.refreshIntervalMinutes)): minutes of freshness "
                + "with batch-style logic and one copy of the data.")
        case .miniBatch, .batch:
            let schedule = DisplayFormat.duration(minutes: delivered.refreshIntervalMinutes)
            if useCase.peakEventsPerSecond >= streamingIngestionPeakEventsPerSecond {
                return make(.streamingIngestionBatchProcessing, "Events arrive continuously (peak \(peak)/s), so "
                    + "capture them durably as a stream, and keep the processing a simple batch job every \(schedule).")
            }
            return make(.batch, "At a peak of \(peak) events/s, a batch job every \(schedule) is the simplest thing "
                + "that works.")
        }
    }

    /// Combinations of needs and pattern that cannot work as stated, each with what to do instead.
    public static func advisories(for useCase: UseCase, at tier: LatencyTier) -> [String] {
        var advisories: [String] = []
        if tier == .realTime && useCase.requiresExactlyOnce {
            advisories.append("Exactly-once through a transactional sink makes results visible only when a "
                + "checkpoint commits (seconds to minutes in Flink's two-phase commit), which a decision in under "
                + "100 ms cannot wait for: decide from the processor's state over deduplicated input, and write the "
                + "durable record through the transactional sink.")
        }
        if tier == .realTime && useCase.requiresOrdering {
            advisories.append("Ordering holds only per key: partition the log by the key whose order matters, or "
                + "the stream processor will see events of one key out of order across partitions.")
        }
        return advisories
    }
}
