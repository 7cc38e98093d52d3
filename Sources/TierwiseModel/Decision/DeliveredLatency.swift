/// The latency an approach delivers, as its consumers see it: the age of the
/// newest result when they look.
///
/// A periodic refresh every `T` whose processing takes `d` delivers a mean
/// age of `T/2 + d` and a worst case of `T + d` (the age of information of a
/// periodic update; Kaul, Yates and Gruteser, "Real-time status: how often
/// should one update?", INFOCOM 2012). Continuous processing delivers its
/// processing time. docs/methodology.md lists each tier's default and its source.
public struct DeliveredLatency: Sendable, Equatable {
    /// How often results refresh, minutes; 0 for continuous processing.
    public var refreshIntervalMinutes: Double
    /// Mean age of a result when read, minutes.
    public var meanMinutes: Double
    /// Worst-case age, minutes.
    public var worstMinutes: Double

    /// Creates a `DeliveredLatency` from its parts.
    public init(refreshIntervalMinutes: Double, meanMinutes: Double, worstMinutes: Double) {
        self.refreshIntervalMinutes = refreshIntervalMinutes
        self.meanMinutes = meanMinutes
        self.worstMinutes = worstMinutes
    }

    /// A refresh every `everyMinutes` taking `processingMinutes`: mean `T/2 + d`, worst `T + d`.
    public static func periodic(everyMinutes t: Double, processingMinutes d: Double) -> DeliveredLatency {
        DeliveredLatency(refreshIntervalMinutes: t, meanMinutes: t / 2 + d, worstMinutes: t + d)
    }

    /// Continuous per-event processing with a mean and a worst-case (p99) latency.
    public static func continuous(meanMinutes: Double, worstMinutes: Double) -> DeliveredLatency {
        DeliveredLatency(refreshIntervalMinutes: 0, meanMinutes: meanMinutes, worstMinutes: worstMinutes)
    }

    /// What `tier` delivers by default:
    /// - real_time: continuous, 50 ms mean, 100 ms worst (the tier's bound, seed 002);
    /// - near_real_time: a 10 s trigger (seed 002's `processingTime="10 seconds"`) and 2 s of processing: 7 s mean, 12 s worst;
    /// - micro_batch: every 5 minutes (a third of the tier's 15-minute bound; seed 002's 5-minute view) and 1 minute of processing;
    /// - mini_batch: hourly with a 15-minute job;
    /// - batch: daily with a 1-hour job: 13 h mean, 25 h worst.
    public static func tierwiseDefault(for tier: LatencyTier) -> DeliveredLatency {
        switch tier {
        case .realTime: .continuous(meanMinutes: 0.05 / 60, worstMinutes: 0.1 / 60)
        case .nearRealTime: .periodic(everyMinutes: 10.0 / 60, processingMinutes: 2.0 / 60)
        case .microBatch: .periodic(everyMinutes: 5, processingMinutes: 1)
        case .miniBatch: .periodic(everyMinutes: 60, processingMinutes: 15)
        case .batch: .periodic(everyMinutes: 1_440, processingMinutes: 60)
        }
    }

    /// What `tier` delivers, with a catalog's `tier_latency_minutes` (a mean)
    /// replacing the default's mean; the worst case and the refresh interval
    /// scale by the same factor.
    public static func delivered(by tier: LatencyTier, overrideMeanMinutes: Double?) -> DeliveredLatency {
        let base = tierwiseDefault(for: tier)
        guard let mean = overrideMeanMinutes, base.meanMinutes > 0 else { return base }
        let factor = mean / base.meanMinutes
        return DeliveredLatency(
            refreshIntervalMinutes: base.refreshIntervalMinutes * factor, meanMinutes: mean,
            worstMinutes: base.worstMinutes * factor)
    }
}
