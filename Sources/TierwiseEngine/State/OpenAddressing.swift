/// The key side of an open-addressing table: keys in a power-of-two array of
/// slots, found by linear probing from a multiply-xor hash, kept at most half
/// full. The one probing implementation behind every such table in the
/// engine (``KeyedSummaryTable``, ``IDBitmap``'s block map, ``IDSet``'s
/// hashed form).
///
/// It holds no values: a table keeps its values in its own arrays, indexed
/// by slot, so a set pays nothing for them. Insert-only (state is dropped
/// whole): to add a key, ``find(_:)`` its slot, ``claim(_:for:)`` it, and when
/// claiming says so, grow with ``doubled(moving:)``, which reports where
/// each key went so the values can follow.
///
///     var slots = OpenAddressingSlots<UInt32>(forCount: 8)
///     let slot = slots.find(42)          // (index: …, isFound: false)
///     _ = slots.claim(slot.index, for: 42)
///     slots.find(42).isFound             // true
struct OpenAddressingSlots<Key: FixedWidthInteger & Sendable>: Sendable {
    // MARK: - Storage

    /// The key of each slot (meaningful where the slot is occupied).
    private(set) var keys: [Key]
    /// Whether each slot holds a key.
    private var occupied: [Bool]
    /// Slot count − 1 (the slot count is a power of two).
    private var mask: Int
    /// Keys held.
    private(set) var count = 0

    /// An empty table of ``tableSize(for:)`` `count` slots.
    init(forCount count: Int) {
        let size = Self.tableSize(for: count)
        keys = [Key](repeating: 0, count: size)
        occupied = [Bool](repeating: false, count: size)
        mask = size - 1
    }

    /// The number of slots.
    var capacity: Int { mask + 1 }

    // MARK: - Sizing and hashing

    /// The smallest power of two of at least 16 that holds `count` keys at half load.
    static func tableSize(for count: Int) -> Int {
        var size = 16
        while size < count * 2 { size <<= 1 }
        return size
    }

    /// Where probing for `key` starts before masking: the key's 64 bits times
    /// 2^64 / φ, folded by xoring the high half into the low half.
    @inline(__always)
    static func hash(_ key: Key) -> Int {
        let h = UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    // MARK: - Probing

    /// The slot holding `key` (`isFound`), or the empty slot where it belongs.
    @inline(__always)
    func find(_ key: Key) -> (index: Int, isFound: Bool) {
        var index = Self.hash(key) & mask
        while occupied[index] {
            if keys[index] == key { return (index, true) }
            index = (index + 1) & mask
        }
        return (index, false)
    }

    /// Whether slot `index` holds a key.
    @inline(__always)
    func isOccupied(_ index: Int) -> Bool { occupied[index] }

    /// Stores `key` in slot `index`, the empty slot ``find(_:)`` just gave for
    /// it; true when the table is now over half full and must be replaced by
    /// ``doubled(moving:)`` before the next insertion.
    @inline(__always)
    mutating func claim(_ index: Int, for key: Key) -> Bool {
        keys[index] = key
        occupied[index] = true
        count += 1
        return count * 2 > mask + 1
    }

    /// Inserts `key` (growing the table as needed); false when it was there.
    /// For tables without values.
    @inline(__always)
    mutating func insert(_ key: Key) -> Bool {
        let slot = find(key)
        if slot.isFound { return false }
        if claim(slot.index, for: key) { self = doubled { _, _ in } }
        return true
    }

    // MARK: - Growth and iteration

    /// A table of twice the slots holding the same keys, reinserted in slot
    /// order; `moving(from, to)` is called with each key's old and new slot.
    func doubled(moving: (_ from: Int, _ to: Int) -> Void) -> Self {
        var bigger = Self(slotCount: capacity * 2)
        for from in 0...mask where occupied[from] {
            let key = keys[from]
            let to = bigger.find(key).index
            _ = bigger.claim(to, for: key)
            moving(from, to)
        }
        return bigger
    }

    /// Calls `body` with every occupied slot, in slot order.
    @inline(__always)
    func forEachOccupied(_ body: (Int) -> Void) {
        for index in 0...mask where occupied[index] { body(index) }
    }

    /// A table with no slots and no storage (empty arrays allocate nothing),
    /// standing in while a table is moved out to be mutated; never probed.
    static var placeholder: Self { Self(slotCount: 0) }

    /// An empty table of exactly `slotCount` slots (a power of two, or 0 for ``placeholder``).
    private init(slotCount: Int) {
        keys = slotCount == 0 ? [] : [Key](repeating: 0, count: slotCount)
        occupied = slotCount == 0 ? [] : [Bool](repeating: false, count: slotCount)
        mask = slotCount - 1
    }
}
