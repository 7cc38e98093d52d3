/// ``IDSet``'s dense representation: ids in blocks of 512 consecutive ids,
/// one bit each (64 bytes a block), found through a small open-addressing map
/// (``OpenAddressingSlots``) from block number to the block's words.
/// Sequence numbers, log offsets and other mostly consecutive ids cost about
/// one bit each, and consecutive lookups hit the same cache line.
///
/// It judges its own density: when a new block is needed while the ids are
/// sparse (fewer than ``denseIDsPerBlock`` per block on average over at least
/// ``blocksBeforeJudging`` blocks), it refuses the id instead, and the set
/// moves to its hashed form.
struct IDBitmap: Sendable {
    // MARK: - Density

    /// Ids the bitmap must hold per block, on average, to stay a bitmap.
    static let denseIDsPerBlock = 4
    /// Blocks allocated before density is judged.
    static let blocksBeforeJudging = 64

    // MARK: - Storage

    /// Ids held (bits set).
    private(set) var count = 0
    /// Block numbers (id >> 9), by map slot.
    private var blocks: OpenAddressingSlots<UInt64>
    /// The word offset of each map slot's block in ``words``.
    private var blockOffsets: [UInt32]
    /// Eight words per block, in order of allocation.
    private var words: [UInt64] = []
    /// The last block looked up, and its word offset (−1 for none).
    private var cachedBlock = UInt64.max
    private var cachedOffset = -1

    /// An empty bitmap expecting about `capacity` ids.
    init(capacity: Int) {
        blocks = OpenAddressingSlots(forCount: Swift.max(capacity / 512, 8))
        blockOffsets = [UInt32](repeating: 0, count: blocks.capacity)
    }

    /// A bitmap owning no storage, left behind when a set moves to its hashed
    /// form; never looked into.
    static var placeholder: IDBitmap { IDBitmap(placeholderWith: .placeholder) }

    private init(placeholderWith blocks: OpenAddressingSlots<UInt64>) {
        self.blocks = blocks
        blockOffsets = []
    }

    // MARK: - Lookup

    /// Whether `id` is in the bitmap.
    @inline(__always)
    func contains(_ id: UInt64) -> Bool {
        let block = id >> 9
        let offset = block == cachedBlock ? cachedOffset : findBlock(block)
        return offset >= 0 && words[offset + Int((id >> 6) & 7)] & (1 << (id & 63)) != 0
    }

    /// The ids, blocks in map order, each block ascending.
    var elements: [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(count)
        blocks.forEachOccupied { slot in
            let base = Int(blockOffsets[slot])
            for word in 0..<8 {
                var bits = words[base + word]
                while bits != 0 {
                    result.append(blocks.keys[slot] << 9 | UInt64(word) << 6 | UInt64(bits.trailingZeroBitCount))
                    bits &= bits - 1
                }
            }
        }
        return result
    }

    // MARK: - Insertion

    /// Sets `id`'s bit: true when it was new, false when it was set, nil
    /// (`id` not inserted) when it needs a new block and the ids prove sparse.
    @inline(__always)
    mutating func insert(_ id: UInt64) -> Bool? {
        var offset = wordOffset(ofBlock: id >> 9)
        if offset < 0 {
            offset = addBlock(id >> 9)
            if offset < 0 { return nil }
        }
        let word = offset + Int((id >> 6) & 7), bit: UInt64 = 1 << (id & 63)
        if words[word] & bit != 0 { return false }
        words[word] |= bit
        count += 1
        return true
    }

    /// Sets the bits of `ids`, whole 64-bit words at a time. Returns nil when
    /// done, or the first id not inserted when a new block was needed and the
    /// ids prove sparse (those before it are set). Inlined into
    /// ``IDSet/insert(_:)-(ClosedRange<UInt64>)``, where this loop used to live.
    @inline(__always)
    mutating func insert(_ ids: ClosedRange<UInt64>) -> UInt64? {
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
                if offset < 0 { return next }
            }
            let word = offset + Int((next >> 6) & 7)
            count += (mask & ~words[word]).nonzeroBitCount
            words[word] |= mask
            if last == ids.upperBound { return nil }
            next = last + 1
        }
    }

    // MARK: - Blocks

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
        let slot = blocks.find(block)
        return slot.isFound ? Int(blockOffsets[slot.index]) : -1
    }

    /// Allocates `block`'s words and returns their offset, or −1 (allocating
    /// nothing) when the ids are too sparse for another block.
    private mutating func addBlock(_ block: UInt64) -> Int {
        if blocks.count >= Self.blocksBeforeJudging && count < blocks.count * Self.denseIDsPerBlock { return -1 }
        let offset = words.count
        words.append(contentsOf: repeatElement(0, count: 8))
        let slot = blocks.find(block).index
        blockOffsets[slot] = UInt32(offset)
        if blocks.claim(slot, for: block) {
            let old = blockOffsets
            var moved = [UInt32](repeating: 0, count: blocks.capacity * 2)
            blocks = blocks.doubled { from, to in moved[to] = old[from] }
            blockOffsets = moved
        }
        cachedBlock = block
        cachedOffset = offset
        return offset
    }
}
