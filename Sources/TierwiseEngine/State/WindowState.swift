/// The aggregates of one open window, by key.
///
/// Keys are interned to small integers (``KeyDictionary``), so most live in a
/// dense array indexed by the key itself: adding an event is one indexed
/// update, with no hashing or probing. A key the dense array does not reach
/// goes to a ``KeyedAggregateTable`` instead, unless growing the array to
/// reach it stays cheap: the array may grow to a power of two of at most
/// four times the window's entries (and at least ``minimumDenseCapacity``),
/// so memory stays proportional to the entries whatever the keys are. When the
/// array grows, sparse entries it now reaches move into it.
struct WindowState: Sendable {
    /// Dense capacity any window may use, whatever its entry count.
    static let minimumDenseCapacity = 64

    /// The window this state belongs to.
    let window: TimeWindow
    /// Aggregates indexed by key; a count of 0 marks an absent key.
    private var dense: [Aggregate]
    /// Aggregates of keys at or beyond `dense.count`.
    private var sparse = KeyedAggregateTable()
    /// Keys with an aggregate.
    private(set) var entryCount = 0
    /// Whether this window has fired (it may still take updates within its lateness).
    var hasFired = false

    /// An empty state for `window` whose dense array starts with `denseCapacity` keys.
    init(window: TimeWindow, denseCapacity: Int) {
        self.window = window
        dense = [Aggregate](repeating: Aggregate(), count: denseCapacity)
    }

    /// Keys the dense array reaches (a hint for the next window's size).
    var denseCapacity: Int { dense.count }

    /// Adds `value` to `key`'s aggregate, creating it (with a distinct sketch
    /// when `trackingDistinct`).
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, trackingDistinct: Bool) {
        let index = Int(key)
        if index < dense.count || growDense(toReach: index) {
            dense.withUnsafeMutableBufferPointer { aggregates in
                if aggregates[index].count == 0 {
                    entryCount += 1
                    if trackingDistinct { aggregates[index] = Aggregate(trackingDistinctValues: true) }
                }
                aggregates[index].add(value)
            }
        } else if sparse.add(value, key: key, empty: Aggregate(trackingDistinctValues: trackingDistinct)) {
            entryCount += 1
        }
    }

    /// `key`'s aggregate, if any.
    func aggregate(for key: UInt32) -> Aggregate? {
        let index = Int(key)
        if index < dense.count { return dense[index].count == 0 ? nil : dense[index] }
        return sparse.aggregate(for: key)
    }

    /// Sets `key`'s aggregate (restoring a checkpoint). An empty aggregate
    /// stands for no entry and is ignored.
    mutating func set(_ aggregate: Aggregate, for key: UInt32) {
        guard aggregate.count > 0 else { return }
        let index = Int(key)
        if index < dense.count || growDense(toReach: index) {
            if dense[index].count == 0 { entryCount += 1 }
            dense[index] = aggregate
        } else {
            if sparse.aggregate(for: key) == nil { entryCount += 1 }
            sparse.set(aggregate, for: key)
        }
    }

    /// Every entry: dense keys ascending, then sparse keys in slot order.
    func forEach(_ body: (UInt32, Aggregate) -> Void) {
        dense.withUnsafeBufferPointer { aggregates in
            for index in aggregates.indices where aggregates[index].count > 0 {
                body(UInt32(truncatingIfNeeded: index), aggregates[index])
            }
        }
        sparse.forEach(body)
    }

    /// Grows the dense array to reach `index` when that stays within four
    /// times the entries; false when `index` must stay sparse.
    private mutating func growDense(toReach index: Int) -> Bool {
        var capacity = Swift.max(dense.count, 16)
        while capacity <= index { capacity <<= 1 }
        guard capacity <= Swift.max(Self.minimumDenseCapacity, 4 * (entryCount + 1)) else { return false }
        dense.append(contentsOf: repeatElement(Aggregate(), count: capacity - dense.count))
        if sparse.count > 0 {
            let moving = sparse
            sparse = KeyedAggregateTable()
            moving.forEach { key, aggregate in
                if Int(key) < capacity { dense[Int(key)] = aggregate } else { sparse.set(aggregate, for: key) }
            }
        }
        return true
    }
}
