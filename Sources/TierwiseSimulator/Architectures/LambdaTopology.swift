import TierwiseEngine
/// The Lambda architecture (seed 001 §3.1, seed 002 pattern 1): an immutable
/// master log; a batch layer that recomputes views from the whole log up to
/// a horizon on its own schedule; a speed layer that streams what came after
/// the horizon; a serving layer that merges the two per (key, window).
///
/// Ids are deduplicated at ingestion, so the master log holds each event once
/// and neither layer counts one twice.
public struct LambdaTopology<Assigner: WindowAssigner> {
    /// Which windows events belong to.
    public let assigner: Assigner
    /// The watermark bound of the speed layer, milliseconds.
    public let outOfOrdernessMillis: Int64
    /// Processing time between batch-layer runs.
    public let batchIntervalMillis: Int64

    public private(set) var masterLog = InMemoryEventLog()
    /// The batch view: aggregates of every event before ``batchHorizon``.
    public private(set) var batchView: [WindowResult] = []
    /// The log offset the batch view covers up to.
    public private(set) var batchHorizon: Int64 = 0
    /// Streams the events at and after the horizon.
    public private(set) var speedLayer: WindowOperator<Assigner>
    public private(set) var batchRuns = 0

    private var ingestedIDs: Set<UInt64> = []
    private let clock: any ProcessingClock
    private var lastBatchRunMillis: Int64

    /// Creates a `LambdaTopology` from its parts.
    public init(assigner: Assigner, outOfOrdernessMillis: Int64, batchIntervalMillis: Int64, clock: any ProcessingClock) throws(EngineError) {
        self.assigner = assigner
        self.outOfOrdernessMillis = outOfOrdernessMillis
        self.batchIntervalMillis = batchIntervalMillis
        self.clock = clock
        speedLayer = try WindowOperator(assigner: assigner, mode: .streaming(outOfOrdernessMillis: outOfOrdernessMillis))
        lastBatchRunMillis = clock.nowMillis
    }

    /// Appends a new event to the master log and feeds the speed layer; a repeated id is ignored.
    public mutating func ingest(_ event: Event) {
        guard ingestedIDs.insert(event.id).inserted else { return }
        // An in-memory append cannot fail.
        try! masterLog.append(event)
        speedLayer.process(event)
    }

    /// Runs the batch layer if its interval has passed.
    public mutating func runBatchLayerIfDue() {
        if clock.nowMillis - lastBatchRunMillis >= batchIntervalMillis { runBatchLayer() }
    }

    /// Recomputes the batch view from the whole log and restarts the speed layer at the new horizon.
    public mutating func runBatchLayer() {
        var events: [Event] = []
        // Replaying an in-memory log cannot fail.
        try! masterLog.replay(from: 0) { _, event in events.append(event) }
        batchView = BatchJob.run(events, assigner: assigner)
        batchHorizon = masterLog.endOffset
        // A fresh speed layer: everything before the horizon is the batch layer's now.
        speedLayer = try! WindowOperator(assigner: assigner, mode: .streaming(outOfOrdernessMillis: outOfOrdernessMillis))
        lastBatchRunMillis = clock.nowMillis
        batchRuns += 1
    }

    /// The serving layer: batch view and speed layer merged per (key, window).
    public var servingView: [WindowResult] {
        var rows: [UpsertSink.RowKey: Aggregate] = [:]
        for result in batchView { rows[UpsertSink.RowKey(key: result.key, window: result.window)] = result.aggregate }
        for result in speedLayer.currentResults {
            rows[UpsertSink.RowKey(key: result.key, window: result.window), default: Aggregate()].merge(result.aggregate)
        }
        return rows.keys.sorted().map { WindowResult(key: $0.key, window: $0.window, aggregate: rows[$0]!) }
    }
}
