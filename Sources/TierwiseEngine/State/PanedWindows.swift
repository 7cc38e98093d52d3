/// The state of sliding windows kept per pane (``PaneLayout``): an event adds
/// to one pane, and a window's aggregates are combined from its panes when
/// the watermark reaches its end (``PaneCombiner``). What it fires is what
/// per-window state would fire: the same windows, in order of end, with the
/// same keys and the same aggregates (sums added exactly, see ``ValueSummary``).
///
/// A window fires when the watermark passes its end if it holds an event
/// then, i.e. if one of its panes exists; windows are visited in order of
/// start, jumping over those without panes. Fired windows that stay within
/// the allowed lateness are kept by the operator as whole windows, so a
/// late event updates and re-fires them one by one, as before.
struct PanedWindows: Sendable {
    /// The panes' and windows' geometry.
    let layout: PaneLayout
    /// The panes, ascending by start.
    private(set) var panes: OpenPanes
    /// Folds of the panes, for the next windows to fire.
    private var combiner = PaneCombiner()
    /// The earliest window start that may still fire as the watermark
    /// advances: every earlier window has fired, or held no event when the
    /// watermark passed its end (an event for it later goes to the fired
    /// windows, not here). After each advance, the first unfired start.
    private(set) var nextStart: Int64 = .min
    /// No window starts after the last one fired (times at the top of `Int64`).
    private var isExhausted = false
    /// The next window to fire: the earliest from ``nextStart`` on that
    /// contains a pane (nil: none); recomputed when ``candidateIsStale``.
    private var candidate: TimeWindow?
    private var candidateIsStale = false
    /// The first pane and the last window containing it, whose purge purges it.
    private var purgeWatch: (pane: TimeWindow, lastWindow: TimeWindow)?

    /// Empty state for windows of `layout`.
    init(layout: PaneLayout) {
        self.layout = layout
        panes = OpenPanes(paneMillis: layout.paneMillis)
    }

    /// Entries (key, pane) over every pane.
    var entryCount: Int { panes.entryCount }

    // MARK: - Events

    /// Adds `value` to (key, `pane`).
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, pane: TimeWindow, trackingDistinct: Bool) {
        let index = locate(pane)
        panes.add(value, key: key, at: index, trackingDistinct: trackingDistinct)
    }

    /// Adds the events of `events` from `start` on to `pane` while they fall
    /// in it and their keys are in its dense array; returns where it stopped.
    @inline(__always)
    mutating func addRun(_ events: UnsafeBufferPointer<Event>, from start: Int, pane: TimeWindow) -> Int {
        let index = locate(pane)
        return panes.addRun(events, from: start, at: index)
    }

    /// Keeps the folds in step after an event for `key` landed in the pane
    /// starting at `paneStart` behind the watermark.
    mutating func refresh(key: UInt32, paneAt paneStart: Int64) {
        combiner.refresh(key: key, paneAt: paneStart, panes: panes)
    }

    // MARK: - Watermark

    /// The next window due at `watermark` (the trigger fires it), with its
    /// aggregates combined from its panes; nil when none is due.
    mutating func fireNext(at watermark: Watermark, trigger: EventTimeTrigger) -> WindowState? {
        if candidateIsStale { findCandidate() }
        guard let window = candidate, trigger.result(for: window, at: watermark).isFire else {
            // Every window ending at or before the watermark has now been passed.
            if !isExhausted, trigger.result(for: layout.window(startingAt: nextStart), at: watermark).isFire {
                nextStart = Swift.max(nextStart, layout.firstUnfiredStart(atWatermark: watermark.millis))
            }
            return nil
        }
        let state = combiner.combine(window, layout: layout, panes: panes)
        let (next, overflow) = window.startMillis.addingReportingOverflow(layout.slideMillis)
        if overflow { isExhausted = true } else { nextStart = next }
        candidateIsStale = true
        return state
    }

    /// Drops the panes whose last window the trigger purges at `watermark`.
    mutating func purge(at watermark: Watermark, trigger: EventTimeTrigger) {
        guard let first = panes.first else { return }
        if purgeWatch?.pane != first.window {
            purgeWatch = (first.window, layout.lastWindow(containingPaneAt: first.window.startMillis))
        }
        guard let watch = purgeWatch, trigger.result(for: watch.lastWindow, at: watermark).isPurge else { return }
        let layout = self.layout
        panes.purge { trigger.result(for: layout.lastWindow(containingPaneAt: $0.startMillis), at: watermark).isPurge }
        purgeWatch = nil
    }

    // MARK: - Introspection and checkpoints

    /// Calls `body` with every window that has not fired and holds an event,
    /// in order of start, with its aggregates so far.
    func forEachUnfiredWindow(_ body: (WindowState) -> Void) {
        var combiner = PaneCombiner()
        var start = nextStart
        while !isExhausted {
            let index = panes.firstIndex(startingAtOrAfter: start)
            guard index < panes.count else { return }
            let first = layout.firstWindow(containingPaneAt: panes.startMillis(at: index)).startMillis
            let window = layout.window(startingAt: Swift.max(start, first))
            body(combiner.combine(window, layout: layout, panes: panes))
            let (next, overflow) = window.startMillis.addingReportingOverflow(layout.slideMillis)
            if overflow { return }
            start = next
        }
    }

    /// Restores one pane entry (from a checkpoint).
    mutating func set(_ aggregate: Aggregate, key: UInt32, pane: TimeWindow) {
        panes.set(aggregate, key: key, pane: pane)
        candidateIsStale = true
        purgeWatch = nil
    }

    /// After restoring the panes: the windows ending at or before `watermark`
    /// have fired (as after the operator advanced to it), the folds are rebuilt
    /// when the next window fires.
    mutating func restore(watermark: Watermark) {
        nextStart = watermark == .start ? .min : layout.firstUnfiredStart(atWatermark: watermark.millis)
        isExhausted = false
        combiner.reset()
        candidateIsStale = true
        purgeWatch = nil
    }

    // MARK: - Internals

    /// The index of `pane`'s state, created when missing (a new pane may hold the next window to fire).
    @inline(__always)
    private mutating func locate(_ pane: TimeWindow) -> Int {
        let (index, created) = panes.index(of: pane)
        if created {
            candidateIsStale = true
            if index == 0 { purgeWatch = nil }
        }
        return index
    }

    /// The earliest window from ``nextStart`` on that contains a pane.
    private mutating func findCandidate() {
        candidateIsStale = false
        candidate = nil
        guard !isExhausted else { return }
        let index = panes.firstIndex(startingAtOrAfter: nextStart)
        guard index < panes.count else { return }
        // The first window containing the pane, unless it starts before `nextStart` (then that one does).
        let first = layout.firstWindow(containingPaneAt: panes.startMillis(at: index)).startMillis
        candidate = layout.window(startingAt: Swift.max(nextStart, first))
    }
}
