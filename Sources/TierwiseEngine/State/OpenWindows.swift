/// The windows a ``WindowOperator`` holds state for, ordered by end (then
/// start): those that have fired form a prefix, so firing and purging walk
/// from the front. Sliding windows kept in panes hold only their fired
/// windows here, until they are purged. Aligned windows are few at a time and events mostly hit
/// the window of the event before, so the last window found is tried first.
struct OpenWindows: Sendable {
    /// The windows, ascending by (end, start).
    private(set) var states: [WindowState] = []
    /// How many windows (a prefix of ``states``) have fired.
    private(set) var firedCount = 0
    private var lastIndex = 0

    /// Total entries (key, window) over every window.
    var entryCount: Int { states.reduce(0) { $0 + $1.entryCount } }

    /// The index of `window`'s state, created when missing; `firedAlready`
    /// marks a new window as fired (created behind the watermark, within its lateness).
    @inline(__always)
    mutating func index(of window: TimeWindow, firedAlready: @autoclosure () -> Bool) -> Int {
        if lastIndex < states.count && states[lastIndex].window == window { return lastIndex }
        var low = 0, high = states.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(states[middle].window, window) { low = middle + 1 } else { high = middle }
        }
        if low == states.count || states[low].window != window {
            // Size a new window for the keys of the newest one (windows of one stream see similar
            // keys), within the four-slots-per-entry bound that keeps memory proportional to entries.
            let capacity = states.last.map { Swift.min($0.denseCapacity, Swift.max(WindowState.minimumDenseCapacity, 4 * $0.entryCount)) }
            states.insert(WindowState(window: window, denseCapacity: capacity ?? WindowState.minimumDenseCapacity), at: low)
            // All windows ending at or before the watermark have fired, so one created there joins the fired prefix.
            if firedAlready() { firedCount += 1 }
        }
        lastIndex = low
        return low
    }

    /// Adds `value` to (key, the window at `index`), the sum exactly or plainly.
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, at index: Int, trackingDistinct: Bool, exactly: Bool = false) {
        states[index].add(value, key: key, trackingDistinct: trackingDistinct, exactly: exactly)
    }

    /// Adds the events of `events` from `start` on to the window at `index`
    /// while they fall in it and their keys are in its dense array; returns
    /// where it stopped.
    @inline(__always)
    mutating func addRun(_ events: UnsafeBufferPointer<Event>, from start: Int, at index: Int) -> Int {
        states[index].addRun(events, from: start)
    }

    /// Appends `state`, a window that has just fired and ends after every
    /// window held (the panes fire windows in order of end).
    mutating func appendFired(_ state: WindowState) {
        precondition(firedCount == states.count && states.last.map { !Self.precedes(state.window, $0.window) } ?? true,
                     "windows are appended fired, in order of end")
        states.append(state)
        firedCount += 1
    }

    /// The unfired window with the earliest end, if `isDue` holds for it; marks it fired.
    /// `isDue` must hold for a prefix of the windows in order of end (as a trigger's firing rule does).
    mutating func fireNext(while isDue: (TimeWindow) -> Bool) -> WindowState? {
        guard firedCount < states.count, isDue(states[firedCount].window) else { return nil }
        firedCount += 1
        return states[firedCount - 1]
    }

    /// Drops fired windows while `isExpired` holds for the earliest; returns how many.
    @discardableResult
    mutating func purge(while isExpired: (TimeWindow) -> Bool) -> Int {
        var purged = 0
        while purged < firedCount, isExpired(states[purged].window) { purged += 1 }
        if purged > 0 {
            states.removeFirst(purged)
            firedCount -= purged
            lastIndex = 0
        }
        return purged
    }

    /// Restores one entry (from a checkpoint).
    mutating func set(_ aggregate: Aggregate, key: UInt32, window: TimeWindow, fired: Bool) {
        let index = index(of: window, firedAlready: fired)
        states[index].set(aggregate, for: key)
    }

    private static func precedes(_ lhs: TimeWindow, _ rhs: TimeWindow) -> Bool {
        (lhs.endMillis, lhs.startMillis) < (rhs.endMillis, rhs.startMillis)
    }
}
