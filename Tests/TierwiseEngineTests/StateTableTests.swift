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
}
