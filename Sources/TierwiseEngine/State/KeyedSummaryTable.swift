/// Value summaries by key for keys too sparse for a dense array: open addressing
/// with linear probing and a multiply-xor hash, no per-entry allocation.
/// Insert-only: a window's state is dropped whole when the window is purged.
struct KeyedSummaryTable: Sendable {
    private var keys: [UInt32]
    private var summaries: [ValueSummary]
    private var occupied: [Bool]
    private var mask: Int
    private(set) var count = 0

    /// An empty table expecting about `capacity` keys.
    init(capacity: Int = 8) {
        let size = hashTableSize(for: capacity)
        keys = [UInt32](repeating: 0, count: size)
        summaries = [ValueSummary](repeating: ValueSummary(), count: size)
        occupied = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(of key: UInt32) -> (index: Int, found: Bool) {
        var h = UInt64(key) &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        var index = Int(truncatingIfNeeded: h) & mask
        while occupied[index] {
            if keys[index] == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }

    /// The summary of `key`, if any.
    func summary(for key: UInt32) -> ValueSummary? {
        let (index, found) = slot(of: key)
        return found ? summaries[index] : nil
    }

    /// Adds `value` to `key`'s summary, creating it; true when it was created.
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32) -> Bool {
        let (index, found) = slot(of: key)
        if found {
            summaries[index].add(value)
            return false
        }
        var summary = ValueSummary()
        summary.add(value)
        place(summary, key: key, at: index)
        return true
    }

    /// Sets `key`'s summary, replacing any.
    mutating func set(_ summary: ValueSummary, for key: UInt32) {
        let (index, found) = slot(of: key)
        if found { summaries[index] = summary } else { place(summary, key: key, at: index) }
    }

    /// Every entry, in slot order.
    func forEach(_ body: (UInt32, ValueSummary) -> Void) {
        for index in 0...mask where occupied[index] { body(keys[index], summaries[index]) }
    }

    private mutating func place(_ summary: ValueSummary, key: UInt32, at index: Int) {
        keys[index] = key
        summaries[index] = summary
        occupied[index] = true
        count += 1
        if count * 2 > mask + 1 {
            var bigger = KeyedSummaryTable(capacity: mask + 1)
            forEach { key, summary in bigger.set(summary, for: key) }
            self = bigger
        }
    }
}
