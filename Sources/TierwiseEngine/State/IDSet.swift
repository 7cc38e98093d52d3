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
    /// Which of the two forms below holds the ids; the other is empty.
    private(set) var representation = Representation.bitmap
    /// The ids while ``representation`` is `.bitmap`.
    private var bitmap: IDBitmap
    /// The ids once ``representation`` is `.hashed`.
    private var hashed = OpenAddressingSlots<UInt64>.placeholder

    /// An empty set expecting about `capacity` ids.
    init(capacity: Int = 1_024) {
        bitmap = IDBitmap(capacity: capacity)
    }

    /// How many ids the set holds.
    var count: Int {
        switch representation {
        case .bitmap: bitmap.count
        case .hashed: hashed.count
        }
    }

    /// Whether the set is still in bitmap form (for tests).
    var isDense: Bool { representation == .bitmap }

    // MARK: - Lookup

    /// Whether `id` was inserted.
    @inline(__always)
    func contains(_ id: UInt64) -> Bool {
        guard id >= lowest && id <= highest else { return false }
        switch representation {
        case .bitmap: return bitmap.contains(id)
        case .hashed: return hashed.find(id).isFound
        }
    }

    /// The ids, in no particular order (bitmap blocks in map order, hash slots in slot order).
    var elements: [UInt64] {
        switch representation {
        case .bitmap: return bitmap.elements
        case .hashed:
            var result: [UInt64] = []
            result.reserveCapacity(hashed.count)
            hashed.forEachOccupied { result.append(hashed.keys[$0]) }
            return result
        }
    }

    // MARK: - Insertion

    /// Inserts `id`; false when it was already there.
    @inline(__always)
    mutating func insert(_ id: UInt64) -> Bool {
        let inserted: Bool
        switch representation {
        case .bitmap:
            if let result = bitmap.insert(id) {
                inserted = result
            } else {
                convertToHashed()
                inserted = hashed.insert(id)
            }
        case .hashed:
            inserted = hashed.insert(id)
        }
        guard inserted else { return false }
        if id < lowest { lowest = id }
        if id > highest { highest = id }
        return true
    }

    /// Inserts every id of `ids`, whole 64-bit words at a time in bitmap form.
    mutating func insert(_ ids: ClosedRange<UInt64>) {
        guard representation == .bitmap else {
            for id in ids where insert(id) {}
            return
        }
        // Bounds first: should the set turn into a hash midway, the ids already
        // set as bits move into it, and lookups must not rule them out.
        if ids.lowerBound < lowest { lowest = ids.lowerBound }
        if ids.upperBound > highest { highest = ids.upperBound }
        guard let rest = bitmap.insert(ids) else { return }
        // Turned sparse at `rest`: finish id by id in hashed form.
        convertToHashed()
        for id in rest...ids.upperBound { _ = hashed.insert(id) }
    }

    // MARK: - Internals

    /// Moves the bitmap's ids into hashed slots sized for at least 1,024 and frees the bitmap.
    private mutating func convertToHashed() {
        let ids = bitmap.elements
        representation = .hashed
        bitmap = .placeholder
        hashed = OpenAddressingSlots(forCount: Swift.max(ids.count, 1_024))
        for id in ids { _ = hashed.insert(id) }
    }
}
