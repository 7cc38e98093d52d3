/// The aggregates of one open window (or pane, or run of panes), by key.
///
/// The exact figures are plain ``ValueSummary`` values; distinct-value
/// sketches, when tracked, live beside them in a dictionary, so the common
/// case never pays for them.
///
/// Keys are interned to small integers (``KeyDictionary``), so most live in a
/// dense array indexed by the key itself: adding an event is one indexed
/// update, with no hashing or probing. A key the dense array does not reach
/// goes to a ``KeyedSummaryTable`` instead, unless growing the array to
/// reach it stays cheap: the array may grow to a power of two of at most
/// four times the window's entries (and at least ``minimumDenseCapacity``),
/// so memory stays proportional to the entries whatever the keys are. When the
/// array grows, sparse entries it now reaches move into it.
struct WindowState: Sendable {
    /// Dense capacity any window may use, whatever its entry count.
    static let minimumDenseCapacity = 64

    /// The window this state belongs to.
    let window: TimeWindow
    /// Summaries indexed by key; a count of 0 marks an absent key.
    private var dense: [ValueSummary]
    /// Summaries of keys at or beyond `dense.count`.
    private var sparse = KeyedSummaryTable()
    /// Distinct-value sketches by key, when tracked.
    private var sketches: [UInt32: HyperLogLog] = [:]
    /// Keys with an aggregate.
    private(set) var entryCount = 0

    /// An empty state for `window` whose dense array starts with `denseCapacity` keys.
    init(window: TimeWindow, denseCapacity: Int) {
        self.window = window
        dense = [ValueSummary](repeating: ValueSummary(), count: denseCapacity)
    }

    /// The entries of `other` under the label `window` (a run of panes combined into a window).
    init(relabeling other: WindowState, as window: TimeWindow) {
        self.window = window
        dense = other.dense
        sparse = other.sparse
        sketches = other.sketches
        entryCount = other.entryCount
    }

    /// Keys the dense array reaches (a hint for the next window's size).
    var denseCapacity: Int { dense.count }

