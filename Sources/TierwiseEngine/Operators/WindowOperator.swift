/// Keyed event-time window aggregation, written once and run both ways:
/// streaming (watermark, allowed lateness, late side output) or batch
/// (bounded input). Combines an assigner (which windows), a trigger (when
/// they fire and are purged), the event-time bookkeeping (watermark,
/// deduplication before windowing, counters, late side output) and an
/// upsert sink (where).
///
/// Semantics (those of Apache Flink with a bounded-out-of-orderness watermark):
/// - a repeated event id is a duplicate, counted and dropped, never late;
/// - a window [start, end) fires when the watermark W ≥ end, and its state is
///   purged when W ≥ end + allowed lateness; an event for a fired window that
///   is not yet purged updates it and fires it again (the sink upserts);
/// - an event is late when every window it belongs to is purged: it goes to
///   the late side output and is counted, never silently lost;
/// - the watermark advances after each event is processed;
/// - ``finish()`` (end of input) fires and purges every open window.
///
/// Sliding windows are kept per pane (``PaneLayout``, ``PanedWindows``): an
/// event adds to the one pane of gcd(size, slide) holding it, whatever the
/// number of windows it belongs to, and a window's aggregates are combined
/// from its panes when it fires. Fired windows within their lateness are
/// kept whole, so an event for them updates and re-fires each, as above.
/// What reaches the sink is what per-window state gives: the same windows,
/// keys, counts, minima, maxima and sketches, the same re-fires and the same
/// late events. Sums differ only in how they are rounded: panes add exactly
/// (the exact sum rounded once, whatever the grouping, see ``ValueSummary``)
/// where per-window state adds plainly in arrival order, as it always has; the
/// two agree whenever the plain sum happens to be correctly rounded.
public struct WindowOperator<Assigner: WindowAssigner>: Sendable {
    // MARK: Configuration
    /// Which windows events belong to.
    public let assigner: Assigner
    /// When windows fire and are purged.
    let trigger: EventTimeTrigger
    /// Whether window aggregates also estimate distinct values (HyperLogLog, about 1 KiB per window and key).
    public let tracksDistinctValues: Bool

    // MARK: Time and accounting
    /// Watermark, deduplication, counters and late side output (shared with ``SessionWindowOperator``).
    var time: EventTimeBookkeeping

    // MARK: State
    /// Open windows and their aggregates by key (with panes: the fired windows within their lateness).
    var windows = OpenWindows()
    /// How sliding windows split into panes, when they are kept per pane.
    let paneLayout: PaneLayout?
    /// The panes of sliding windows kept per pane (nil otherwise).
    var panes: PanedWindows?
    /// Whether windows kept per window add their sums exactly (``ValueSummary/addExactly(_:)``)
    /// rather than plainly: false, as always, in the product; the tests set it to compare a
    /// per-window operator with a pane-based one bit for bit. Panes always add exactly.
    var sumsExactly = false
    /// The window of the last event, for assigners of one window per event.
    private var lastWindow = TimeWindow(startMillis: 0, endMillis: 0)
    /// The pane of the last event, and the first and last windows containing it (with panes).
    private var lastPane = TimeWindow(startMillis: 0, endMillis: 0)
    private var lastPaneFirstWindow = TimeWindow(startMillis: 0, endMillis: 0)
    private var lastPaneLastWindow = TimeWindow(startMillis: 0, endMillis: 0)

    // MARK: Output
    /// Final (upserted) results of every fired window (when ``retainsResults``).
    public internal(set) var sink = UpsertSink()
    /// Whether fired results are kept in ``sink``. A long-running stream whose
    /// results go elsewhere sets this to false, so memory stays bounded by the
    /// open windows and the deduplication TTL; ``resultsEmitted`` still counts them.
    public var retainsResults = true
    /// Window results fired so far (including re-fires within the allowed lateness).
    public internal(set) var resultsEmitted = 0

