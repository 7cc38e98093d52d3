/// A set of 64-bit event ids, insert-only (the deduplicator drops whole sets
/// when their time has passed), that adapts to how ids are spread
/// (``Representation``):
///
/// - **Bitmap** (the start, ``IDBitmap``): blocks of 512 consecutive ids, one
///   bit each. Sequence numbers, log offsets and other mostly consecutive ids
///   cost about one bit each.
/// - **Hashed**: when ids turn out sparse (fewer than
///   ``IDBitmap/denseIDsPerBlock`` per block on average over at least
///   ``IDBitmap/blocksBeforeJudging`` blocks), the set moves to open
///   addressing with linear probing (``OpenAddressingSlots``): 9 bytes a
///   slot, two to four slots per id.
///
/// Both keep the smallest and largest id, so an id outside that range is
/// answered without touching the table: ids that mostly increase are checked
/// against older sets with two comparisons.
struct IDSet: Sendable {
    // MARK: - Storage

    /// The smallest and largest id inserted (`lowest > highest` while empty).
    private var lowest = UInt64.max
    private var highest = UInt64.min
    /// The ids.
    private var representation: Representation

    /// An empty set expecting about `capacity` ids.
    init(capacity: Int = 1_024) {
        representation = .bitmap(IDBitmap(capacity: capacity))
    }

    /// How many ids the set holds.
    var count: Int {
        switch representation {
        case .bitmap(let bitmap): bitmap.count
        case .hashed(let slots): slots.count
        }
    }

    /// Whether the set is still in bitmap form (for tests).
    var isDense: Bool {
        if case .bitmap = representation { true } else { false }
    }

    // MARK: - Lookup

    /// Whether `id` was inserted.
    @inline(__always)
    func contains(_ id: UInt64) -> Bool {
        guard id >= lowest && id <= highest else { return false }
        switch representation {
        case .bitmap(let bitmap): return bitmap.contains(id)
        case .hashed(let slots): return slots.find(id).isFound
        }
    }

    /// The ids, in no particular order (bitmap blocks in map order, hash slots in slot order).
    var elements: [UInt64] {
        switch representation {
        case .bitmap(let bitmap): return bitmap.elements
        case .hashed(let slots):
            var result: [UInt64] = []
            result.reserveCapacity(slots.count)
            slots.forEachOccupied { result.append(slots.keys[$0]) }
            return result
        }
    }

    // MARK: - Insertion

    /// Inserts `id`; false when it was already there.
    @inline(__always)
    mutating func insert(_ id: UInt64) -> Bool {
        var inserted: Bool
        switch takeRepresentation() {
        case .bitmap(var bitmap):
            if let result = bitmap.insert(id) {
                inserted = result
                representation = .bitmap(bitmap)
            } else {
                var slots = Self.hashed(bitmap)
                inserted = slots.insert(id)
                representation = .hashed(slots)
            }
        case .hashed(var slots):
            inserted = slots.insert(id)
            representation = .hashed(slots)
        }
        guard inserted else { return false }
        if id < lowest { lowest = id }
        if id > highest { highest = id }
        return true
    }

    /// Inserts every id of `ids`, whole 64-bit words at a time in bitmap form.
    mutating func insert(_ ids: ClosedRange<UInt64>) {
        guard case .bitmap = representation else {
            for id in ids where insert(id) {}
            return
        }
        // Bounds first: should the set turn into a hash midway, the ids already
        // set as bits move into it, and lookups must not rule them out.
        if ids.lowerBound < lowest { lowest = ids.lowerBound }
        if ids.upperBound > highest { highest = ids.upperBound }
        guard case .bitmap(var bitmap) = takeRepresentation() else { return }
        guard let rest = bitmap.insert(ids) else {
            representation = .bitmap(bitmap)
            return
        }
        // Turned sparse at `rest`: finish id by id in hashed form.
        var slots = Self.hashed(bitmap)
        for id in rest...ids.upperBound { _ = slots.insert(id) }
        representation = .hashed(slots)
    }

    // MARK: - Internals

    /// The hashed form of `bitmap`'s ids, sized for at least 1,024.
    private static func hashed(_ bitmap: IDBitmap) -> OpenAddressingSlots<UInt64> {
        let ids = bitmap.elements
        var slots = OpenAddressingSlots<UInt64>(forCount: Swift.max(ids.count, 1_024))
        for id in ids { _ = slots.insert(id) }
        return slots
    }

    /// Moves the representation out, leaving an empty placeholder that owns
    /// no storage, so the arrays mutated next are uniquely referenced (no
    /// copy-on-write); the caller stores the representation back.
    @inline(__always)
    private mutating func takeRepresentation() -> Representation {
        let taken = representation
        representation = .hashed(OpenAddressingSlots<UInt64>.placeholder)
        return taken
    }
}
