extension WindowOperator {
    /// Describes the configuration a checkpoint must match to be restored here
    /// (sliding windows kept per pane name their panes: their state is per pane).
    public var configurationDescription: String {
        let layout = paneLayout.map { " in panes of \($0.paneMillis) ms" } ?? ""
        return "\(assigner)\(layout) \(mode) lateness \(allowedLatenessMillis) ms" + (tracksDistinctValues ? " distinct" : "")
    }

    /// How builds that kept every sliding window's state apart described this
    /// configuration: their checkpoints hold windows, not panes.
    var perWindowConfigurationDescription: String {
        "\(assigner) \(mode) lateness \(allowedLatenessMillis) ms" + (tracksDistinctValues ? " distinct" : "")
    }

    /// A checkpoint of everything processed so far; `logOffset` is the next
    /// offset to process after a restore.
    public func checkpoint(logOffset: Int64) -> Checkpoint {
        func entries(_ states: ArraySlice<WindowState>) -> [(key: UInt32, window: TimeWindow, aggregate: Aggregate)] {
            var entries: [(key: UInt32, window: TimeWindow, aggregate: Aggregate)] = []
            for state in states {
                state.forEach { key, aggregate in entries.append((key, state.window, aggregate)) }
            }
            entries.sort { ($0.window, $0.key) < ($1.window, $1.key) }
            return entries
        }
        return Checkpoint(
            logOffset: logOffset, configuration: configurationDescription,
            maxTimestampMillis: time.watermarks.maxTimestampMillis, watermarkMillis: watermark.millis,
            eventsSeen: Int64(eventsSeen), duplicatesDropped: Int64(duplicatesDropped),
            windows: entries(windows.states[...]), panes: entries(panes?.panes.states ?? []),
            deduplication: time.deduplicator.snapshot, lateEvents: lateEvents)
    }

    /// Replaces this operator's state with `checkpoint`'s; the sink starts empty
    /// (it is external and idempotent). Refuses a checkpoint of another
    /// configuration, and one of sliding windows kept per window (by a build
    /// before panes) where they are now kept per pane.
    public mutating func restore(_ checkpoint: Checkpoint) throws(CheckpointError) {
        guard checkpoint.configuration == configurationDescription else {
            if paneLayout != nil && checkpoint.configuration == perWindowConfigurationDescription {
                throw .perWindowSlidingState(configuration: checkpoint.configuration, expected: configurationDescription)
            }
            throw .configurationMismatch(expected: configurationDescription, found: checkpoint.configuration)
        }
        let restoredWatermark = Watermark(millis: checkpoint.watermarkMillis)
        var restoredWindows = OpenWindows()
        var restoredPanes = paneLayout.map(PanedWindows.init(layout:))
        for entry in checkpoint.windows {
            let decision = trigger.result(for: entry.window, at: restoredWatermark)
            // With panes, only fired windows within their lateness are kept whole.
            if paneLayout != nil && (!decision.isFire || decision.isPurge) {
                throw .malformed("a window of sliding windows kept per pane has not fired or is purged")
            }
            restoredWindows.set(entry.aggregate, key: entry.key, window: entry.window, fired: decision.isFire)
        }
        if let paneLayout {
            for entry in checkpoint.panes {
                guard paneLayout.pane(containing: entry.window.startMillis) == entry.window else {
                    throw .malformed("an entry of \(entry.window) is not a pane of \(paneLayout.paneMillis) ms")
                }
                restoredPanes?.set(entry.aggregate, key: entry.key, pane: entry.window)
            }
            restoredPanes?.restore(watermark: restoredWatermark)
        } else if !checkpoint.panes.isEmpty {
            throw .malformed("panes in a checkpoint of windows kept per window")
        }
        time.watermarks.maxTimestampMillis = checkpoint.maxTimestampMillis
        watermark = restoredWatermark
        eventsSeen = Int(checkpoint.eventsSeen)
        duplicatesDropped = Int(checkpoint.duplicatesDropped)
        lateEvents = checkpoint.lateEvents
        time.deduplicator.restore(checkpoint.deduplication)
        sink = UpsertSink()
        windows = restoredWindows
        panes = restoredPanes
    }
}
