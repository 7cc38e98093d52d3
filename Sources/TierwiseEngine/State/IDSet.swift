/// A set of 64-bit ids: open addressing, linear probing, multiply-xor hash.
/// Insert-only; the deduplicator drops whole sets when their time has passed.
struct IDSet: Sendable {
    private var slots: [UInt64]
    private var occupied: [Bool]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1_024) {
        let size = hashTableSize(for: capacity)
        slots = [UInt64](repeating: 0, count: size)
        occupied = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func home(_ id: UInt64) -> Int {
        var h = id &* 0x9E37_79B9_7F4A_7C15
        h ^= h >> 32
        return Int(truncatingIfNeeded: h) & mask
    }

    @inline(__always)
    func contains(_ id: UInt64) -> Bool {
        var index = home(id)
        while occupied[index] {
            if slots[index] == id { return true }
            index = (index + 1) & mask
        }
        return false
    }

    /// Inserts `id`; false when it was already there.
    @inline(__always)
    mutating func insert(_ id: UInt64) -> Bool {
        var index = home(id)
        while occupied[index] {
            if slots[index] == id { return false }
            index = (index + 1) & mask
        }
        slots[index] = id
        occupied[index] = true
        count += 1
        if count * 2 > mask + 1 { grow() }
        return true
    }

    /// The ids, in slot order.
    var elements: [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(count)
        for index in 0...mask where occupied[index] { result.append(slots[index]) }
        return result
    }

    private mutating func grow() {
        var bigger = IDSet(capacity: mask + 1)
        for index in 0...mask where occupied[index] { _ = bigger.insert(slots[index]) }
        self = bigger
    }
}