    /// An operator; `deduplicationTTLMillis` nil remembers ids forever (batch).
    /// The lateness and the TTL must be at least 0 and at most
    /// ``EventTime/maximumDurationMillis``, as must the out-of-orderness bound.
    public init(
        assigner: Assigner, mode: ExecutionMode, allowedLatenessMillis: Int64 = 0, deduplicationTTLMillis: Int64? = nil,
        tracksDistinctValues: Bool = false
    ) throws(EngineError) {
        trigger = try EventTimeTrigger(allowedLatenessMillis: allowedLatenessMillis)
        time = try EventTimeBookkeeping(mode: mode, deduplicationTTLMillis: deduplicationTTLMillis)
        self.assigner = assigner
        self.tracksDistinctValues = tracksDistinctValues
        paneLayout = (assigner as? SlidingWindows).flatMap(PaneLayout.init)
        panes = paneLayout.map(PanedWindows.init(layout:))
    }

    // MARK: - Processing

    /// Processes one event, then advances the watermark (streaming mode).
    ///
    /// Specialized for the built-in assigners so callers in other modules do
    /// not run the generic (dynamically dispatched) version per event.
    @_specialize(exported: true, where Assigner == TumblingWindows)
    @_specialize(exported: true, where Assigner == SlidingWindows)
    public mutating func process(_ event: Event) {
        guard time.admit(event) else { return }
        if case .batch = mode { time.expireInBatch(after: event) }
        window(event)
    }

    /// Processes `events` in order, with the same results as ``process(_:)``
    /// one by one (a batch's chunk: one call, and one specialized loop, per chunk).
    @_specialize(exported: true, where Assigner == TumblingWindows)
    @_specialize(exported: true, where Assigner == SlidingWindows)
    public mutating func process(_ events: [Event]) {
        var chunk = events
        process(chunk: &chunk)
    }

    /// Processes `chunk` as ``process(_:)-([Event])`` does, using it as scratch space.
    ///
    /// In batch mode deduplication depends only on ids and event times, never
    /// on windows, so the chunk is deduplicated in one pass and windowed in a
    /// second: each pass is a tight loop over its own state.
    @_specialize(exported: true, where Assigner == TumblingWindows)
    @_specialize(exported: true, where Assigner == SlidingWindows)
    public mutating func process(chunk: inout [Event]) {
        guard case .batch = mode else {
            for event in chunk { process(event) }
            return
        }
        time.removeDuplicates(from: &chunk)
        window(chunk)
    }

    /// Windows events already deduplicated upstream, in order (the second
    /// stage of a ``BatchPipeline``).
    @_specialize(exported: true, where Assigner == TumblingWindows)
    @_specialize(exported: true, where Assigner == SlidingWindows)
    mutating func window(_ events: [Event]) {
        guard case .batch = mode, assigner.assignsOneWindow || paneLayout != nil, !tracksDistinctValues else {
            for event in events { window(event) }
            return
        }
        if let paneLayout {
            windowInPanes(events, layout: paneLayout)
            return
        }
        // Batch, one window per event: nothing is late and nothing fires before
        // the end, so a run of events in one window goes straight into its state.
        events.withUnsafeBufferPointer { events in
            var next = 0
            while next < events.count {
                let time = events[next].timestampMillis
                if time < lastWindow.startMillis || time >= lastWindow.endMillis { lastWindow = assigner.onlyWindow(containing: time) }
                let index = windows.index(of: lastWindow, firedAlready: false)
                let end = windows.addRun(events, from: next, at: index)
                // The run stops at an event of another window or a key beyond the dense array.
                if end == next {
                    window(events[next])
                    next += 1
                } else {
                    next = end
                }
            }
        }
    }

    /// Batch, panes: as for one window per event, a run of events in one pane goes straight into its state.
    private mutating func windowInPanes(_ events: [Event], layout: PaneLayout) {
        events.withUnsafeBufferPointer { events in
            var next = 0
            while next < events.count {
                locatePane(of: events[next].timestampMillis, layout: layout)
                let pane = lastPane
                let end = panes?.addRun(events, from: next, pane: pane) ?? next
                if end == next {
                    window(events[next])
                    next += 1
                } else {
                    next = end
                }
            }
        }
    }

