/// How fresh a use case's results must be, from fastest to slowest.
///
/// The five tiers of the latency spectrum (seed 002, "Understanding the
/// Spectrum"). Tiers are ordered by speed: `.realTime < .batch`, so "faster"
/// and "slower" come from this order, never from comparing names.
///
///     LatencyTier.realTime < LatencyTier.microBatch   // true: real time is faster
public enum LatencyTier: String, CaseIterable, Sendable, Comparable, Hashable {
    /// Under 100 ms; requires streaming.
    case realTime = "real_time"
    /// 1 to 30 seconds.
    case nearRealTime = "near_real_time"
    /// 1 to 15 minutes.
    case microBatch = "micro_batch"
    /// 1 to 4 hours.
    case miniBatch = "mini_batch"
    /// Daily or less often.
    case batch = "batch"

    /// Position on the spectrum: 0 is fastest.
    public var speedRank: Int {
        switch self {
        case .realTime: 0
        case .nearRealTime: 1
        case .microBatch: 2
        case .miniBatch: 3
        case .batch: 4
        }
    }

    /// Fastest first: real time before batch.
    public static func < (lhs: LatencyTier, rhs: LatencyTier) -> Bool {
        lhs.speedRank < rhs.speedRank
    }

    /// The bound a reader sees in reports ("< 100 ms", "1–30 s", …).
    public var boundsDescription: String {
        switch self {
        case .realTime: "< 100 ms"
        case .nearRealTime: "1–30 s"
        case .microBatch: "1–15 min"
        case .miniBatch: "1–4 h"
        case .batch: "daily or less often"
        }
    }

    /// The latency, in minutes, that break-even uses for this tier unless a
    /// catalog overrides it: the slowest result the tier still promises (its
    /// upper bound), so a move between tiers is credited with the delay a
    /// consumer actually stops waiting for in the worst case.
    public var defaultRepresentativeLatencyMinutes: Double {
        switch self {
        case .realTime: 0.1 / 60  // 100 ms
        case .nearRealTime: 0.5  // 30 s
        case .microBatch: 15
        case .miniBatch: 240  // 4 h
        case .batch: 1_440  // 24 h
        }
    }

    /// True for tiers served by continuous (streaming) processing: micro-batch
    /// and faster. Mini-batch and batch are scheduled jobs.
    public var isStreaming: Bool { self <= .microBatch }

    /// A human name ("near real time").
    public var displayName: String { rawValue.split(separator: "_").joined(separator: " ") }

    /// The list of raw names for error messages: "real_time, near_real_time, micro_batch, mini_batch or batch".
    public static var allNamesForMessages: String { listForMessages(allCases.map(\.rawValue)) }
}

/// "a, b or c": how tierwise lists accepted words in messages.
public func listForMessages(_ words: [String]) -> String {
    guard words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " or " + words[words.count - 1]
}
