/// A set of 64-bit event ids, insert-only (the deduplicator drops whole sets
/// when their time has passed), that adapts to how ids are spread:
///
/// - **Bitmap** (the start): ids are grouped in blocks of 512 consecutive ids,
///   one bit each (64 bytes a block), found through a small open-addressing
///   map. Sequence numbers, log offsets and other mostly consecutive ids cost
///   about one bit each, and consecutive lookups hit the same cache line.
/// - **Hash**: when ids turn out sparse (fewer than ``denseIDsPerBlock`` per
///   block on average over at least ``blocksBeforeJudging`` blocks), the set
///   moves to open addressing with linear probing, 16 bytes per id at most.
///
/// Both keep the smallest and largest id, so an id outside that range is
/// answered without touching the table: ids that mostly increase are checked
/// against older sets with two comparisons.
struct IDSet: Sendable {
    /// Ids a set must hold per bitmap block, on average, to stay a bitmap.
    static let denseIDsPerBlock = 4
    /// Bitmap blocks allocated before density is judged.
    static let blocksBeforeJudging = 64

    private(set) var count = 0
    /// The smallest and largest id inserted (`lowest > highest` while empty).
    private var lowest = UInt64.max
    private var highest = UInt64.min
    private var isBitmap = true

    // Bitmap representation.
    /// Block number (id >> 9) per map slot, and its word offset + 1 (0 = empty slot).
    private var blockNumbers: [UInt64]
    private var blockOffsets: [UInt32]
    private var blockMask: Int
    private var words: [UInt64] = []
    private var blockCount = 0
    /// The last block looked up, and its word offset (−1 for none).
    private var cachedBlock = UInt64.max
    private var cachedOffset = -1

    // Hash representation.
    private var slots: [UInt64] = []
    private var occupied: [Bool] = []
    private var slotMask = 0
    private var hashedCount = 0