    /// Windows an event known to be the first with its id (deduplicated here
    /// or upstream), then advances the watermark in streaming mode.
    @inline(__always)
    mutating func window(_ event: Event) {
        var isLate = true
        if assigner.assignsOneWindow {
            // Windows partition time: the last window found still holds most events.
            let time = event.timestampMillis
            if time < lastWindow.startMillis || time >= lastWindow.endMillis { lastWindow = assigner.onlyWindow(containing: time) }
            isLate = !accumulate(event, into: lastWindow, exactly: false)
        } else if let paneLayout {
            isLate = !accumulateInPane(event, layout: paneLayout)
        } else {
            assigner.forEachWindow(containing: event.timestampMillis) { window in
                if accumulate(event, into: window, exactly: sumsExactly) { isLate = false }
            }
        }
        if isLate { time.recordLate(event) }
        if let next = time.advancedWatermark(observing: event.timestampMillis) { advance(to: next) }
    }

    /// Makes ``lastPane`` the pane holding `timestampMillis` (reused while events stay in it).
    @inline(__always)
    private mutating func locatePane(of timestampMillis: Int64, layout: PaneLayout) {
        guard timestampMillis < lastPane.startMillis || timestampMillis >= lastPane.endMillis else { return }
        lastPane = layout.pane(containing: timestampMillis)
        lastPaneFirstWindow = layout.firstWindow(containingPaneAt: lastPane.startMillis)
        lastPaneLastWindow = layout.lastWindow(containingPaneAt: lastPane.startMillis)
    }

    /// Adds `event` to its pane unless the trigger has purged every window
    /// containing it (then it is late: false); re-fires the windows
    /// containing it that have fired and are not purged.
    @inline(__always)
    private mutating func accumulateInPane(_ event: Event, layout: PaneLayout) -> Bool {
        locatePane(of: event.timestampMillis, layout: layout)
        let watermark = time.watermark
        // The last window containing the pane is purged last: when it is, every window is.
        if trigger.result(for: lastPaneLastWindow, at: watermark).isPurge { return false }
        let pane = lastPane, trackingDistinct = tracksDistinctValues
        panes?.add(event.value, key: event.key, pane: pane, trackingDistinct: trackingDistinct)
        // The first window containing the pane fires first: until it has, no window needs more than the pane.
        if trigger.result(for: lastPaneFirstWindow, at: watermark).isFire { refire(event) }
        return true
    }

    /// An event behind the watermark: keeps the panes' folds in step and
    /// updates and re-fires every window containing it that has fired and is
    /// not purged (creating the ones that held no event when they fired).
    private mutating func refire(_ event: Event) {
        let paneStart = lastPane.startMillis
        panes?.refresh(key: event.key, paneAt: paneStart)
        let watermark = time.watermark
        let trigger = self.trigger
        assigner.forEachWindow(containing: event.timestampMillis) { window in
            let decision = trigger.result(for: window, at: watermark)
            guard decision.isFire, !decision.isPurge else { return }
            let index = windows.index(of: window, firedAlready: true)
            windows.add(event.value, key: event.key, at: index, trackingDistinct: tracksDistinctValues, exactly: true)
            if let aggregate = windows.states[index].aggregate(for: event.key) {
                emit(key: event.key, window: window, aggregate: aggregate)
            }
        }
    }

    /// Adds `event` to `window` unless the trigger has purged it; false when it has.
    @inline(__always)
    private mutating func accumulate(_ event: Event, into window: TimeWindow, exactly: Bool) -> Bool {
        let decision = trigger.result(for: window, at: time.watermark)
        if decision.isPurge { return false }
        let index = windows.index(of: window, firedAlready: decision.isFire)
        windows.add(event.value, key: event.key, at: index, trackingDistinct: tracksDistinctValues, exactly: exactly)
        // A fired window still within its lateness: fire again with the update.
        if decision.isFire {
            emit(key: event.key, window: window, aggregate: windows.states[index].aggregate(for: event.key)!)
        }
        return true
    }

    /// End of input: fires and purges every open window.
    public mutating func finish() {
        advance(to: .endOfInput)
    }

