import Testing
@testable import TierwiseEngine

@Suite("State tables")
struct StateTableTests {
    /// Keys drawn three ways: small and dense, spread over all of UInt32, and
    /// mostly dense with a few huge ones (forcing the sparse table, then migration).
    static let keyPatterns = ["dense", "sparse", "mixed"]

    static func key(pattern: String, random: inout TestRandom, step: Int) -> UInt32 {
        switch pattern {
        case "dense": return UInt32(random.below(300))
        case "sparse": return UInt32(truncatingIfNeeded: random.next() % 2_000) &* 2_654_435_761
        default: return random.below(20) == 0 ? UInt32.max - UInt32(random.below(5)) : UInt32(random.below(50 + step / 10))
        }
    }

    @Test("A window's state agrees with a Dictionary for dense, sparse and mixed keys", arguments: keyPatterns)
    func windowState(pattern: String) {
        var random = TestRandom(state: 11)
        let window = TimeWindow(startMillis: 0, endMillis: 60_000)
        var state = WindowState(window: window, denseCapacity: WindowState.minimumDenseCapacity)
        var oracle: [UInt32: Aggregate] = [:]
        for step in 0..<20_000 {
            let key = Self.key(pattern: pattern, random: &random, step: step)
            let value = Double(random.below(1_000)) - 500
            state.add(value, key: key, trackingDistinct: false)
            oracle[key, default: Aggregate()].add(value)
        }
        #expect(state.entryCount == oracle.count)
        var seen: [UInt32: Aggregate] = [:]
        state.forEach { key, aggregate in
            #expect(seen[key] == nil, "key \(key) listed twice")
            seen[key] = aggregate
        }
        #expect(seen == oracle)
        for (key, aggregate) in oracle { #expect(state.aggregate(for: key) == aggregate) }
        #expect(state.aggregate(for: 1_000_003) == oracle[1_000_003])
        // Memory follows the entries: never more than four dense slots per entry (past the minimum).
        #expect(state.denseCapacity <= max(WindowState.minimumDenseCapacity, 4 * oracle.count))
    }

    @Test("Window memory follows entries: after a busy window, quiet windows stay small")
    func windowSizesFollowEntries() throws {
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 1_000), mode: .batch)
        // Window 0 sees 10,000 keys; windows 1 to 50 see one event each, for key 5,000.
        for key in 0..<10_000 { op.process(Event(id: UInt64(key), key: UInt32(key), timestampMillis: 500, value: 1)) }
        for window in 1...50 {
            op.process(Event(id: UInt64(100_000 + window), key: 5_000, timestampMillis: Int64(window) * 1_000, value: 2))
        }
        let capacities = op.windows.states.map(\.denseCapacity)
        #expect(capacities.count == 51)
        #expect(capacities[0] >= 10_000)
        // The window right after the busy one may inherit its size; from then on, four slots per entry at most.
        #expect(capacities.dropFirst(2).allSatisfy { $0 <= WindowState.minimumDenseCapacity })
        op.finish()
        #expect(op.sink.rows.count == 10_000 + 50)
        #expect(op.sink.rows[UpsertSink.RowKey(key: 5_000, window: TimeWindow(startMillis: 7_000, endMillis: 8_000))]?.sum == 2)
    }

    @Test("Restoring entries one by one rebuilds the same state")
    func windowStateSet() {
        var random = TestRandom(state: 12)
        let window = TimeWindow(startMillis: 0, endMillis: 60_000)
        var original = WindowState(window: window, denseCapacity: 16)
        for step in 0..<5_000 {
            original.add(Double(random.below(100)), key: Self.key(pattern: "mixed", random: &random, step: step), trackingDistinct: false)
        }
        var restored = WindowState(window: window, denseCapacity: 16)
        original.forEach { key, aggregate in restored.set(aggregate, for: key) }
        restored.set(Aggregate(), for: 7_777)  // an empty aggregate is no entry
        #expect(restored.entryCount == original.entryCount)
        original.forEach { key, aggregate in #expect(restored.aggregate(for: key) == aggregate) }
        #expect(restored.aggregate(for: 7_777) == nil)
    }

    @Test("Distinct-value sketches kept beside the summaries match an aggregate that holds its own")
    func windowStateDistinct() {
        var random = TestRandom(state: 14)
        var state = WindowState(window: TimeWindow(startMillis: 0, endMillis: 1_000), denseCapacity: 16)
        var oracle: [UInt32: Aggregate] = [:]
        for step in 0..<5_000 {
            let key = Self.key(pattern: "mixed", random: &random, step: step)
            let value = Double(random.below(700))
            state.add(value, key: key, trackingDistinct: true)
            oracle[key, default: Aggregate(trackingDistinctValues: true)].add(value)
        }
        var seen = 0
        state.forEach { key, aggregate in
            seen += 1
            #expect(aggregate == oracle[key])
            #expect(aggregate.distinctValues != nil)
        }
        #expect(seen == oracle.count)
    }

    @Test("The sparse summary table agrees with a Dictionary through growth")
    func keyedTable() {
        var random = TestRandom(state: 13)
        var table = KeyedSummaryTable(capacity: 2)
        var oracle: [UInt32: ValueSummary] = [:]
        for _ in 0..<10_000 {
            let key = UInt32(random.below(3_000)) &* 97
            let value = Double(random.below(100))
            let created = table.add(value, key: key)
            #expect(created == (oracle[key] == nil))
            oracle[key, default: ValueSummary()].add(value)
        }
        #expect(table.count == oracle.count)
        var seen = 0
        table.forEach { key, summary in
            seen += 1
            #expect(oracle[key] == summary)
        }
        #expect(seen == oracle.count)
    }

    @Test("The id set finds every id it took, and only those, as a bitmap and as a hash",
          arguments: [("consecutive", true), ("gappy", true), ("random", false)])
    func idSet(pattern: String, staysDense: Bool) {
        var set = IDSet(capacity: 2)
        var random = TestRandom(state: 9)
        var oracle = Set<UInt64>()
        for step in 0..<50_000 {
            let id: UInt64
            switch pattern {
            case "consecutive": id = UInt64(step + random.below(64))  // slightly out of order, with repeats
            case "gappy": id = UInt64(step * 3 + random.below(2))  // every third id or so, around 170 a block
            default: id = random.next()
            }
            #expect(set.insert(id) == oracle.insert(id).inserted)
            if step % 7 == 0 { #expect(set.insert(id) == false) }  // an immediate repeat is always seen
        }
        #expect(set.isDense == staysDense)
        #expect(set.count == oracle.count)
        #expect(Set(set.elements) == oracle)
        for id in oracle.prefix(1_000) {
            let found = set.contains(id)
            #expect(found)
        }
        var absent = 0
        for _ in 0..<2_000 {
            let probe = pattern == "random" ? random.next() : UInt64(random.below(160_000))
            if !oracle.contains(probe) {
                absent += 1
                let found = set.contains(probe)
                #expect(!found)
            }
        }
        #expect(absent > 0)
    }

    @Test("Inserting ranges sets exactly their ids, across words, blocks and a switch to hash form",
          arguments: [false, true])
    func idSetRanges(sparse: Bool) {
        var set = IDSet(capacity: 2)
        var oracle = Set<UInt64>()
        var random = TestRandom(state: sparse ? 31 : 32)
        for _ in 0..<400 {
            // Sparse: ranges scattered over 2^40 ids (the set turns into a hash); dense: packed below 200,000.
            let start = sparse ? random.next() % (1 << 40) : UInt64(random.below(200_000))
            let length = UInt64(random.below(sparse ? 3 : 700))
            set.insert(start...(start + length))
            for id in start...(start + length) { oracle.insert(id) }
            if random.below(3) == 0 {
                let single = UInt64(random.below(200_000))
                #expect(set.insert(single) == oracle.insert(single).inserted)
            }
        }
        #expect(set.isDense == !sparse)
        #expect(set.count == oracle.count)
        #expect(Set(set.elements) == oracle)
        for _ in 0..<2_000 {
            let probe = sparse ? random.next() % (1 << 40) : UInt64(random.below(210_000))
            let found = set.contains(probe)
            #expect(found == oracle.contains(probe))
        }
    }

    @Test("A range that turns the set into a hash midway keeps every id findable")
    func idSetRangeAcrossConversion() {
        var set = IDSet(capacity: 2)
        // One id, the last of its block, in each of 64 blocks two apart: sparse enough
        // that the next new block turns the set into a hash.
        for k in 0..<64 { _ = set.insert(UInt64(1_000 + 2 * k) * 512 + 511) }
        #expect(set.isDense)
        // Starts below every id so far, in an existing block; its tail needs a new block.
        let range = UInt64(1_000 * 512 + 500)...UInt64(1_000 * 512 + 520)
        set.insert(range)
        #expect(!set.isDense)
        #expect(set.count == 64 + range.count - 1)
        for id in range {
            let found = set.contains(id)
            #expect(found, "id \(id)")
        }
    }

    @Test("The deduplicator agrees with a simple model through expiry, slot reuse and rebuilds",
          arguments: [(4 as UInt64, false), (5, false), (6, true), (7, true)])
    func deduplicatorModel(seed: UInt64, increasingIDs: Bool) throws {
        var random = TestRandom(state: seed)
        let ttl: Int64 = 5_000
        var dedup = try Deduplicator(ttlMillis: ttl)
        var model: [UInt64: Int64] = [:]  // id → generation start (5 s spans)
        var oldest = Int64.min
        var time: Int64 = 0
        for step in 0..<60_000 {
            time += Int64(random.below(3))
            let id: UInt64
            if increasingIDs {
                // Mostly new and increasing, some repeats of recent ids, a few of old ones.
                let roll = random.below(20)
                id = roll == 0 ? UInt64(max(0, step - random.below(20_000))) : UInt64(max(0, step - (roll == 1 ? random.below(30) : 0)))
            } else {
                id = random.below(10) == 0 ? UInt64.max : random.next() % 40_000
            }
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
