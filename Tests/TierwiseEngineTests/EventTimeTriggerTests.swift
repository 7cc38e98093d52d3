import Testing
@testable import TierwiseEngine

@Suite("Event-time trigger")
struct EventTimeTriggerTests {
    // MARK: - Boundaries

    /// Window [0, 60 s) with 10 s of lateness: fires from 60,000, purged from 70,000.
    private static let window = TimeWindow(startMillis: 0, endMillis: 60_000)

    @Test("Fire and purge at the boundaries W = end − 1, end, end + lateness − 1, end + lateness", arguments: [
        (59_999 as Int64, TriggerResult.continue),
        (60_000, .fire),
        (69_999, .fire),
        (70_000, .fireAndPurge),
        (1_000_000, .fireAndPurge),
    ])
    func boundaries(watermarkMillis: Int64, expected: TriggerResult) throws {
        let trigger = try EventTimeTrigger(allowedLatenessMillis: 10_000)
        #expect(trigger.result(for: Self.window, at: Watermark(millis: watermarkMillis)) == expected)
    }

    @Test("Without lateness a window fires and purges at once, at its end", arguments: [
        (59_999 as Int64, TriggerResult.continue),
        (60_000, .fireAndPurge),
    ])
    func noLateness(watermarkMillis: Int64, expected: TriggerResult) throws {
        let trigger = try EventTimeTrigger()
        #expect(trigger.result(for: Self.window, at: Watermark(millis: watermarkMillis)) == expected)
    }

    @Test("Before the first event nothing fires, whatever the window")
    func beforeFirstEvent() throws {
        let trigger = try EventTimeTrigger(allowedLatenessMillis: 0)
        for end: Int64 in [Int64.min, -1, 0, 60_000, .max] {
            let window = TimeWindow(startMillis: Int64.min, endMillis: end)
            #expect(trigger.result(for: window, at: .start) == .continue)
        }
    }

    @Test("End of input (a batch run's end) fires and purges every window, even one ending at the top of time")
    func endOfInput() throws {
        let trigger = try EventTimeTrigger(allowedLatenessMillis: 315_360_000_000_000)
        for window in [Self.window, TimeWindow(startMillis: -5, endMillis: -1), TimeWindow(startMillis: 0, endMillis: .max)] {
            #expect(trigger.result(for: window, at: .endOfInput) == .fireAndPurge)
            #expect(trigger.resultAtEndOfInput(for: window) == .fireAndPurge)
        }
    }

    // MARK: - Times

    @Test("A window fires at its end and is purged at its end plus the lateness, clamped at the top of time")
    func times() throws {
        let trigger = try EventTimeTrigger(allowedLatenessMillis: 10_000)
        #expect(trigger.fireTimeMillis(of: Self.window) == 60_000)
        #expect(trigger.purgeTimeMillis(of: Self.window) == 70_000)
        let last = TimeWindow(startMillis: Int64.max - 20_000, endMillis: Int64.max - 5_000)
        #expect(trigger.purgeTimeMillis(of: last) == Int64.max)
        #expect(trigger.result(for: last, at: Watermark(millis: Int64.max - 1)) == .fire)
    }

    // MARK: - Configuration

    @Test("Negative or overlong lateness is refused")
    func rejectsLateness() {
        #expect(throws: EngineError.negativeDuration(name: "allowed lateness", millis: -1)) {
            try EventTimeTrigger(allowedLatenessMillis: -1)
        }
        #expect(throws: EngineError.durationTooLong(name: "allowed lateness", millis: 315_360_000_000_001,
                                                    maximum: 315_360_000_000_000)) {
            try EventTimeTrigger(allowedLatenessMillis: 315_360_000_000_001)
        }
    }

    @Test("The four results are Flink's two flags")
    func flags() {
        #expect(TriggerResult.continue == TriggerResult(isFire: false, isPurge: false))
        #expect(TriggerResult.fire == TriggerResult(isFire: true, isPurge: false))
        #expect(TriggerResult.purge == TriggerResult(isFire: false, isPurge: true))
        #expect(TriggerResult.fireAndPurge == TriggerResult(isFire: true, isPurge: true))
    }
}
