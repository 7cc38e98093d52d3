extension WindowOperator {
    /// Describes the configuration a checkpoint must match to be restored here.
    public var configurationDescription: String {
        "\(assigner) \(mode) lateness \(allowedLatenessMillis) ms" + (tracksDistinctValues ? " distinct" : "")
    }

    /// A checkpoint of everything processed so far; `logOffset` is the next
    /// offset to process after a restore.
    public func checkpoint(logOffset: Int64) -> Checkpoint {
        var windows: [(key: UInt32, window: TimeWindow, aggregate: Aggregate)] = []
        for state in self.windows.states {
            state.forEach { key, aggregate in windows.append((key, state.window, aggregate)) }
        }
        windows.sort { ($0.window, $0.key) < ($1.window, $1.key) }
        return Checkpoint(
            logOffset: logOffset, configuration: configurationDescription,
            maxTimestampMillis: time.watermarks.maxTimestampMillis, watermarkMillis: watermark.millis,
            eventsSeen: Int64(eventsSeen), duplicatesDropped: Int64(duplicatesDropped),
            windows: windows, deduplication: time.deduplicator.snapshot, lateEvents: lateEvents)
    }

    /// Replaces this operator's state with `checkpoint`'s; the sink starts empty
    /// (it is external and idempotent). Refuses a checkpoint of another configuration.
    public mutating func restore(_ checkpoint: Checkpoint) throws(CheckpointError) {
        guard checkpoint.configuration == configurationDescription else {
            throw .configurationMismatch(expected: configurationDescription, found: checkpoint.configuration)
        }
        time.watermarks.maxTimestampMillis = checkpoint.maxTimestampMillis
        watermark = Watermark(millis: checkpoint.watermarkMillis)
        eventsSeen = Int(checkpoint.eventsSeen)
        duplicatesDropped = Int(checkpoint.duplicatesDropped)
        lateEvents = checkpoint.lateEvents
        time.deduplicator.restore(checkpoint.deduplication)
        sink = UpsertSink()
        windows = OpenWindows()
        for entry in checkpoint.windows {
            let fired = trigger.result(for: entry.window, at: watermark).isFire
            windows.set(entry.aggregate, key: entry.key, window: entry.window, fired: fired)
        }
    }
}
