/// Combines panes into the aggregates of sliding windows fired in order of
/// start, at a cost per window that does not grow with the panes it spans.
///
/// Time is cut into blocks one window long, aligned to the epoch; a window
/// starts in one block and ends in the next (or fills one). Its aggregate is
///
///     suffix(start) ⊕ back
///
/// where `suffix(p)` folds the block's panes from its end back to pane `p`
/// (computed for the whole block when the first window starting in it fires:
/// one merge per pane) and `back` folds the next block's panes in order of
/// start, up to the window's end (extended by the panes the window moved
/// over: one merge per slide). A window therefore costs about three merges
/// of a pane's entries per pane of slide, plus the merges of its block spread
/// over the windows starting in it: the same whatever the number of windows
/// per event.
///
/// Every figure here is a function of the panes' contents alone, not of
/// when they were computed: an event that lands in a pane already folded
/// (behind the watermark, within the allowed lateness) refolds that key's
/// entries the same way (``refresh(key:paneAt:panes:)``), and a restored
/// operator rebuilds the same figures from its panes. So results do not
/// depend on checkpoints, even where sums are not exact (``ValueSummary``).
struct PaneCombiner: Sendable {
    /// Whether ``suffixes`` and ``back`` hold the block of ``lastStart``.
    private var isActive = false
    /// Start of the last window combined; panes before it are never combined again.
    private var lastStart: Int64 = 0
    /// End of the block the last window started in.
    private var blockEnd: Int64 = 0
    /// For each pane from ``lastStart`` to ``blockEnd``, descending by start
    /// (so the next window drops entries from the end): the pane and every
    /// later pane of the block, folded from the block's end back to it.
    private var suffixes: [WindowState] = []
    /// The panes from ``blockEnd`` to ``foldedEnd``, folded in order of start (nil: none yet).
    private var back: WindowState?
    /// End of the last window combined: the panes before it are folded.
    private var foldedEnd: Int64 = 0

    /// Forgets everything (the figures are rebuilt from the panes when the next window fires).
    mutating func reset() { self = PaneCombiner() }

    /// The aggregates of `window` (which starts at or after every window
    /// combined before) from the panes it spans in `panes`.
    mutating func combine(_ window: TimeWindow, layout: PaneLayout, panes: OpenPanes) -> WindowState {
        let start = window.startMillis
        let end = layout.blockEnd(ofWindowAt: start)
        if isActive && end == blockEnd && start >= lastStart && window.endMillis >= foldedEnd {
            while let last = suffixes.last, last.window.startMillis < start { suffixes.removeLast() }
        } else {
            enterBlock(at: start, blockEnd: end, panes: panes)
        }
        lastStart = start
        fold(upTo: window.endMillis, panes: panes)
        var result: WindowState
        if let first = suffixes.last {
            result = WindowState(relabeling: first, as: window)
            if let back { result.merge(back) }
        } else if let back {
            result = WindowState(relabeling: back, as: window)
        } else {
            result = WindowState(window: window, denseCapacity: WindowState.minimumDenseCapacity)
        }
        return result
    }

    /// Refolds `key`'s entries after an event for it landed in the pane
    /// starting at `paneStart` (already added there), if that pane is folded.
    mutating func refresh(key: UInt32, paneAt paneStart: Int64, panes: OpenPanes) {
        guard isActive, paneStart < foldedEnd, paneStart >= lastStart else { return }
        if paneStart >= blockEnd {
            let range = panes.indices(startingIn: blockEnd, foldedEnd)
            guard back != nil else {
                // No pane was there when they were folded: fold them now (the one just created, in fact).
                for index in range { fold(panes[index]) }
                return
            }
            var folded = Aggregate()
            for index in range { if let aggregate = panes[index].aggregate(for: key) { folded.mergeExactly(aggregate) } }
            back?.set(folded, for: key)
            return
        }
        // The entries are descending by start: find the pane's, or where it goes.
        var low = 0, high = suffixes.count
        while low < high {
            let middle = (low + high) / 2
            if suffixes[middle].window.startMillis > paneStart { low = middle + 1 } else { high = middle }
        }
        var first = low
        if low == suffixes.count || suffixes[low].window.startMillis != paneStart {
            // A pane new since the block's fold: its entry folds it onto the next later pane's.
            let index = panes.firstIndex(startingAtOrAfter: paneStart)
            guard index < panes.count, panes.startMillis(at: index) == paneStart else { return }
            let pane = panes[index]
            var entry = pane
            if low > 0 {
                entry = WindowState(relabeling: suffixes[low - 1], as: pane.window)
                entry.merge(pane)
            }
            suffixes.insert(entry, at: low)
            first = low + 1
        }
        // Every earlier pane's entry folds this one in: refold the key in each, as the block's fold did.
        var paneIndex = panes.firstIndex(startingAtOrAfter: first < suffixes.count ? suffixes[first].window.startMillis : blockEnd)
        for position in first..<suffixes.count {
            let start = suffixes[position].window.startMillis
            if !(0..<panes.count).contains(paneIndex) || panes.startMillis(at: paneIndex) != start {
                paneIndex = panes.firstIndex(startingAtOrAfter: start)
            }
            var folded = position > 0 ? suffixes[position - 1].aggregate(for: key) ?? Aggregate() : Aggregate()
            if (0..<panes.count).contains(paneIndex), panes.startMillis(at: paneIndex) == start,
               let aggregate = panes[paneIndex].aggregate(for: key) {
                folded.mergeExactly(aggregate)
            }
            suffixes[position].set(folded, for: key)
            paneIndex -= 1
        }
    }

    // MARK: - Internals

    /// Starts the block ending at `end` from the window starting at `start`:
    /// folds its panes from the end back to `start`.
    private mutating func enterBlock(at start: Int64, blockEnd end: Int64, panes: OpenPanes) {
        isActive = true
        blockEnd = end
        suffixes.removeAll(keepingCapacity: true)
        var later: WindowState?
        for index in panes.indices(startingIn: start, end).reversed() {
            let pane = panes[index]
            var entry = pane
            if let later {
                entry = WindowState(relabeling: later, as: pane.window)
                entry.merge(pane)
            }
            suffixes.append(entry)
            later = entry
        }
        back = nil
        foldedEnd = end
    }

    /// Folds the panes from ``foldedEnd`` up to `end` into ``back``.
    private mutating func fold(upTo end: Int64, panes: OpenPanes) {
        guard end > foldedEnd else { return }
        for index in panes.indices(startingIn: foldedEnd, end) { fold(panes[index]) }
        foldedEnd = end
    }

    /// Folds `pane` into ``back``, after the panes folded before it.
    private mutating func fold(_ pane: WindowState) {
        if back == nil { back = pane } else { back?.merge(pane) }
    }
}
