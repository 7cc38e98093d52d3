/// Aggregates by key for keys too sparse for a dense array: open addressing
/// with linear probing and a multiply-xor hash, no per-entry allocation.
/// Insert-only: a window's state is dropped whole when the window is purged.
struct KeyedAggregateTable: Sendable {
    private var keys: [UInt32]
    private var aggregates: [Aggregate]
    private var occupied: [Bool]
    private var mask: Int
    private(set) var count = 0

    /// An empty table expecting about `capacity` keys.
    init(capacity: Int = 8) {
        let size = hashTableSize(for: capacity)
        keys = [UInt32](repeating: 0, count: size)
        aggregates = [Aggregate](repeating: Aggregate(), count: size)
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

    /// The aggregate of `key`, if any.
    func aggregate(for key: UInt32) -> Aggregate? {
        let (index, found) = slot(of: key)
        return found ? aggregates[index] : nil
    }

    /// Adds `value` to `key`'s aggregate, creating it from `empty`; true when it was created.
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, empty: @autoclosure () -> Aggregate) -> Bool {
        let (index, found) = slot(of: key)
        if found {
            aggregates[index].add(value)
            return false
        }
        var aggregate = empty()
        aggregate.add(value)
        place(aggregate, key: key, at: index)
        return true
    }

    /// Sets `key`'s aggregate, replacing any.
    mutating func set(_ aggregate: Aggregate, for key: UInt32) {
        let (index, found) = slot(of: key)
        if found { aggregates[index] = aggregate } else { place(aggregate, key: key, at: index) }
    }

    /// Every entry, in slot order.
    func forEach(_ body: (UInt32, Aggregate) -> Void) {
        for index in 0...mask where occupied[index] { body(keys[index], aggregates[index]) }
    }

    private mutating func place(_ aggregate: Aggregate, key: UInt32, at index: Int) {
        keys[index] = key
        aggregates[index] = aggregate
        occupied[index] = true
        count += 1
        if count * 2 > mask + 1 {
            var bigger = KeyedAggregateTable(capacity: mask + 1)
            forEach { key, aggregate in bigger.set(aggregate, for: key) }
            self = bigger
        }
    }
}
