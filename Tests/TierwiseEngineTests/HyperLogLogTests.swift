import Testing
@testable import TierwiseEngine

@Suite("HyperLogLog")
struct HyperLogLogTests {
    @Test("Estimates are within three standard errors of the true distinct count", arguments: [10, 1_000, 100_000])
    func accuracy(distinct: Int) {
        var sketch = HyperLogLog(precision: 10)
        for round in 0..<3 {  // each value added three times: repeats do not count
            for value in 0..<distinct { sketch.add(Double(value)); _ = round }
        }
        let relativeError = abs(sketch.estimate - Double(distinct)) / Double(distinct)
        #expect(relativeError < 3 * 1.04 / 32, "estimate \(sketch.estimate) for \(distinct)")
    }

    @Test("Merging two sketches estimates the union")
    func merge() {
        var a = HyperLogLog(), b = HyperLogLog()
        for value in 0..<5_000 { a.add(Double(value)) }
        for value in 2_500..<7_500 { b.add(Double(value)) }
        a.merge(b)
        #expect(abs(a.estimate - 7_500) / 7_500 < 0.1)
    }

    @Test("An empty sketch estimates zero")
    func empty() {
        #expect(HyperLogLog().estimate == 0)
    }
}
