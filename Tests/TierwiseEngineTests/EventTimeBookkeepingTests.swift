import Testing
@testable import TierwiseEngine

private func event(_ id: UInt64, at time: Int64) -> Event {
    Event(id: id, key: 0, timestampMillis: time, value: 1)
}

@Suite("Event-time bookkeeping")
struct EventTimeBookkeepingTests {
    // MARK: - Admission and accounting

    @Test("Every event is counted; a repeated id is counted as a duplicate and refused")
    func admission() throws {
        var time = try EventTimeBookkeeping(mode: .streaming(outOfOrdernessMillis: 0), deduplicationTTLMillis: nil)
        let admitted = [event(1, at: 0), event(2, at: 5), event(1, at: 9), event(3, at: 1), event(2, at: 2)].map { time.admit($0) }
        #expect(admitted == [true, true, false, true, false])
        #expect(time.eventsSeen == 5)
        #expect(time.duplicatesDropped == 2)
        time.recordLate(event(3, at: 1))
        #expect(time.lateEvents == [event(3, at: 1)])
    }

    // MARK: - Watermark

    @Test("Streaming: a new watermark is reported only when it passes the current one")
    func streamingWatermark() throws {
        var time = try EventTimeBookkeeping(mode: .streaming(outOfOrdernessMillis: 1_000), deduplicationTTLMillis: nil)
        #expect(time.advancedWatermark(observing: 10_000) == Watermark(millis: 9_000))
        time.advance(to: Watermark(millis: 9_000))
        #expect(time.watermark == Watermark(millis: 9_000))
        #expect(time.advancedWatermark(observing: 4_000) == nil)  // out of order: no step back
        #expect(time.advancedWatermark(observing: 10_000) == nil)  // the same maximum
        #expect(time.advancedWatermark(observing: 10_001) == Watermark(millis: 9_001))
    }

    @Test("Batch: the watermark never moves before the end of input")
    func batchWatermark() throws {
        var time = try EventTimeBookkeeping(mode: .batch, deduplicationTTLMillis: nil)
        #expect(time.advancedWatermark(observing: 10_000) == nil)
        #expect(time.watermark == .start)
    }

    @Test("Advancing the watermark lets ids past their TTL be seen as new")
    func expiry() throws {
        var time = try EventTimeBookkeeping(mode: .streaming(outOfOrdernessMillis: 0), deduplicationTTLMillis: 1_000)
        let before = [time.admit(event(7, at: 0)), time.admit(event(7, at: 10))]
        #expect(before == [true, false])
        // Ids of [0, 1 s) are kept until W − TTL passes the span's end: W = 2,000.
        time.advance(to: Watermark(millis: 2_000))
        let after = time.admit(event(7, at: 2_000))
        #expect(after)
    }

    // MARK: - Configuration

    @Test("A negative TTL or out-of-orderness bound is refused")
    func rejects() {
        #expect(throws: EngineError.negativeDuration(name: "deduplication TTL", millis: -1)) {
            try EventTimeBookkeeping(mode: .batch, deduplicationTTLMillis: -1)
        }
        #expect(throws: EngineError.negativeDuration(name: "out-of-orderness bound", millis: -5)) {
            try EventTimeBookkeeping(mode: .streaming(outOfOrdernessMillis: -5), deduplicationTTLMillis: nil)
        }
    }

    @Test("The session operator accounts for events through the same bookkeeping")
    func sessionCounts() throws {
        var sessions = try SessionWindowOperator(sessions: SessionWindows(gapMillis: 1_000), mode: .batch)
        for e in [event(1, at: 0), event(1, at: 5), event(2, at: 10)] { sessions.process(e) }
        #expect(sessions.eventsSeen == 3)
        #expect(sessions.duplicatesDropped == 1)
    }
}