    /// Adds `value` to `key`'s aggregate, creating it (with a distinct sketch
    /// when `trackingDistinct`); the sum exactly or plainly (``ValueSummary``).
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, trackingDistinct: Bool, exactly: Bool = false) {
        let index = Int(key)
        if index < dense.count || growDense(toReach: index) {
            dense.withUnsafeMutableBufferPointer { summaries in
                if summaries[index].count == 0 { entryCount += 1 }
                summaries[index].add(value, exactly: exactly)
            }
        } else if sparse.add(value, key: key, exactly: exactly) {
            entryCount += 1
        }
        if trackingDistinct { sketches[key, default: HyperLogLog()].add(value) }
    }

    /// Adds the events of `events` from `start` on while they fall in this
    /// window and their keys are in the dense array (no distinct sketches;
    /// sums exactly or plainly); returns the index of the first event not added.
    @inline(__always)
    mutating func addRun(_ events: UnsafeBufferPointer<Event>, from start: Int, exactly: Bool = false) -> Int {
        var next = start
        let window = self.window
        var added = 0
        dense.withUnsafeMutableBufferPointer { summaries in
            while next < events.count {
                let event = events[next]
                let index = Int(event.key)
                guard event.timestampMillis >= window.startMillis && event.timestampMillis < window.endMillis,
                      index < summaries.count else { break }
                if summaries[index].count == 0 { added += 1 }
                summaries[index].add(event.value, exactly: exactly)
                next += 1
            }
        }
        entryCount += added
        return next
    }

    /// `key`'s aggregate, if any.
    func aggregate(for key: UInt32) -> Aggregate? {
        let index = Int(key)
        let summary = index < dense.count ? dense[index] : sparse.summary(for: key) ?? ValueSummary()
        return summary.count == 0 ? nil : Aggregate(summary: summary, distinctSketch: sketches[key])
    }

    /// Sets `key`'s aggregate (restoring a checkpoint). An empty aggregate
    /// stands for no entry and is ignored.
    mutating func set(_ aggregate: Aggregate, for key: UInt32) {
        guard aggregate.count > 0 else { return }
        let index = Int(key)
        if index < dense.count || growDense(toReach: index) {
            if dense[index].count == 0 { entryCount += 1 }
            dense[index] = aggregate.summary
        } else {
            if sparse.summary(for: key) == nil { entryCount += 1 }
            sparse.set(aggregate.summary, for: key)
        }
        sketches[key] = aggregate.distinctSketch
    }

    /// Merges every entry of `other` into this state's, sums exactly
    /// (``ValueSummary/mergeExactly(_:)``), sketches register by register: the
    /// state then aggregates the values of both (combining panes).
    mutating func merge(_ other: WindowState) {
        // Grow once to reach the other's dense keys when the memory rule allows it
        // (the result has at least as many entries as the larger of the two).
        if other.dense.count > dense.count {
            _ = growDense(toReach: other.dense.count - 1, entries: Swift.max(entryCount, other.entryCount))
        }
        let common = Swift.min(dense.count, other.dense.count)
        var added = 0
        dense.withUnsafeMutableBufferPointer { mine in
            other.dense.withUnsafeBufferPointer { theirs in
                for index in 0..<common where theirs[index].count > 0 {
                    if mine[index].count == 0 { added += 1 }
                    mine[index].mergeExactly(theirs[index])
                }
            }
        }
        entryCount += added
        for index in common..<other.dense.count where other.dense[index].count > 0 {
            merge(other.dense[index], key: UInt32(truncatingIfNeeded: index))
        }
        other.sparse.forEach { key, summary in merge(summary, key: key) }
        for (key, sketch) in other.sketches {
            if sketches[key] == nil { sketches[key] = sketch } else { sketches[key]?.merge(sketch) }
        }
    }

    /// Merges `summary` into `key`'s entry, creating it.
    private mutating func merge(_ summary: ValueSummary, key: UInt32) {
        let index = Int(key)
        if index < dense.count || growDense(toReach: index) {
            if dense[index].count == 0 { entryCount += 1 }
            dense[index].mergeExactly(summary)
        } else {
            var merged = sparse.summary(for: key) ?? ValueSummary()
            if merged.count == 0 { entryCount += 1 }
            merged.mergeExactly(summary)
            sparse.set(merged, for: key)
        }
    }

    /// Every entry: dense keys ascending, then sparse keys in slot order.
    func forEach(_ body: (UInt32, Aggregate) -> Void) {
        dense.withUnsafeBufferPointer { summaries in
            for index in summaries.indices where summaries[index].count > 0 {
                let key = UInt32(truncatingIfNeeded: index)
                body(key, Aggregate(summary: summaries[index], distinctSketch: sketches.isEmpty ? nil : sketches[key]))
            }
        }
        sparse.forEach { key, summary in
            body(key, Aggregate(summary: summary, distinctSketch: sketches.isEmpty ? nil : sketches[key]))
        }
    }

    /// Grows the dense array to reach `index` when that stays within four
    /// times the entries (`entries`, or the current ones plus the one being
    /// added); false when `index` must stay sparse.
    private mutating func growDense(toReach index: Int, entries: Int? = nil) -> Bool {
        var capacity = Swift.max(dense.count, 16)
        while capacity <= index { capacity <<= 1 }
        guard capacity <= Swift.max(Self.minimumDenseCapacity, 4 * (entries ?? entryCount + 1)) else { return false }
        dense.append(contentsOf: repeatElement(ValueSummary(), count: capacity - dense.count))
        if sparse.count > 0 {
            let moving = sparse
            sparse = KeyedSummaryTable()
            moving.forEach { key, summary in
                if Int(key) < capacity { dense[Int(key)] = summary } else { sparse.set(summary, for: key) }
            }
        }
        return true
    }
}
