import Testing
@testable import TierwiseEngine

@Suite("Window assigners")
struct WindowAssignerTests {
    @Test("An event on a boundary opens the next tumbling window")
    func tumblingBoundary() throws {
        let windows = try TumblingWindows(sizeMillis: 60_000)
        #expect(windows.windows(containing: 60_000) == [TimeWindow(startMillis: 60_000, endMillis: 120_000)])
        #expect(windows.windows(containing: 59_999) == [TimeWindow(startMillis: 0, endMillis: 60_000)])
    }

    @Test("Windows align to the epoch for negative times too")
    func negativeTimes() throws {
        let windows = try TumblingWindows(sizeMillis: 60_000)
        #expect(windows.windows(containing: -1) == [TimeWindow(startMillis: -60_000, endMillis: 0)])
        #expect(windows.windows(containing: -60_000) == [TimeWindow(startMillis: -60_000, endMillis: 0)])
    }

    @Test("A sliding window of 5 minutes every minute holds an event in five windows")
    func sliding() throws {
        let windows = try SlidingWindows(sizeMillis: 300_000, slideMillis: 60_000)
        // t = 130 s: windows starting at −120, −60, 0, 60, 120 s all contain it.
        #expect(windows.windows(containing: 130_000).map(\.startMillis) == [-120_000, -60_000, 0, 60_000, 120_000])
        #expect(windows.windows(containing: 130_000).allSatisfy { $0.contains(130_000) && $0.endMillis - $0.startMillis == 300_000 })
        // Size not a multiple of the slide: 90 s every 60 s holds t = 100 s in [60, 150) only... and [0, 90)? No: 100 ≥ 90.
        let uneven = try SlidingWindows(sizeMillis: 90_000, slideMillis: 60_000)
        #expect(uneven.windows(containing: 100_000) == [TimeWindow(startMillis: 60_000, endMillis: 150_000)])
        #expect(uneven.windows(containing: 70_000).map(\.startMillis) == [0, 60_000])
    }

    @Test("Non-positive sizes and oversize slides are rejected", arguments: [0, -5] as [Int64])
    func rejectsSize(size: Int64) {
        #expect(throws: EngineError.invalidWindowSize(size)) { try TumblingWindows(sizeMillis: size) }
        #expect(throws: EngineError.slideLargerThanSize(slide: 2, size: 1)) { try SlidingWindows(sizeMillis: 1, slideMillis: 2) }
    }
}
