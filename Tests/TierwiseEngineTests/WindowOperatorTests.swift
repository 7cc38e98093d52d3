import Testing
@testable import TierwiseEngine

private func event(_ id: UInt64, key: UInt32 = 0, at time: Int64, value: Double = 1) -> Event {
    Event(id: id, key: key, timestampMillis: time, value: value)
}

private func streaming(bound: Int64 = 5_000, lateness: Int64 = 0) throws -> WindowOperator<TumblingWindows> {
    try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: bound),
                       allowedLatenessMillis: lateness, deduplicationTTLMillis: 600_000)
}

private let firstMinute = TimeWindow(startMillis: 0, endMillis: 60_000)

@Suite("Window operator: time and lateness")
struct WindowOperatorTests {
    @Test("The watermark is the largest event time minus the bound, advanced per event")
    func watermark() throws {
        var op = try streaming()
        op.process(event(1, at: 30_000))
        #expect(op.watermark.millis == 25_000)
        op.process(event(2, at: 10_000))  // out of order: the watermark does not go back
        #expect(op.watermark.millis == 25_000)
    }

    @Test("A watermark exactly at a window's end fires it")
    func firesAtEnd() throws {
        var op = try streaming()
        op.process(event(1, at: 1_000, value: 4))
        op.process(event(2, at: 64_999))  // W = 59,999: not yet
        #expect(op.sink.rows.isEmpty)
        op.process(event(3, at: 65_000))  // W = 60,000 = end
        #expect(op.sink.sortedResults.map(\.window) == [firstMinute])
        #expect(op.sink.sortedResults.first?.aggregate.sum == 4)
    }

    @Test("An event at end − 1 before the window fires is counted, not late")
    func endMinusOne() throws {
        var op = try streaming()
        op.process(event(1, at: 64_999))  // W = 59,999
        op.process(event(2, at: 59_999, value: 7))
        #expect(op.lateEvents.isEmpty)
        op.finish()
        #expect(op.sink.sortedResults.first { $0.window == firstMinute }?.aggregate.count == 1)
    }

    @Test("After the window fires, its events are late and go to the side output")
    func lateAfterFire() throws {
        var op = try streaming()
        op.process(event(1, at: 65_000))  // W = 60,000: [0, 60 s) is done
        op.process(event(2, at: 59_999))
        #expect(op.lateEvents == [event(2, at: 59_999)])
        op.finish()
        #expect(op.sink.sortedResults.allSatisfy { $0.window != firstMinute })
    }

    @Test("Allowed lateness keeps a fired window open for updates until W ≥ end + lateness")
    func allowedLateness() throws {
        var op = try streaming(lateness: 10_000)
        op.process(event(1, at: 30_000, value: 1))
        op.process(event(2, at: 65_000))  // W = 60,000: fires with sum 1
        #expect(op.sink.rows[UpsertSink.RowKey(key: 0, window: firstMinute)]?.sum == 1)
        op.process(event(3, at: 59_999, value: 2))  // within lateness: updates and fires again
        #expect(op.sink.rows[UpsertSink.RowKey(key: 0, window: firstMinute)]?.sum == 3)
        op.process(event(4, at: 74_999))  // W = 69,999 < 70,000: still open
        op.process(event(5, at: 10_000, value: 4))
        #expect(op.lateEvents.isEmpty)
        op.process(event(6, at: 75_000))  // W = 70,000: purged
        op.process(event(7, at: 10_000, value: 8))
        #expect(op.lateEvents.map(\.id) == [7])
        op.finish()
        #expect(op.sink.rows[UpsertSink.RowKey(key: 0, window: firstMinute)]?.sum == 7)
    }

    @Test("A repeated id is a duplicate, never late, even after its window fired")
    func duplicateNotLate() throws {
        var op = try streaming()
        op.process(event(1, at: 1_000))
        op.process(event(2, at: 65_000))
        op.process(event(1, at: 1_000))
        #expect(op.duplicatesDropped == 1)
        #expect(op.lateEvents.isEmpty)
    }

    @Test("End of input flushes every open window")
    func flush() throws {
        var op = try streaming()
        op.process(event(1, key: 0, at: 1_000))
        op.process(event(2, key: 1, at: 61_000))
        op.process(event(3, key: 0, at: 125_000))
        op.finish()
        #expect(op.sink.sortedResults.map { [$0.window.startMillis, Int64($0.key)] } == [[0, 0], [60_000, 1], [120_000, 0]])
        #expect(op.openWindowCount == 0)
    }

    @Test("Aggregates: count, sum, min, max and average")
    func aggregates() throws {
        var op = try streaming()
        for (id, value) in [(1, 3.0), (2, -1.0), (3, 10.0), (4, 4.0)] { op.process(event(UInt64(id), at: 1_000 * Int64(id), value: value)) }
        op.finish()
        let aggregate = try #require(op.sink.sortedResults.first?.aggregate)
        #expect(aggregate.count == 4)
        #expect(aggregate.sum == 16)
        #expect(aggregate.min == -1)
        #expect(aggregate.max == 10)
        #expect(aggregate.average == 4)
    }

    @Test("Deduplication memory is bounded by the TTL, not by the stream")
    func dedupBounded() throws {
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 0),
                                    deduplicationTTLMillis: 10_000)
        for i in 0..<100_000 { op.process(event(UInt64(i), at: Int64(i) * 100)) }  // 10,000 s of events
        // Ids are kept for one to two TTLs (10 s each, 100 ids per 10 s) plus the current span.
        #expect(op.rememberedIdCount <= 300)
        #expect(op.openWindowCount <= 2)
    }

    @Test("Without a TTL, ids are remembered for good, whatever the watermark (negative included)")
    func unboundedTTL() throws {
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 5_000))
        for (id, time) in [(0, 1_000), (1, 30_000), (2, 70_000), (0, 1_000), (3, 2_000)] as [(UInt64, Int64)] {
            op.process(event(id, at: time))
        }
        // The first event's watermark is −4,000: it must not expire anything.
        #expect(op.duplicatesDropped == 1)
        #expect(op.lateEvents.map(\.id) == [3])
        #expect(op.rememberedIdCount == 4)
    }

    @Test("A TTL forgets an id once the watermark passes its time plus the TTL")
    func ttlExpiry() throws {
        var dedup = try Deduplicator(ttlMillis: 10_000)
        let first = dedup.isFirst(7, timestampMillis: 0)
        dedup.expire(before: Watermark(millis: 19_999))  // the generation [0, 10 s) lives until W ≥ 10 s + TTL
        let repeatWithinTTL = dedup.isFirst(7, timestampMillis: 0)
        dedup.expire(before: Watermark(millis: 20_000))
        let repeatAfterTTL = dedup.isFirst(7, timestampMillis: 0)
        #expect(first && !repeatWithinTTL && repeatAfterTTL)
    }

    @Test("Negative durations are refused")
    func negativeDurations() {
        #expect(throws: EngineError.negativeDuration(name: "out-of-orderness bound", millis: -1)) {
            try WindowOperator(assigner: TumblingWindows(sizeMillis: 1), mode: .streaming(outOfOrdernessMillis: -1))
        }
        #expect(throws: EngineError.negativeDuration(name: "allowed lateness", millis: -1)) {
            try WindowOperator(assigner: TumblingWindows(sizeMillis: 1), mode: .batch, allowedLatenessMillis: -1)
        }
    }
}
