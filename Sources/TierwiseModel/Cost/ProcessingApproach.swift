/// A way of building the pipeline, each with its own cost profile (seed 002,
/// `COMPLEXITY_MULTIPLIERS`). Ordered from cheapest and slowest to fastest.
public enum ProcessingApproach: String, CaseIterable, Sendable, Hashable {
    case batchSimple = "batch_simple"
    case batchComplex = "batch_complex"
    case microBatch = "micro_batch"
    case nearRealTime = "near_real_time"
    case realTime = "real_time"

    /// The seed's multipliers relative to simple batch.
    public var multipliers: ComplexityMultipliers {
        switch self {
        case .batchSimple: ComplexityMultipliers(compute: 1.0, storage: 1.0, engineering: 1.0, onCall: 0.5, development: 1.0)
        case .batchComplex: ComplexityMultipliers(compute: 1.5, storage: 1.2, engineering: 1.5, onCall: 1.0, development: 1.5)
        case .microBatch: ComplexityMultipliers(compute: 2.0, storage: 1.5, engineering: 2.0, onCall: 1.5, development: 2.0)
        case .nearRealTime: ComplexityMultipliers(compute: 4.0, storage: 2.0, engineering: 3.0, onCall: 2.5, development: 3.0)
        case .realTime: ComplexityMultipliers(compute: 8.0, storage: 3.0, engineering: 5.0, onCall: 4.0, development: 5.0)
        }
    }

    /// The fastest tier this approach delivers: both batch approaches deliver
    /// the batch tier (scheduled daily, or hourly for mini-batch).
    public var tier: LatencyTier {
        switch self {
        case .batchSimple, .batchComplex: .batch
        case .microBatch: .microBatch
        case .nearRealTime: .nearRealTime
        case .realTime: .realTime
        }
    }

    /// The approach that serves `tier`: mini-batch and batch run as batch jobs,
    /// complex when the processing is complex; faster tiers have their own approach.
    public static func serving(_ tier: LatencyTier, complexity: ProcessingComplexity?) -> ProcessingApproach {
        switch tier {
        case .realTime: .realTime
        case .nearRealTime: .nearRealTime
        case .microBatch: .microBatch
        case .miniBatch, .batch: complexity == .complex ? .batchComplex : .batchSimple
        }
    }

    /// The approaches `costs` compares when none are named: the seed's default list.
    public static let seedDefaultComparison: [ProcessingApproach] = [.batchSimple, .microBatch, .nearRealTime, .realTime]

    /// The raw names for messages.
    public static var allNamesForMessages: String { listForMessages(allCases.map(\.rawValue)) }
}
