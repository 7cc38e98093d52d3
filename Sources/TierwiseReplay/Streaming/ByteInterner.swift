/// Numbers distinct byte strings 0, 1, 2, … in order of first sight, looked
/// up by their bytes (FNV-1a, open addressing) so a name already seen costs
/// no allocation. Memory: the distinct names once, plus a table of 4 bytes a slot.
///
///     var interner = ByteInterner()
///     Array("k1".utf8).withUnsafeBufferPointer { interner.intern($0) }  // (0, true)
struct ByteInterner {
    /// Every name's bytes, one after another.
    private var arena: [UInt8] = []
    /// Where name i starts in ``arena`` (and, at i + 1, where it ends).
    private var starts: [Int] = [0]
    /// Slots holding a name's index + 1; 0 is empty. A power of two long.
    private var slots = [UInt32](repeating: 0, count: 1 << 10)

    /// How many names are interned.
    var count: Int { starts.count - 1 }

    /// The index of `bytes`, and whether it is new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: UInt32, isNew: Bool) {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let index = Int(entry - 1)
            if isName(index, equalTo: bytes) { return (UInt32(index), false) }
            slot = (slot + 1) & mask
        }
        let index = count
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[slot] = UInt32(index + 1)
        if count * 2 > slots.count { grow() }
        return (UInt32(index), true)
    }

    @inline(__always)
    private func isName(_ index: Int, equalTo bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index], end = starts[index + 1]
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            for offset in 0..<bytes.count where arena[start + offset] != bytes[offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        var grown = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = grown.count - 1
        arena.withUnsafeBufferPointer { arena in
            for index in 0..<count {
                var slot = Int(truncatingIfNeeded: Self.hash(UnsafeBufferPointer(rebasing: arena[starts[index]..<starts[index + 1]]))) & mask
                while grown[slot] != 0 { slot = (slot + 1) & mask }
                grown[slot] = UInt32(index + 1)
            }
        }
        slots = grown
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        // Fold the high bits in: the table index uses the low ones.
        return hash ^ (hash >> 29)
    }
}
