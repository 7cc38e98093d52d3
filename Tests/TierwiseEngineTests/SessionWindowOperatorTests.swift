import Testing
@testable import TierwiseEngine

private func event(_ id: UInt64, key: UInt32 = 0, at time: Int64, value: Double = 1) -> Event {
    Event(id: id, key: key, timestampMillis: time, value: value)
}

@Suite("Session windows")
struct SessionWindowOperatorTests {
    private func op(lateness: Int64 = 0) throws -> SessionWindowOperator {
        try SessionWindowOperator(sessions: SessionWindows(gapMillis: 30_000), mode: .streaming(outOfOrdernessMillis: 0),
                                  allowedLatenessMillis: lateness, deduplicationTTLMillis: 10_000_000)
    }

    @Test("Events closer than the gap form one session; a longer pause starts another")
    func gaps() throws {
        var o = try op()
        for (id, t) in [(1, 0), (2, 20_000), (3, 49_000), (4, 100_000)] { o.process(event(UInt64(id), at: Int64(t))) }
        o.finish()
        // [0, 30) + [20, 50) + [49, 79) merge into [0, 79 s); 100 s starts [100, 130 s).
        #expect(o.sink.sortedResults.map(\.window) == [TimeWindow(startMillis: 0, endMillis: 79_000),
                                                       TimeWindow(startMillis: 100_000, endMillis: 130_000)])
        #expect(o.sink.sortedResults.map(\.aggregate.count) == [3, 1])
    }

    @Test("A session fires when the watermark reaches its end")
    func fires() throws {
        var o = try op()
        o.process(event(1, at: 0))
        o.process(event(2, at: 29_999))  // W = 29,999: [0, 59,999) still open
        #expect(o.sink.rows.isEmpty)
        o.process(event(3, key: 1, at: 59_999))  // W = 59,999 = end
        #expect(o.sink.sortedResults.map(\.window) == [TimeWindow(startMillis: 0, endMillis: 59_999)])
    }

    @Test("An out-of-order event bridging two sessions merges them; a late one goes to the side output")
    func bridgingAndLate() throws {
        var o = try SessionWindowOperator(sessions: SessionWindows(gapMillis: 10_000), mode: .streaming(outOfOrdernessMillis: 50_000))
        o.process(event(1, at: 0, value: 1))
        o.process(event(2, at: 25_000, value: 2))  // separate: [0, 10) and [25, 35)
        o.process(event(3, at: 12_000, value: 4))  // [12, 22) touches neither... 
        o.process(event(4, at: 10_000, value: 8))  // [10, 20) touches [0, 10) and [12, 22): merges to [0, 22)
        o.process(event(5, at: 22_000, value: 16))  // [22, 32) touches [0, 22) and [25, 35): one session [0, 35)
        o.process(event(6, at: 200_000))  // W = 150,000: everything before fires and is purged
        o.process(event(7, at: 30_000))
        o.finish()
        let first = o.sink.sortedResults.first
        #expect(first?.window == TimeWindow(startMillis: 0, endMillis: 35_000))
        #expect(first?.aggregate.sum == 31)
        #expect(o.lateEvents.map(\.id) == [7])
        #expect(o.openSessionCount == 0)
    }

    @Test("Growing a fired session within its lateness replaces its row in the sink")
    func retraction() throws {
        var o = try op(lateness: 60_000)
        o.process(event(1, at: 0))
        o.process(event(2, key: 1, at: 40_000))  // W = 40,000: [0, 30 s) fired
        #expect(o.sink.rows[UpsertSink.RowKey(key: 0, window: TimeWindow(startMillis: 0, endMillis: 30_000))]?.count == 1)
        o.process(event(3, at: 25_000))  // merges: [0, 55 s), not fired yet
        #expect(o.sink.rows[UpsertSink.RowKey(key: 0, window: TimeWindow(startMillis: 0, endMillis: 30_000))] == nil)
        o.finish()
        #expect(o.sink.sortedResults.filter { $0.key == 0 }.map(\.window) == [TimeWindow(startMillis: 0, endMillis: 55_000)])
        #expect(o.sink.sortedResults.first { $0.key == 0 }?.aggregate.count == 2)
    }

    @Test("Streaming sessions equal batch sessions when nothing is late")
    func streamEqualsBatch() throws {
        let events = disorderedStream(seed: 99, count: 2_000, keys: 5, disorder: 5_000)
        var streamed = try SessionWindowOperator(sessions: SessionWindows(gapMillis: 8_000), mode: .streaming(outOfOrdernessMillis: 5_000),
                                                 deduplicationTTLMillis: 10_000_000)
        var batch = try SessionWindowOperator(sessions: SessionWindows(gapMillis: 8_000), mode: .batch)
        for event in events { streamed.process(event); batch.process(event) }
        streamed.finish()
        batch.finish()
        #expect(streamed.lateEvents.isEmpty)  // disorder 5 s within the 5 s bound
        #expect(streamed.sink == batch.sink)
    }
}
