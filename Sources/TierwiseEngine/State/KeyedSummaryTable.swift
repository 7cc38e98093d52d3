/// Value summaries by key for keys too sparse for a dense array: open addressing
/// (``OpenAddressingSlots``) with the summaries in an array beside the keys,
/// no per-entry allocation. Insert-only: a window's state is dropped whole
/// when the window is purged.
struct KeyedSummaryTable: Sendable {
    // MARK: - Storage

    /// Where each key is.
    private var slots: OpenAddressingSlots<UInt32>
    /// The summary of each occupied slot.
    private var summaries: [ValueSummary]

    /// Keys with a summary.
    var count: Int { slots.count }

    /// An empty table expecting about `capacity` keys.
    init(capacity: Int = 8) {
        slots = OpenAddressingSlots(forCount: capacity)
        summaries = [ValueSummary](repeating: ValueSummary(), count: slots.capacity)
    }

    // MARK: - Lookup and update

    /// The summary of `key`, if any.
    func summary(for key: UInt32) -> ValueSummary? {
        let slot = slots.find(key)
        return slot.isFound ? summaries[slot.index] : nil
    }

    /// Adds `value` to `key`'s summary (the sum exactly or plainly), creating it; true when it was created.
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, exactly: Bool = false) -> Bool {
        let slot = slots.find(key)
        if slot.isFound {
            summaries[slot.index].add(value, exactly: exactly)
            return false
        }
        var summary = ValueSummary()
        summary.add(value, exactly: exactly)
        place(summary, key: key, at: slot.index)
        return true
    }

    /// Sets `key`'s summary, replacing any.
    mutating func set(_ summary: ValueSummary, for key: UInt32) {
        let slot = slots.find(key)
        if slot.isFound { summaries[slot.index] = summary } else { place(summary, key: key, at: slot.index) }
    }

    /// Every entry, in slot order.
    func forEach(_ body: (UInt32, ValueSummary) -> Void) {
        slots.forEachOccupied { index in body(slots.keys[index], summaries[index]) }
    }

    // MARK: - Internals

    private mutating func place(_ summary: ValueSummary, key: UInt32, at index: Int) {
        summaries[index] = summary
        guard slots.claim(index, for: key) else { return }
        let old = summaries
        var moved = [ValueSummary](repeating: ValueSummary(), count: slots.capacity * 2)
        slots = slots.doubled { from, to in moved[to] = old[from] }
        summaries = moved
    }
}
