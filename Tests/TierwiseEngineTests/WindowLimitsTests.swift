import Testing
@testable import TierwiseEngine

/// 3,650,000 days in milliseconds, worked out by hand: 3,650,000 × 86,400,000.
private let maximumDuration: Int64 = 315_360_000_000_000
/// 10000-01-01T00:00:00Z: 2,932,897 days after 1970-01-01 (8,030 years of 365 days plus 1,947 leap days), × 86,400,000.
private let year10000: Int64 = 253_402_300_800_000
/// 0000-01-01T00:00:00Z: 719,528 days before 1970-01-01, × 86,400,000.
private let year0: Int64 = -62_167_219_200_000

@Suite("Window limits")
struct WindowLimitsTests {
    // MARK: - Documented limits

    @Test("The accepted range runs from the year 0 to the last millisecond of 9999, durations to 3,650,000 days")
    func documentedLimits() {
        #expect(EventTime.minimumMillis == year0)
        #expect(EventTime.maximumMillis == year10000 - 1)
        #expect(EventTime.maximumDurationMillis == maximumDuration)
        #expect(EventTime.maximumWindowsPerEvent == 10_000)
    }

    @Test("Every duration above the maximum is rejected with its name; the maximum itself is accepted")
    func durationsAboveTheMaximum() throws {
        let over = maximumDuration + 1
        #expect(throws: EngineError.durationTooLong(name: "window size", millis: over, maximum: maximumDuration)) {
            try TumblingWindows(sizeMillis: over)
        }
        #expect(throws: EngineError.durationTooLong(name: "window size", millis: .max, maximum: maximumDuration)) {
            try SlidingWindows(sizeMillis: .max, slideMillis: .max)
        }
        #expect(throws: EngineError.durationTooLong(name: "session gap", millis: over, maximum: maximumDuration)) {
            try SessionWindows(gapMillis: over)
        }
        #expect(throws: EngineError.durationTooLong(name: "out-of-orderness bound", millis: over, maximum: maximumDuration)) {
            try BoundedOutOfOrdernessWatermarks(boundMillis: over)
        }
        let minute = try TumblingWindows(sizeMillis: 60_000)
        #expect(throws: EngineError.durationTooLong(name: "allowed lateness", millis: over, maximum: maximumDuration)) {
            try WindowOperator(assigner: minute, mode: .batch, allowedLatenessMillis: over)
        }
        #expect(throws: EngineError.durationTooLong(name: "deduplication TTL", millis: over, maximum: maximumDuration)) {
            try WindowOperator(assigner: minute, mode: .batch, deduplicationTTLMillis: over)
        }
        #expect(throws: EngineError.negativeDuration(name: "deduplication TTL", millis: -1)) {
            try SessionWindowOperator(sessions: SessionWindows(gapMillis: 1_000), mode: .batch, deduplicationTTLMillis: -1)
        }
        _ = try TumblingWindows(sizeMillis: maximumDuration)
        _ = try WindowOperator(assigner: minute, mode: .streaming(outOfOrdernessMillis: maximumDuration),
                               allowedLatenessMillis: maximumDuration, deduplicationTTLMillis: maximumDuration)
    }

    @Test("A sliding window is refused when an event would fall in more than 10,000 windows", arguments: [
        (86_400_000, 1, 86_400_000),  // sliding:1d/1ms
        (10_001, 1, 10_001),
        (20_001, 2, 10_001),  // ⌈20,001 / 2⌉
    ] as [(Int64, Int64, Int64)])
    func tooManyWindows(size: Int64, slide: Int64, windows: Int64) {
        #expect(throws: EngineError.tooManyWindowsPerEvent(size: size, slide: slide, windows: windows, maximum: 10_000)) {
            try SlidingWindows(sizeMillis: size, slideMillis: slide)
        }
    }

    @Test("Exactly 10,000 windows per event is allowed")
    func tenThousandWindows() throws {
        #expect(try SlidingWindows(sizeMillis: 10_000, slideMillis: 1).windows(containing: 0).count == 10_000)
        #expect(try SlidingWindows(sizeMillis: 20_000, slideMillis: 2).windows(containing: 7).count == 10_000)
    }

    @Test("The limit's message names the windows per event and the limit")
    func tooManyWindowsMessage() {
        let error = EngineError.tooManyWindowsPerEvent(size: 86_400_000, slide: 1, windows: 86_400_000, maximum: 10_000)
        #expect(error.description == "A sliding window of 86400000 ms every 1 ms puts each event in 86400000 windows; "
            + "at most 10000 windows per event are allowed (use a longer slide or a shorter size).")
        #expect(EngineError.durationTooLong(name: "session gap", millis: maximumDuration + 1, maximum: maximumDuration).description
            == "The session gap (315360000000001 ms) exceeds the maximum duration, 315360000000000 ms (3650000 days).")
    }

    // MARK: - Exact at the ends of the range

    @Test("Windows of the first and last accepted milliseconds are exact")
    func windowsAtTheEnds() throws {
        let minute = try TumblingWindows(sizeMillis: 60_000)
        // Both ends are midnights, so multiples of a minute.
        #expect(minute.windows(containing: year10000 - 1) == [TimeWindow(startMillis: year10000 - 60_000, endMillis: year10000)])
        #expect(minute.windows(containing: year0) == [TimeWindow(startMillis: year0, endMillis: year0 + 60_000)])
        // A day every hour: the 24 windows starting on 9999-12-31 at 00:00, 01:00, …, 23:00.
        let days = try SlidingWindows(sizeMillis: 86_400_000, slideMillis: 3_600_000).windows(containing: year10000 - 1)
        #expect(days.count == 24)
        #expect(days.first == TimeWindow(startMillis: year10000 - 86_400_000, endMillis: year10000))
        #expect(days.last == TimeWindow(startMillis: year10000 - 3_600_000, endMillis: year10000 - 3_600_000 + 86_400_000))
        let session = try SessionWindows(gapMillis: maximumDuration).window(for: year10000 - 1)
        #expect(session == TimeWindow(startMillis: year10000 - 1, endMillis: 568_762_300_799_999))
        var watermarks = try BoundedOutOfOrdernessWatermarks(boundMillis: maximumDuration)
        watermarks.observe(year0)
        #expect(watermarks.current.millis == -377_527_219_200_000)
    }

    @Test("The largest sliding window at the last accepted millisecond starts 10,000 slides back")
    func largestSlidingAtTheEnd() throws {
        let slide = maximumDuration / 10_000
        let windows = try SlidingWindows(sizeMillis: maximumDuration, slideMillis: slide).windows(containing: year10000 - 1)
        #expect(windows.count == 10_000)
        #expect(windows.allSatisfy { $0.contains(year10000 - 1) && $0.endMillis - $0.startMillis == maximumDuration })
        #expect(zip(windows, windows.dropFirst()).allSatisfy { $1.startMillis - $0.startMillis == slide })
    }
}