    /// An empty set expecting about `capacity` ids.
    init(capacity: Int = 1_024) {
        let blocks = hashTableSize(for: Swift.max(capacity / 512, 8))
        blockNumbers = [UInt64](repeating: 0, count: blocks)
        blockOffsets = [UInt32](repeating: 0, count: blocks)
        blockMask = blocks - 1
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        let h = value &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 32)
    }

    /// Whether `id` was inserted.
    @inline(__always)
    func contains(_ id: UInt64) -> Bool {
        guard id >= lowest && id <= highest else { return false }
        if isBitmap {
            let block = id >> 9
            let offset = block == cachedBlock ? cachedOffset : findBlock(block)
            return offset >= 0 && words[offset + Int((id >> 6) & 7)] & (1 << (id & 63)) != 0
        }
        return slotIndex(of: id).found
    }

    /// Inserts `id`; false when it was already there.
    @inline(__always)
    mutating func insert(_ id: UInt64) -> Bool {
        if isBitmap && !insertIntoBitmap(id) { return false }
        if !isBitmap && !insertHashed(id) { return false }
        count += 1
        if id < lowest { lowest = id }
        if id > highest { highest = id }
        return true
    }

    /// Inserts every id of `ids`, whole 64-bit words at a time in bitmap form.
    mutating func insert(_ ids: ClosedRange<UInt64>) {
        guard isBitmap else {
            for id in ids where insert(id) {}
            return
        }
        // Bounds first: should the set turn into a hash midway, the ids already
        // set as bits move into it, and lookups must not rule them out.
        if ids.lowerBound < lowest { lowest = ids.lowerBound }
        if ids.upperBound > highest { highest = ids.upperBound }
        var next = ids.lowerBound
        while true {
            // The bits of `next`'s word from `next` up to the range's end or the word's end.
            let wordEnd = next | 63
            let last = Swift.min(wordEnd, ids.upperBound)
            let width = last - next + 1
            let mask: UInt64 = (width == 64 ? ~0 : (1 << width) - 1) << (next & 63)
            var offset = wordOffset(ofBlock: next >> 9)
            if offset < 0 {
                offset = addBlock(next >> 9)
                if offset < 0 {  // turned into a hash: finish id by id
                    for id in next...ids.upperBound where insert(id) {}
                    return
                }
            }
            let word = offset + Int((next >> 6) & 7)
            count += (mask & ~words[word]).nonzeroBitCount
            words[word] |= mask
            if last == ids.upperBound { break }
            next = last + 1
        }
    }

    /// The ids, in no particular order (bitmap blocks in map order, hash slots in slot order).
    var elements: [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(count)
        if isBitmap {
            for slot in 0...blockMask where blockOffsets[slot] != 0 {
                let base = Int(blockOffsets[slot] - 1)
                for word in 0..<8 {
                    var bits = words[base + word]
                    while bits != 0 {
                        result.append(blockNumbers[slot] << 9 | UInt64(word) << 6 | UInt64(bits.trailingZeroBitCount))
                        bits &= bits - 1
                    }
                }
            }
        } else {
            for index in 0...slotMask where occupied[index] { result.append(slots[index]) }
        }
        return result
    }

    /// Whether the set is still in bitmap form (for tests).
    var isDense: Bool { isBitmap }

    // MARK: Bitmap

    /// The word offset of `block`, or −1 when it has none; remembers the answer.
    @inline(__always)
    private mutating func wordOffset(ofBlock block: UInt64) -> Int {
        if block == cachedBlock { return cachedOffset }
        let offset = findBlock(block)
        if offset >= 0 { (cachedBlock, cachedOffset) = (block, offset) }
        return offset
    }

    /// The word offset of `block`, or −1 when it has none.
    private func findBlock(_ block: UInt64) -> Int {
        var index = Int(truncatingIfNeeded: Self.mix(block)) & blockMask
        while blockOffsets[index] != 0 {
            if blockNumbers[index] == block { return Int(blockOffsets[index] - 1) }
            index = (index + 1) & blockMask
        }
        return -1
    }

    /// Sets `id`'s bit; false when it was set. Leaves the set in hash form,
    /// `id` not inserted, when a new block shows the ids are sparse.
    @inline(__always)
    private mutating func insertIntoBitmap(_ id: UInt64) -> Bool {
        var offset = wordOffset(ofBlock: id >> 9)
        if offset < 0 {
            offset = addBlock(id >> 9)
            if offset < 0 { return true }
        }
        let word = offset + Int((id >> 6) & 7), bit: UInt64 = 1 << (id & 63)
        if words[word] & bit != 0 { return false }
        words[word] |= bit
        return true
    }

    /// Allocates `block`'s words and returns their offset; switches the set
    /// to hash form instead (returning −1) when the ids are sparse.
    private mutating func addBlock(_ block: UInt64) -> Int {
        if blockCount >= Self.blocksBeforeJudging && count < blockCount * Self.denseIDsPerBlock {
            convertToHash()
            return -1
        }
        let offset = words.count
        words.append(contentsOf: repeatElement(0, count: 8))
        placeBlock(block, offset: offset)
        blockCount += 1
        if blockCount * 2 > blockMask + 1 {
            let oldNumbers = blockNumbers, oldOffsets = blockOffsets
            let size = (blockMask + 1) * 2
            blockNumbers = [UInt64](repeating: 0, count: size)
            blockOffsets = [UInt32](repeating: 0, count: size)
            blockMask = size - 1
            for slot in oldOffsets.indices where oldOffsets[slot] != 0 {
                placeBlock(oldNumbers[slot], offset: Int(oldOffsets[slot] - 1))
            }
        }
        cachedBlock = block
        cachedOffset = offset
        return offset
    }

    private mutating func placeBlock(_ block: UInt64, offset: Int) {
        var index = Int(truncatingIfNeeded: Self.mix(block)) & blockMask
        while blockOffsets[index] != 0 { index = (index + 1) & blockMask }
        blockNumbers[index] = block
        blockOffsets[index] = UInt32(offset + 1)
    }

    private mutating func convertToHash() {
        let ids = elements
        isBitmap = false
        blockNumbers = [0]
        blockOffsets = [0]
        blockMask = 0
        words = []
        cachedBlock = .max
        let size = hashTableSize(for: Swift.max(ids.count, 1_024))
        slots = [UInt64](repeating: 0, count: size)
        occupied = [Bool](repeating: false, count: size)
        slotMask = size - 1
        for id in ids { _ = insertHashed(id) }
    }

    // MARK: Hash

    @inline(__always)
    private func slotIndex(of id: UInt64) -> (index: Int, found: Bool) {
        var index = Int(truncatingIfNeeded: Self.mix(id)) & slotMask
        while occupied[index] {
            if slots[index] == id { return (index, true) }
            index = (index + 1) & slotMask
        }
        return (index, false)
    }

    /// Inserts into the hash form (without counting); false when present.
    private mutating func insertHashed(_ id: UInt64) -> Bool {
        let (index, found) = slotIndex(of: id)
        if found { return false }
        slots[index] = id
        occupied[index] = true
        hashedCount += 1
        if hashedCount * 2 > slotMask + 1 {
            let old = slots, wasOccupied = occupied
            let size = (slotMask + 1) * 2
            slots = [UInt64](repeating: 0, count: size)
            occupied = [Bool](repeating: false, count: size)
            slotMask = size - 1
            for slot in old.indices where wasOccupied[slot] {
                let target = slotIndex(of: old[slot]).index
                slots[target] = old[slot]
                occupied[target] = true
            }
        }
        return true
    }
}
