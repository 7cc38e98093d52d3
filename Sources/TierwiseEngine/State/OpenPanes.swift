/// The panes of sliding windows a ``WindowOperator`` holds state for, one
/// ``WindowState`` each, ascending by start. Events mostly land in the pane
/// of the event before, so the last pane found is tried first; panes are
/// purged from the front, when the last window containing them is.
struct OpenPanes: Sendable {
    /// The panes, ascending by start (all of one length, so also by end).
    private(set) var states: [WindowState] = []
    private var lastIndex = 0

    /// Total entries (key, pane) over every pane.
    var entryCount: Int { states.reduce(0) { $0 + $1.entryCount } }

    /// The index of `pane`'s state, created when missing, and whether it was created.
    @inline(__always)
    mutating func index(of pane: TimeWindow) -> (index: Int, created: Bool) {
        if lastIndex < states.count && states[lastIndex].window == pane { return (lastIndex, false) }
        let low = firstIndex(startingAtOrAfter: pane.startMillis)
        var created = false
        if low == states.count || states[low].window != pane {
            // Sized for the keys of the newest pane, within four slots per entry of it (as ``OpenWindows`` does).
            let capacity = states.last.map { Swift.min($0.denseCapacity, Swift.max(WindowState.minimumDenseCapacity, 4 * $0.entryCount)) }
            states.insert(WindowState(window: pane, denseCapacity: capacity ?? WindowState.minimumDenseCapacity), at: low)
            created = true
        }
        lastIndex = low
        return (low, created)
    }

    /// The index of the first pane starting at or after `millis` (`states.count` when none does).
    func firstIndex(startingAtOrAfter millis: Int64) -> Int {
        var low = 0, high = states.count
        while low < high {
            let middle = (low + high) / 2
            if states[middle].window.startMillis < millis { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The indices of the panes starting in [`start`, `end`).
    func indices(startingIn start: Int64, _ end: Int64) -> Range<Int> {
        let low = firstIndex(startingAtOrAfter: start)
        return low..<Swift.max(low, firstIndex(startingAtOrAfter: end))
    }

    /// Adds `value` to (key, the pane at `index`).
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, at index: Int, trackingDistinct: Bool) {
        states[index].add(value, key: key, trackingDistinct: trackingDistinct)
    }

    /// Adds the events of `events` from `start` on to the pane at `index` while
    /// they fall in it and their keys are in its dense array; returns where it stopped.
    @inline(__always)
    mutating func addRun(_ events: UnsafeBufferPointer<Event>, from start: Int, at index: Int) -> Int {
        states[index].addRun(events, from: start)
    }

    /// Drops panes from the front while `isExpired` holds for the earliest; returns how many.
    @discardableResult
    mutating func purge(while isExpired: (TimeWindow) -> Bool) -> Int {
        var purged = 0
        while purged < states.count, isExpired(states[purged].window) { purged += 1 }
        if purged > 0 {
            states.removeFirst(purged)
            lastIndex = 0
        }
        return purged
    }

    /// Restores one entry (from a checkpoint).
    mutating func set(_ aggregate: Aggregate, key: UInt32, pane: TimeWindow) {
        let index = index(of: pane).index
        states[index].set(aggregate, for: key)
    }
}