    /// Moves the watermark to `newWatermark`: fires the windows the trigger
    /// fires there (those ending at or before it), purges those it purges
    /// (past their lateness), and lets the deduplicator forget expired ids.
    @_specialize(exported: true, where Assigner == TumblingWindows)
    @_specialize(exported: true, where Assigner == SlidingWindows)
    public mutating func advance(to newWatermark: Watermark) {
        time.advance(to: newWatermark)
        let trigger = self.trigger
        if panes != nil {
            // The panes give the due windows in order of end, combined; those within their lateness stay whole.
            while let fired = panes?.fireNext(at: newWatermark, trigger: trigger) {
                emitAll(of: fired)
                if !trigger.result(for: fired.window, at: newWatermark).isPurge { windows.appendFired(fired) }
            }
            windows.purge { trigger.result(for: $0, at: newWatermark).isPurge }
            panes?.purge(at: newWatermark, trigger: trigger)
            return
        }
        // Windows are ordered by end, and both decisions are monotone in the end:
        // the windows to fire, and then to purge, are each a prefix.
        while let fired = windows.fireNext(while: { trigger.result(for: $0, at: newWatermark).isFire }) { emitAll(of: fired) }
        windows.purge { trigger.result(for: $0, at: newWatermark).isPurge }
    }

    // MARK: - Introspection

    /// Every window's latest aggregate: fired results and the partial
    /// aggregates of windows still open (what a speed layer serves).
    public var currentResults: [WindowResult] {
        var rows = sink.rows
        for state in windows.states {
            state.forEach { key, aggregate in rows[UpsertSink.RowKey(key: key, window: state.window)] = aggregate }
        }
        panes?.forEachUnfiredWindow { state in
            state.forEach { key, aggregate in rows[UpsertSink.RowKey(key: key, window: state.window)] = aggregate }
        }
        return rows.keys.sorted().map { WindowResult(key: $0.key, window: $0.window, aggregate: rows[$0]!) }
    }

    /// Open (not yet purged) state entries, for memory accounting and tests:
    /// (key, window) entries, plus (key, pane) entries for sliding windows kept per pane.
    public var openWindowCount: Int { windows.entryCount + (panes?.entryCount ?? 0) }

    /// Ids the deduplicator remembers now.
    public var rememberedIdCount: Int { time.deduplicator.rememberedCount }

    // MARK: - Event-time accounting (kept in ``time``)

    /// Streaming (watermark) or batch (bounded input).
    public var mode: ExecutionMode { time.mode }
    /// How long fired windows accept updates, milliseconds.
    public var allowedLatenessMillis: Int64 { trigger.allowedLatenessMillis }
    /// The watermark windows have been fired and purged against.
    public internal(set) var watermark: Watermark {
        get { time.watermark }
        set { time.watermark = newValue }
    }
    /// Events that arrived after all their windows were purged.
    public internal(set) var lateEvents: [Event] {
        get { time.lateEvents }
        set { time.lateEvents = newValue }
    }
    /// Events dropped because their id was already seen.
    public internal(set) var duplicatesDropped: Int {
        get { time.duplicatesDropped }
        set { time.duplicatesDropped = newValue }
    }
    /// Events processed (including duplicates and late ones).
    public internal(set) var eventsSeen: Int {
        get { time.eventsSeen }
        set { time.eventsSeen = newValue }
    }

    // MARK: - Internals

    @inline(__always)
    private mutating func emit(key: UInt32, window: TimeWindow, aggregate: Aggregate) {
        resultsEmitted += 1
        if retainsResults { sink.upsert(key: key, window: window, aggregate: aggregate) }
    }

    /// Emits every entry of a window that fires.
    private mutating func emitAll(of fired: WindowState) {
        resultsEmitted += fired.entryCount
        guard retainsResults else { return }
        // The closure writes a local sink, not `self`: a closure capturing the
        // generic operator would look up its type metadata for every row.
        var rows = sink
        sink = UpsertSink()
        fired.forEach { key, aggregate in rows.upsert(key: key, window: fired.window, aggregate: aggregate) }
        sink = rows
    }
}
