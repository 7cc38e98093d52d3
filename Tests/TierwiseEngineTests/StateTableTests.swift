import Testing
@testable import TierwiseEngine

@Suite("State tables")
struct StateTableTests {
    @Test("The window state table agrees with a Dictionary through random adds and removes", arguments: [1 as UInt64, 2, 3])
    func windowTable(seed: UInt64) {
        var random = TestRandom(state: seed)
        var table = WindowStateTable(capacity: 4)
        var oracle: [String: Aggregate] = [:]
        for _ in 0..<20_000 {
            let key = UInt32(random.below(50))
            let start = Int64(random.below(40)) * 60_000 - 600_000
            let window = TimeWindow(startMillis: start, endMillis: start + 60_000)
            let name = "\(key)@\(start)"
            if random.below(4) == 0 {
                table.remove(key: key, window: window)
                oracle[name] = nil
            } else {
                let value = Double(random.below(100))
                let created = table.add(value, key: key, window: window)
                #expect(created == (oracle[name] == nil))
                oracle[name, default: Aggregate()].add(value)
            }
        }
        #expect(table.count == oracle.count)
        var seen = 0
        table.forEach { key, window, aggregate in
            seen += 1
            #expect(oracle["\(key)@\(window.startMillis)"] == aggregate)
        }
        #expect(seen == oracle.count)
    }

    @Test("The id set finds every id it took, and only those")
    func idSet() {
        var set = IDSet(capacity: 2)
        var random = TestRandom(state: 9)
        var oracle = Set<UInt64>()
        for _ in 0..<50_000 {
            let id = random.next() % 30_000
            #expect(set.insert(id) == oracle.insert(id).inserted)
        }
        #expect(set.count == oracle.count)
        #expect(Set(set.elements) == oracle)
        #expect(!set.contains(30_001))
    }

    @Test("The deduplicator agrees with a simple model through expiry, slot reuse and rebuilds", arguments: [4 as UInt64, 5])
    func deduplicatorModel(seed: UInt64) throws {
        var random = TestRandom(state: seed)
        let ttl: Int64 = 5_000
        var dedup = try Deduplicator(ttlMillis: ttl)
        var model: [UInt64: Int64] = [:]  // id → generation start (5 s spans)
        var oldest = Int64.min
        var time: Int64 = 0
        for step in 0..<60_000 {
            time += Int64(random.below(3))
            let id = random.below(10) == 0 ? UInt64.max : random.next() % 40_000
            let generation = (time / ttl) * ttl
            let expected: Bool
            if let seen = model[id], seen >= oldest { expected = false } else { expected = true; model[id] = generation }
            #expect(dedup.isFirst(id, timestampMillis: time) == expected, "step \(step)")
            if step % 100 == 0 {
                let watermark = time - 1_000
                dedup.expire(before: Watermark(millis: watermark))
                oldest = max(oldest, ((watermark - ttl) / ttl) * ttl)
            }
        }
        #expect(dedup.rememberedCount == model.values.count { $0 >= oldest })
    }
}
