/// The window operator's state: an open-addressing hash table from
/// (key, window) to an aggregate, with linear probing and backward-shift
/// deletion. Replaces `Dictionary` on the per-event path: a multiply-xor hash
/// instead of SipHash, and no per-entry allocation.
struct WindowStateTable: Sendable {
    private var keys: [UInt32]
    private var starts: [Int64]
    private var ends: [Int64]
    private var aggregates: [Aggregate]
    private var occupied: [Bool]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1_024) {
        let size = hashTableSize(for: capacity)
        keys = [UInt32](repeating: 0, count: size)
        starts = [Int64](repeating: 0, count: size)
        ends = [Int64](repeating: 0, count: size)
        aggregates = [Aggregate](repeating: Aggregate(), count: size)
        occupied = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(key: UInt32, start: Int64) -> Int {
        var h = UInt64(bitPattern: start) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(key) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 31
        return Int(truncatingIfNeeded: h) & mask
    }

    /// Adds `value` to the aggregate of (key, window), creating it; returns true when it was created.
    @inline(__always)
    mutating func add(_ value: Double, key: UInt32, window: TimeWindow, trackingDistinct: Bool = false) -> Bool {
        var index = slot(key: key, start: window.startMillis)
        while occupied[index] {
            if keys[index] == key && starts[index] == window.startMillis && ends[index] == window.endMillis {
                aggregates[index].add(value)
                return false
            }
            index = (index + 1) & mask
        }
        keys[index] = key
        starts[index] = window.startMillis
        ends[index] = window.endMillis
        var aggregate = trackingDistinct ? Aggregate(trackingDistinctValues: true) : Aggregate()
        aggregate.add(value)
        aggregates[index] = aggregate
        occupied[index] = true
        count += 1
        if count * 2 > mask + 1 { grow() }
        return true
    }

    /// The aggregate of (key, window), if any.
    func aggregate(key: UInt32, window: TimeWindow) -> Aggregate? {
        guard let index = find(key: key, window: window) else { return nil }
        return aggregates[index]
    }

    /// Sets the aggregate of (key, window) (used when restoring a checkpoint).
    mutating func set(_ aggregate: Aggregate, key: UInt32, window: TimeWindow) {
        if let index = find(key: key, window: window) {
            aggregates[index] = aggregate
            return
        }
        _ = add(0, key: key, window: window)
        aggregates[find(key: key, window: window)!] = aggregate
    }

    /// Removes (key, window); backward-shift deletion keeps probe chains intact.
    mutating func remove(key: UInt32, window: TimeWindow) {
        guard var hole = find(key: key, window: window) else { return }
        occupied[hole] = false
        count -= 1
        var index = (hole + 1) & mask
        while occupied[index] {
            let home = slot(key: keys[index], start: starts[index])
            // Move the entry back if the hole lies between its home slot and where it sits.
            let distanceToHole = (hole - home) & mask
            let distanceToIndex = (index - home) & mask
            if distanceToHole < distanceToIndex {
                keys[hole] = keys[index]; starts[hole] = starts[index]; ends[hole] = ends[index]
                aggregates[hole] = aggregates[index]; occupied[hole] = true
                occupied[index] = false
                hole = index
            }
            index = (index + 1) & mask
        }
    }

    /// Every entry, in slot order.
    func forEach(_ body: (UInt32, TimeWindow, Aggregate) -> Void) {
        for index in 0...mask where occupied[index] {
            body(keys[index], TimeWindow(startMillis: starts[index], endMillis: ends[index]), aggregates[index])
        }
    }

    private func find(key: UInt32, window: TimeWindow) -> Int? {
        var index = slot(key: key, start: window.startMillis)
        while occupied[index] {
            if keys[index] == key && starts[index] == window.startMillis && ends[index] == window.endMillis { return index }
            index = (index + 1) & mask
        }
        return nil
    }

    private mutating func grow() {
        var bigger = WindowStateTable(capacity: mask + 1)
        for index in 0...mask where occupied[index] {
            bigger.insertNew(key: keys[index], start: starts[index], end: ends[index], aggregate: aggregates[index])
        }
        self = bigger
    }

    /// Inserts an entry known to be absent, without growing (rehashing).
    private mutating func insertNew(key: UInt32, start: Int64, end: Int64, aggregate: Aggregate) {
        var index = slot(key: key, start: start)
        while occupied[index] { index = (index + 1) & mask }
        keys[index] = key
        starts[index] = start
        ends[index] = end
        aggregates[index] = aggregate
        occupied[index] = true
        count += 1
    }
}