@Suite("Window arithmetic outside the accepted range")
struct WindowOverflowTests {
    private static let extremes: [Int64] = [.min, .min + 1, .min + 59_999, .max, .max - 1, .max - 59_999]

    @Test("Assigners never trap and never give a window ending before it starts", arguments: extremes)
    func assigners(time: Int64) throws {
        for window in try TumblingWindows(sizeMillis: 60_000).windows(containing: time) {
            #expect(window.startMillis <= window.endMillis)
        }
        let sliding = try SlidingWindows(sizeMillis: 300_000, slideMillis: 60_000).windows(containing: time)
        #expect(sliding.allSatisfy { $0.startMillis <= $0.endMillis })
        #expect(zip(sliding, sliding.dropFirst()).allSatisfy { $0.startMillis < $1.startMillis })
        let session = try SessionWindows(gapMillis: 30_000).window(for: time)
        #expect(session.startMillis <= session.endMillis)
    }

    @Test("Operators take events at the ends of Int64 without trapping", arguments: extremes)
    func operators(time: Int64) throws {
        let events = [Event(id: 1, key: 0, timestampMillis: 0, value: 1), Event(id: 2, key: 0, timestampMillis: time, value: 2),
                      Event(id: 3, key: 0, timestampMillis: 1, value: 3)]
        var tumbling = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 5_000),
                                          allowedLatenessMillis: 1_000)
        var sliding = try WindowOperator(assigner: SlidingWindows(sizeMillis: 300_000, slideMillis: 60_000),
                                         mode: .streaming(outOfOrdernessMillis: 5_000), deduplicationTTLMillis: 60_000)
        var batch = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .batch, deduplicationTTLMillis: 60_000)
        var sessions = try SessionWindowOperator(sessions: SessionWindows(gapMillis: 30_000), mode: .streaming(outOfOrdernessMillis: 5_000))
        for event in events {
            tumbling.process(event)
            sliding.process(event)
            sessions.process(event)
        }
        batch.process(events)
        tumbling.finish()
        sliding.finish()
        batch.finish()
        sessions.finish()
        #expect(tumbling.eventsSeen == 3 && sliding.eventsSeen == 3 && batch.eventsSeen == 3)
        #expect(sessions.sink.rows.keys.allSatisfy { $0.window.startMillis <= $0.window.endMillis })
    }
}
