import Testing
@testable import TierwiseEngine

@Suite("Open-addressing slots")
struct OpenAddressingSlotsTests {
    // MARK: - Against a Set

    @Test("Insertion agrees with a Set for random keys through many doublings", arguments: [1 as UInt64, 2, 3])
    func agreesWithSet(seed: UInt64) {
        var random = TestRandom(state: seed)
        var slots = OpenAddressingSlots<UInt64>(forCount: 1)
        var model = Set<UInt64>()
        for step in 0..<20_000 {
            // Half fresh random keys, half repeats from a small range (so many inserts find their key).
            let key = step % 2 == 0 ? random.next() : UInt64(random.below(2_000))
            let inserted = slots.insert(key)
            #expect(inserted == model.insert(key).inserted)
        }
        #expect(slots.count == model.count)
        // At most half full, a power of two, and at least 16 slots.
        #expect(slots.capacity >= 2 * model.count && slots.capacity.nonzeroBitCount == 1)
        var listed: [UInt64] = []
        slots.forEachOccupied { listed.append(slots.keys[$0]) }
        #expect(listed.count == model.count)
        #expect(Set(listed) == model)
        for key in model.prefix(2_000) { #expect(slots.find(key).isFound) }
        for _ in 0..<2_000 {
            let probe = random.next()
            #expect(slots.find(probe).isFound == model.contains(probe))
        }
    }

    @Test("Keys at the extremes (0 and the largest) are keys like any other")
    func extremes() {
        var slots = OpenAddressingSlots<UInt32>(forCount: 4)
        #expect(!slots.find(0).isFound)
        let inserted = [slots.insert(0), slots.insert(.max), slots.insert(0)]
        #expect(inserted == [true, true, false])
        #expect(slots.find(0).isFound && slots.find(.max).isFound && !slots.find(1).isFound)
        #expect(slots.count == 2)
    }

    // MARK: - Values beside the slots

    @Test("Values kept beside the slots follow their keys when the table doubles")
    func valuesFollowKeys() {
        var random = TestRandom(state: 77)
        var slots = OpenAddressingSlots<UInt32>(forCount: 2)
        var values = [Int](repeating: -1, count: slots.capacity)
        var model: [UInt32: Int] = [:]
        for step in 0..<5_000 {
            let key = UInt32(truncatingIfNeeded: random.next())
            let slot = slots.find(key)
            if slot.isFound {
                values[slot.index] += step
            } else {
                // A new key's value starts at 0 + step.
                values[slot.index] = step
                if slots.claim(slot.index, for: key) {
                    let old = values
                    var moved = [Int](repeating: -1, count: slots.capacity * 2)
                    slots = slots.doubled { from, to in moved[to] = old[from] }
                    values = moved
                }
            }
            model[key, default: 0] += step
        }
        #expect(slots.count == model.count)
        for (key, value) in model {
            let slot = slots.find(key)
            #expect(slot.isFound && values[slot.index] == value)
        }
    }

    // MARK: - Sizing and hashing

    @Test("Tables are the smallest power of two of at least 16 holding the count at half load", arguments: [
        (0, 16), (1, 16), (8, 16), (9, 32), (16, 32), (17, 64), (1_024, 2_048), (1_025, 4_096),
    ])
    func tableSize(count: Int, expected: Int) {
        #expect(OpenAddressingSlots<UInt64>.tableSize(for: count) == expected)
        #expect(OpenAddressingSlots<UInt64>(forCount: count).capacity == expected)
    }

    @Test("The hash is the multiply-xor of the key's 64 bits, the same for either key width")
    func hash() {
        // 1 × 0x9E3779B97F4A7C15, high half xored into the low half.
        let expected = Int(truncatingIfNeeded: UInt64(0x9E37_79B9_7F4A_7C15) ^ 0x9E37_79B9)
        #expect(OpenAddressingSlots<UInt64>.hash(1) == expected)
        #expect(OpenAddressingSlots<UInt32>.hash(1) == expected)
        #expect(OpenAddressingSlots<UInt64>.hash(0) == 0)
    }
}
