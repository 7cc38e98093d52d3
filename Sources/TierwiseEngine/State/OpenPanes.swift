/// The panes of sliding windows a ``WindowOperator`` holds state for, one
/// ``WindowState`` each, ascending by start. Events mostly land a few panes
/// from the pane of the event before, and the panes there are usually
/// contiguous, so the pane that many pane lengths away is tried first, then
/// the newest few, then a binary search. Panes are
/// purged from the front, when the last window containing them is: the
/// front moves and the storage is compacted only once half of it is purged,
/// so a purge does not shift the thousands of panes a long window holds.
struct OpenPanes: Sendable {
    /// The panes from ``front`` on, ascending by start (all of one length, so also by end).
    private var storage: [WindowState] = []
    /// The first live pane in ``storage``; those before it are purged (and empty).
    private var front = 0
    /// The index of the pane found last.
    private var lastIndex = 0
    /// The panes' length, milliseconds.
    let paneMillis: Int64

    /// No panes yet, for panes of `paneMillis` (positive).
    init(paneMillis: Int64) {
        self.paneMillis = paneMillis
    }

    /// Panes held.
    var count: Int { storage.count - front }

    /// The pane at `index` (0 is the earliest).
    subscript(index: Int) -> WindowState { storage[front + index] }

    /// The start of the pane at `index`, read in place (no copy of its state).
    @inline(__always)
    func startMillis(at index: Int) -> Int64 { storage[front + index].window.startMillis }

    /// The earliest pane, if any.
    var first: WindowState? { front < storage.count ? storage[front] : nil }

    /// Total entries (key, pane) over every pane.
    var entryCount: Int { storage[front...].reduce(0) { $0 + $1.entryCount } }

    /// Every pane, earliest first.
    var states: ArraySlice<WindowState> { storage[front...] }

    /// The index of `pane`'s state, created when missing, and whether it was created.
    @inline(__always)
    mutating func index(of pane: TimeWindow) -> (index: Int, created: Bool) {
        if lastIndex < count {
            let last = startMillis(at: lastIndex)
            if last == pane.startMillis { return (lastIndex, false) }
            // Where the pane is if the panes between are all there.
            let (distance, overflow) = pane.startMillis.subtractingReportingOverflow(last)
            if !overflow {
                let guess = lastIndex &+ Int(truncatingIfNeeded: distance / paneMillis)
                if guess >= 0 && guess < count && startMillis(at: guess) == pane.startMillis {
                    lastIndex = guess
                    return (guess, false)
                }
            }
        }
        // The newest panes first: most events are within the watermark's bound of the newest.
        var low = count
        var probe = count - 1
        while probe >= 0 && probe >= count - 8 {
            let start = startMillis(at: probe)
            if start < pane.startMillis { break }
            low = probe
            if start == pane.startMillis { break }
            probe -= 1
        }
        if probe >= 0 && probe < count - 8 { low = firstIndex(startingAtOrAfter: pane.startMillis) }
        var created = false
        if low == count || startMillis(at: low) != pane.startMillis {
            // Sized for the keys of the newest pane, within four slots per entry of it (as ``OpenWindows`` does).
            let capacity = storage.last.map { Swift.min($0.denseCapacity, Swift.max(WindowState.minimumDenseCapacity, 4 * $0.entryCount)) }
            storage.insert(WindowState(window: pane, denseCapacity: capacity ?? WindowState.minimumDenseCapacity), at: front + low)
            created = true
        }
        lastIndex = low
        return (low, created)
    }

    /// The index of the first pane starting at or after `millis` (``count`` when none does).
    func firstIndex(startingAtOrAfter millis: Int64) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if startMillis(at: middle) < millis { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The indices of the panes starting in [`start`, `end`).
    func indices(startingIn start: Int64, _ end: Int64) -> Range<Int> {
        let low = firstIndex(startingAtOrAfter: start)
        return low..<Swift.max(low, firstIndex(startingAtOrAfter: end))
    }

    /// Adds `value` to (key, the pane at `index`), the sum exactly (panes are combined).
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, at index: Int, trackingDistinct: Bool) {
        storage[front + index].add(value, key: key, trackingDistinct: trackingDistinct, exactly: true)
    }

    /// Adds the events of `events` from `start` on to the pane at `index` while
    /// they fall in it and their keys are in its dense array; returns where it stopped.
    @inline(__always)
    mutating func addRun(_ events: UnsafeBufferPointer<Event>, from start: Int, at index: Int) -> Int {
        storage[front + index].addRun(events, from: start, exactly: true)
    }

    /// Drops panes from the front while `isExpired` holds for the earliest; returns how many.
    @discardableResult
    mutating func purge(while isExpired: (TimeWindow) -> Bool) -> Int {
        var purged = 0
        while front < storage.count, isExpired(storage[front].window) {
            // Frees the pane's arrays now; the slot goes when the storage is compacted.
            storage[front] = WindowState(window: storage[front].window, denseCapacity: 0)
            front += 1
            purged += 1
        }
        if purged > 0 {
            if front == storage.count {
                storage.removeAll(keepingCapacity: true)
                front = 0
            } else if front >= storage.count / 2 {
                storage.removeFirst(front)
                front = 0
            }
            lastIndex = 0
        }
        return purged
    }

    /// Restores one entry (from a checkpoint).
    mutating func set(_ aggregate: Aggregate, key: UInt32, pane: TimeWindow) {
        let index = index(of: pane).index
        storage[front + index].set(aggregate, for: key)
    }
}
