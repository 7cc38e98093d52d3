import Testing
@testable import TierwiseEngine

@Suite("Value summaries: plain and exact sums")
struct ValueSummaryTests {
    @Test("Any order and any grouping of exact adds and merges gives the exact sum rounded once", arguments: [1 as UInt64, 2, 3, 4])
    func orderAndGrouping(seed: UInt64) throws {
        var random = TestRandom(state: seed)
        let values = (0..<300).map { _ in TestValues.wide.draw(&random) }
        let exact = try #require(ExactSum.of(values))
        var naiveDiffers = 0
        for _ in 0..<40 {
            var shuffled = values
            for index in shuffled.indices.reversed() { shuffled.swapAt(index, random.below(index + 1)) }
            if shuffled.reduce(0, +) != exact { naiveDiffers += 1 }
            // Value by value.
            var summary = ValueSummary()
            for value in shuffled { summary.addExactly(value) }
            #expect(summary.sum == exact)
            var plain = ValueSummary()
            for value in shuffled { plain.add(value) }
            #expect(plain.sum == shuffled.reduce(0, +) && plain.sumRemainder == 0)  // plain addition, as before
            // Random runs, merged in a random tree.
            var parts: [ValueSummary] = []
            var index = 0
            while index < shuffled.count {
                let end = Swift.min(shuffled.count, index + 1 + random.below(20))
                var part = ValueSummary()
                for value in shuffled[index..<end] { part.addExactly(value) }
                parts.append(part)
                index = end
            }
            while parts.count > 1 {
                let a = parts.remove(at: random.below(parts.count))
                var b = parts.remove(at: random.below(parts.count))
                b.mergeExactly(a)
                parts.append(b)
            }
            #expect(parts.first?.sum == exact)
            #expect(parts.first == summary)  // the same double-double, not only the same rounded sum
            #expect(parts.first?.count == 300 && parts.first?.min == values.min() && parts.first?.max == values.max())
        }
        #expect(naiveDiffers > 0)  // plain addition does depend on the order here
    }

    @Test("Exact sums of non-finite values and overflow give what plain addition gives")
    func nonFinite() {
        func sum(_ values: [Double]) -> Double {
            var summary = ValueSummary()
            for value in values { summary.addExactly(value) }
            return summary.sum
        }
        let big = Double.greatestFiniteMagnitude
        #expect(sum([1, .infinity, 2]) == .infinity)
        #expect(sum([-.infinity, 5]) == -.infinity)
        #expect(sum([.infinity, -.infinity]).isNaN)
        #expect(sum([.nan, 1]).isNaN)
        #expect(sum([big, big]) == .infinity)
        #expect(sum([big, big, -big]) == .infinity)  // as plain addition: the overflow is not undone
        #expect(sum([-0.0, -0.0]).sign == (0.0 + -0.0 + -0.0).sign)
        var merged = ValueSummary()
        merged.addExactly(1)
        var other = ValueSummary()
        other.addExactly(.infinity)
        merged.mergeExactly(other)
        #expect(merged.sum == .infinity && merged.sumRemainder == 0)
    }

    @Test("The remainder holds what the double leaves out")
    func remainder() {
        var summary = ValueSummary()
        for value in [1.0, 0x1p-60, 0x1p-60, -1.0] { summary.addExactly(value) }
        #expect(summary.sum == 0x1p-59)  // plain addition gives 0
        summary = ValueSummary()
        for value in [1.0, 0x1p-60] { summary.addExactly(value) }
        #expect(summary.sum == 1 && summary.sumRemainder == 0x1p-60)
    }
}
