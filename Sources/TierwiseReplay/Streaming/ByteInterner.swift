import Foundation

/// Numbers distinct byte strings 0, 1, 2, … in order of first sight, looked
/// up by their bytes so a name already seen costs no allocation.
///
/// Open addressing with linear probing; each 16-byte slot holds the name's
/// length, its first 8 bytes and its index, so finding a name of at most 8
/// bytes (most keys) reads one slot and nothing else, and a longer one reads
/// the rest of its bytes only when length and prefix agree. Memory: the
/// distinct names once, 8 bytes of offset each, and 2 to 4 slots each
/// (32 to 64 bytes; the table doubles at half full).
///
///     var interner = ByteInterner()
///     Array("k1".utf8).withUnsafeBufferPointer { interner.intern($0) }  // (0, true)
struct ByteInterner {
    private struct Slot {
        /// The name's index + 1; 0 is empty.
        var entry: UInt32 = 0
        var length: UInt32 = 0
        /// The first 8 bytes, zero-padded, as a little-endian integer.
        var prefix: UInt64 = 0
    }

    /// Every name's bytes, one after another.
    private var arena: [UInt8] = []
    /// Where name i starts in ``arena`` (and, at i + 1, where it ends).
    private var starts: [Int] = [0]
    /// A power of two long.
    private var slots = [Slot](repeating: Slot(), count: 1 << 10)

    /// How many names are interned.
    var count: Int { starts.count - 1 }

    /// The index of `bytes`, and whether it is new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: UInt32, isNew: Bool) {
        let prefix = Self.prefix(bytes)
        let length = UInt32(truncatingIfNeeded: bytes.count)
        let hash = Self.hash(bytes, prefix: prefix)
        let found: (slot: Int, index: Int?) = slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let candidate = slots[slot]
                if candidate.entry == 0 { return (slot, nil) }
                if candidate.length == length && candidate.prefix == prefix
                    && (bytes.count <= 8 || restMatches(Int(candidate.entry - 1), bytes)) {
                    return (slot, Int(candidate.entry - 1))
                }
                slot = (slot + 1) & mask
            }
        }
        if let index = found.index { return (UInt32(truncatingIfNeeded: index), false) }
        let index = count
        arena.append(contentsOf: bytes)
        starts.append(arena.count)
        slots[found.slot] = Slot(entry: UInt32(truncatingIfNeeded: index + 1), length: length, prefix: prefix)
        if count * 2 > slots.count { grow() }
        return (UInt32(truncatingIfNeeded: index), true)
    }

    /// Whether name `lhs` comes before name `rhs` in byte order (for UTF-8
    /// in NFC, the order Swift strings compare in).
    func precedes(_ lhs: UInt32, _ rhs: UInt32) -> Bool {
        let lhsStart = starts[Int(lhs)], lhsCount = starts[Int(lhs) + 1] - lhsStart
        let rhsStart = starts[Int(rhs)], rhsCount = starts[Int(rhs) + 1] - rhsStart
        return arena.withUnsafeBufferPointer { arena in
            let common = Swift.min(lhsCount, rhsCount)
            if common > 0, let base = arena.baseAddress {
                let order = memcmp(base + lhsStart, base + rhsStart, common)
                if order != 0 { return order < 0 }
            }
            return lhsCount < rhsCount
        }
    }

    /// The first 8 bytes of name `index`, zero-padded, as a big-endian
    /// integer: names whose values differ are in that order by their bytes;
    /// equal values need ``precedes(_:_:)``.
    func orderPrefix(_ index: UInt32) -> UInt64 {
        let start = starts[Int(index)], end = starts[Int(index) + 1]
        var value: UInt64 = 0
        for offset in 0..<8 { value = value << 8 | UInt64(start + offset < end ? arena[start + offset] : 0) }
        return value
    }

    /// Bytes 8… of name `index` equal those of `bytes` (same length).
    @inline(__always)
    private func restMatches(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index]
        return arena.withUnsafeBufferPointer { arena in
            guard let base = arena.baseAddress, let other = bytes.baseAddress else { return bytes.count == 0 }
            return memcmp(base + start + 8, other + 8, bytes.count - 8) == 0
        }
    }

    private mutating func grow() {
        var grown = [Slot](repeating: Slot(), count: slots.count * 2)
        let mask = grown.count - 1
        arena.withUnsafeBufferPointer { arena in
            for index in 0..<count {
                let name = UnsafeBufferPointer(rebasing: arena[starts[index]..<starts[index + 1]])
                let prefix = Self.prefix(name)
                var slot = Int(truncatingIfNeeded: Self.hash(name, prefix: prefix)) & mask
                while grown[slot].entry != 0 { slot = (slot + 1) & mask }
                grown[slot] = Slot(entry: UInt32(truncatingIfNeeded: index + 1), length: UInt32(truncatingIfNeeded: name.count),
                                   prefix: prefix)
            }
        }
        slots = grown
    }

    /// The first 8 bytes of `bytes`, zero-padded, little-endian.
    @inline(__always)
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        if bytes.count >= 8 { return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var value: UInt64 = 0
        for offset in 0..<bytes.count { value |= UInt64(base[offset]) << (8 * UInt64(offset)) }
        return value
    }

    /// A hash of the length, the prefix and (FNV-1a) the bytes after it,
    /// mixed by MurmurHash3's 64-bit finalizer so every input bit reaches the low bits the table uses.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt64 {
        var hash = prefix ^ (UInt64(truncatingIfNeeded: bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        if bytes.count > 8 {
            var rest: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes[8...] { rest = (rest ^ UInt64(byte)) &* 0x100_0000_01B3 }
            hash ^= rest
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash = hash &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
