import Testing
@testable import TierwiseEngine

/// A disordered stream for sliding windows: about `spacing` ms between events
/// on average, up to `disorder` ms backwards, one event in 25 from half
/// `farBehind` to `farBehind` ms backwards instead (late, or within the lateness), 5%
/// repeated ids, and every `sparseEvery`-th key far beyond any dense array (0: none).
func slidingStream(seed: UInt64, count: Int, keys: Int, spacing: Int, disorder: Int64, farBehind: Int64 = 0,
                   values: TestValues, sparseEvery: Int = 0) -> [Event] {
    var random = TestRandom(state: seed | 1)
    var events: [Event] = []
    var clock: Int64 = 0
    for index in 0..<count {
        clock += Int64(random.below(2 * spacing))
        if index > 10, random.below(20) == 0 {
            events.append(events[random.below(events.count)])
            continue
        }
        var key = UInt32(random.below(keys))
        if sparseEvery > 0, index % sparseEvery == 0 { key = UInt32.max - key }
        let isFarBehind = farBehind > 0 && random.below(25) == 0
        let lag = isFarBehind ? farBehind / 2 + Int64(random.below(Int(farBehind / 2) + 1)) : Int64(random.below(Int(disorder) + 1))
        let time = clock - lag
        events.append(Event(id: UInt64(index), key: key, timestampMillis: time, value: values.draw(&random)))
    }
    return events
}

/// Everything observable about a finished operator.
private struct Outcome: Equatable {
    var results: [WindowResult]
    var lateEvents: [Event]
    var duplicatesDropped: Int
    var resultsEmitted: Int
    var eventsSeen: Int
}

private func outcome<A: WindowAssigner>(_ op: WindowOperator<A>) -> Outcome {
    Outcome(results: op.sink.sortedResults, lateEvents: op.lateEvents, duplicatesDropped: op.duplicatesDropped,
            resultsEmitted: op.resultsEmitted, eventsSeen: op.eventsSeen)
}

@Suite("Sliding windows by panes")
struct PaneWindowTests {
    /// (size, slide, lateness, bound): panes of one slide, of half a slide (90 s / 60 s: 30 s panes),
    /// size = slide, many windows per event, lateness beyond the size, and one kept per window.
    static let configurations: [(Int64, Int64, Int64, Int64)] = [
        (300_000, 60_000, 0, 5_000),
        (300_000, 60_000, 45_000, 5_000),
        (90_000, 60_000, 20_000, 2_000),
        (60_000, 60_000, 10_000, 5_000),
        (120_000, 1_000, 30_000, 3_000),
        (30_000, 5_000, 100_000, 1_000),
        (10_007, 10_000, 5_000, 5_000),  // 1 ms panes for 2 windows per event: kept per window
    ]

    @Test("The layout: panes of gcd(size, slide), unless a slide would hold more panes than an event has windows")
    func layout() throws {
        #expect(PaneLayout(try SlidingWindows(sizeMillis: 3_600_000, slideMillis: 1_000))?.paneMillis == 1_000)
        #expect(PaneLayout(try SlidingWindows(sizeMillis: 90_000, slideMillis: 60_000))?.paneMillis == 30_000)
        #expect(PaneLayout(try SlidingWindows(sizeMillis: 60_000, slideMillis: 60_000))?.paneMillis == 60_000)
        #expect(PaneLayout(try SlidingWindows(sizeMillis: 10_007, slideMillis: 10_000)) == nil)
        let op = try WindowOperator(assigner: SlidingWindows(sizeMillis: 300_000, slideMillis: 60_000), mode: .batch)
        #expect(op.paneLayout?.paneMillis == 60_000)
        #expect(try WindowOperator(assigner: PerWindowSlidingWindows(sizeMillis: 300_000, slideMillis: 60_000), mode: .batch).panes == nil)
        // Every window containing a pane contains all of it, and the pane's first and last windows are the event's.
        let layout = try #require(PaneLayout(try SlidingWindows(sizeMillis: 90_000, slideMillis: 60_000)))
        let windows = try SlidingWindows(sizeMillis: 90_000, slideMillis: 60_000)
        for time in stride(from: Int64(-200_000), through: 200_000, by: 7_001) {
            let pane = layout.pane(containing: time)
            let containing = windows.windows(containing: time)
            #expect(containing.allSatisfy { $0.startMillis <= pane.startMillis && pane.endMillis <= $0.endMillis })
            #expect(containing.first == layout.firstWindow(containingPaneAt: pane.startMillis))
            #expect(containing.last == layout.lastWindow(containingPaneAt: pane.startMillis))
        }
    }

    @Test("Open panes stay sorted and findable through gaps, disorder, purges and compaction")
    func openPanes() {
        var random = TestRandom(state: 77)
        var panes = OpenPanes(paneMillis: 500)
        var model: [Int64: Int] = [:]  // pane start → values added
        var purgedBelow = Int64.min
        var newest: Int64 = 0
        for step in 0..<20_000 {
            newest += Int64(random.below(3)) * 500 * (random.below(50) == 0 ? 40 : 1)  // mostly contiguous, some gaps
            let start = newest - Int64(random.below(12)) * 500
            guard start >= purgedBelow else { continue }
            let pane = TimeWindow(startMillis: start, endMillis: start + 500)
            let (index, created) = panes.index(of: pane)
            #expect(created == (model[start] == nil), "step \(step)")
            #expect(panes[index].window == pane)
            panes.add(1, key: UInt32(random.below(5)), at: index, trackingDistinct: false)
            model[start, default: 0] += 1
            if step % 97 == 0 {
                purgedBelow = newest - 30_000
                panes.purge { $0.startMillis < purgedBelow }
                model = model.filter { $0.key >= purgedBelow }
            }
        }
        #expect(panes.count == model.count)
        #expect(panes.states.map(\.window.startMillis) == model.keys.sorted())
        #expect(panes.states.map { state in var n: Int64 = 0; state.forEach { n += $1.count }; return Int(n) }
            == model.keys.sorted().map { model[$0] ?? 0 })
    }

    @Test("Pane-based sliding windows match the reference model with disorder and lateness: windows, exact sums, late events, re-fires",
          arguments: Array(configurations.enumerated()).flatMap { index, configuration in
              TestValues.allCases.map { (UInt64(index) * 10 + 101, configuration.0, configuration.1, configuration.2, configuration.3, $0) }
          })
    func referenceModel(seed: UInt64, size: Int64, slide: Int64, lateness: Int64, bound: Int64, values: TestValues) throws {
        let spacing = Int(Swift.max(20, slide / 8))
        let events = slidingStream(seed: seed, count: 2_500, keys: 5, spacing: spacing, disorder: 3 * bound + lateness,
                                   farBehind: size + lateness + 4 * bound + 2 * slide, values: values)
        var op = try WindowOperator(assigner: SlidingWindows(sizeMillis: size, slideMillis: slide),
                                    mode: .streaming(outOfOrdernessMillis: bound), allowedLatenessMillis: lateness)
        var model = SlidingWindowModel(size: size, slide: slide, lateness: lateness, bound: bound)
        for event in events {
            op.process(event)
            model.process(event)
        }
        op.finish()
        model.finish()
        try expect(op, matches: model, values: values, exactly: op.panes != nil)
        // The stream really exercises what is tested: late events, re-fires within the lateness, and (wide values)
        // sums where adding in arrival order loses bits.
        #expect(!model.lateIDs.isEmpty)
        if lateness > 0 { #expect(model.refires > 10) }
    }

    @Test("Batch mode by panes matches the reference model, one by one, in chunks and on two cores", arguments: TestValues.allCases)
    func batch(values: TestValues) throws {
        let events = slidingStream(seed: 7, count: 10_000, keys: 40, spacing: 60, disorder: 40_000, values: values, sparseEvery: 9)
        let assigner = try SlidingWindows(sizeMillis: 120_000, slideMillis: 2_000)
        var model = SlidingWindowModel(size: 120_000, slide: 2_000, lateness: 0, bound: nil)
        for event in events { model.process(event) }
        model.finish()
        var oneByOne = try WindowOperator(assigner: assigner, mode: .batch)
        for event in events { oneByOne.process(event) }
        oneByOne.finish()
        try expect(oneByOne, matches: model, values: values, exactly: true)
        var chunked = try WindowOperator(assigner: assigner, mode: .batch)
        try BatchJob.run(ArrayEventSource(events), through: &chunked)
        var pipelined = try WindowOperator(assigner: assigner, mode: .batch)
        try BatchPipeline.run(ArrayEventSource(events), through: &pipelined)
        #expect(outcome(chunked) == outcome(oneByOne))
        #expect(outcome(pipelined) == outcome(oneByOne))
        #expect(BatchJob.run(events, assigner: assigner) == oneByOne.sink.sortedResults)
    }

    @Test("Panes give what per-window state gives: rows, sketches, late events, re-fires and partial results",
          arguments: [(31 as UInt64, false, 0), (32, true, 0), (33, false, 7), (34, true, 5)])
    func perWindowEquivalence(seed: UInt64, distinct: Bool, sparseEvery: Int) throws {
        let events = slidingStream(seed: seed, count: 4_000, keys: 30, spacing: 150, disorder: 20_000, farBehind: 100_000,
                                   values: .wide, sparseEvery: sparseEvery)
        func run<A: WindowAssigner>(_ assigner: A) throws -> (Outcome, [[WindowResult]]) {
            var op = try WindowOperator(assigner: assigner, mode: .streaming(outOfOrdernessMillis: 4_000),
                                        allowedLatenessMillis: 25_000, deduplicationTTLMillis: 600_000,
                                        tracksDistinctValues: distinct)
            op.sumsExactly = true  // per-window state adds plainly in the product; exactly here, to compare bits
            var partial: [[WindowResult]] = []
            for (index, event) in events.enumerated() {
                op.process(event)
                if index % 1_000 == 999 { partial.append(op.currentResults) }
            }
            op.finish()
            return (outcome(op), partial)
        }
        let panes = try run(SlidingWindows(sizeMillis: 60_000, slideMillis: 2_000))
        let perWindow = try run(PerWindowSlidingWindows(sizeMillis: 60_000, slideMillis: 2_000))
        #expect(panes.0 == perWindow.0)
        #expect(panes.1 == perWindow.1)
        #expect(panes.0.results.count > 1_000 && !panes.0.lateEvents.isEmpty)
        if distinct { #expect(panes.0.results.allSatisfy { $0.aggregate.distinctValues != nil }) }
    }

    @Test("Windows kept per window still add plainly, in arrival order: tumbling sums are what they always were")
    func tumblingSumsPlain() throws {
        let events = slidingStream(seed: 9, count: 3_000, keys: 4, spacing: 200, disorder: 3_000, values: .wide)
        var op = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 5_000))
        var values: [UpsertSink.RowKey: [Double]] = [:]
        var seen = Set<UInt64>()
        for event in events {
            op.process(event)
            if seen.insert(event.id).inserted, !op.lateEvents.contains(event) {
                let start = event.timestampMillis >= 0 ? event.timestampMillis / 60_000 * 60_000
                                                       : -((-event.timestampMillis + 59_999) / 60_000) * 60_000
                values[UpsertSink.RowKey(key: event.key, window: TimeWindow(startMillis: start, endMillis: start + 60_000)), default: []]
                    .append(event.value)
            }
        }
        op.finish()
        #expect(op.sink.rows.count == values.count)
        var differFromExact = 0
        for (row, list) in values {
            #expect(op.sink.rows[row]?.sum == list.reduce(0, +), "\(row)")
            if list.reduce(0, +) != ExactSum.of(list) { differFromExact += 1 }
        }
        #expect(differFromExact > 0)  // the values are such that plain and exact sums differ
    }

    @Test("An event costs one pane: the state held is panes, not windows")
    func statePerPane() throws {
        // A 1-hour window every second: 3,600 windows per event, one pane per second.
        var op = try WindowOperator(assigner: SlidingWindows(sizeMillis: 3_600_000, slideMillis: 1_000),
                                    mode: .streaming(outOfOrdernessMillis: 2_000))
        for index in 0..<20_000 {
            op.process(Event(id: UInt64(index), key: UInt32(index % 10), timestampMillis: Int64(index) * 10, value: 1))
        }
        // 200 s of events: 200 panes of 10 keys (no window has fired yet, so none is held whole).
        #expect(op.openWindowCount == 200 * 10)
        op.finish()
        #expect(op.openWindowCount == 0)
        // Every window containing the events fired once: (200 + 3,599) windows of 10 keys.
        #expect(op.resultsEmitted == (200 + 3_599) * 10)
        let first = try #require(op.sink.rows[UpsertSink.RowKey(key: 3, window: TimeWindow(startMillis: 0, endMillis: 3_600_000))])
        #expect(first.count == 2_000 && first.sum == 2_000)
    }

    @Test("A crash at a random point, then recovery from the last checkpoint, equals an uninterrupted run (panes)",
          arguments: Array(1...6) as [UInt64])
    func recovery(seed: UInt64) throws {
        let events = slidingStream(seed: seed, count: 3_000, keys: 6, spacing: 400, disorder: 30_000, values: .wide)
        func makeOperator() throws -> WindowOperator<SlidingWindows> {
            try WindowOperator(assigner: SlidingWindows(sizeMillis: 90_000, slideMillis: 6_000),
                               mode: .streaming(outOfOrdernessMillis: 5_000), allowedLatenessMillis: 12_000,
                               deduplicationTTLMillis: 120_000, tracksDistinctValues: seed % 2 == 0)
        }
        var reference = try makeOperator()
        for event in events { reference.process(event) }
        reference.finish()

        var random = TestRandom(state: seed &* 7_919 | 1)
        let crashAt = random.below(events.count)
        let interval = 20 + random.below(300)
        var running = try makeOperator()
        var lastCheckpoint: Checkpoint?
        for (offset, event) in events[..<crashAt].enumerated() {
            running.process(event)
            if (offset + 1) % interval == 0 {
                lastCheckpoint = try Checkpoint(decoding: running.checkpoint(logOffset: Int64(offset + 1)).encoded())
            }
        }
        var external = running.sink
        var recovered = try makeOperator()
        if let lastCheckpoint { try recovered.restore(lastCheckpoint) }
        for event in events[Int(lastCheckpoint?.logOffset ?? 0)...] { recovered.process(event) }
        recovered.finish()
        for (row, aggregate) in recovered.sink.rows { external.upsert(key: row.key, window: row.window, aggregate: aggregate) }
        #expect(external == reference.sink)
        #expect(recovered.lateEvents == reference.lateEvents)
        #expect(recovered.duplicatesDropped == reference.duplicatesDropped)
        #expect(recovered.eventsSeen == reference.eventsSeen)
    }

    @Test("A checkpoint of sliding windows kept per window (before panes) is refused with a clear error, not misread")
    func perWindowCheckpointRefused() throws {
        let assigner = try SlidingWindows(sizeMillis: 300_000, slideMillis: 60_000)
        var op = try WindowOperator(assigner: assigner, mode: .streaming(outOfOrdernessMillis: 5_000))
        for event in slidingStream(seed: 3, count: 300, keys: 3, spacing: 1_000, disorder: 3_000, values: .decimal) { op.process(event) }
        // What a build before panes wrote: version 1, its configuration, every open window's entries.
        let old = versionOneCheckpoint(configuration: op.perWindowConfigurationDescription,
                                       watermark: op.watermark.millis, windows: [(1, TimeWindow(startMillis: 0, endMillis: 300_000), 3, 7.5)])
        let decoded = try Checkpoint(decoding: old)
        var fresh = try WindowOperator(assigner: assigner, mode: .streaming(outOfOrdernessMillis: 5_000))
        let error = thrownError(CheckpointError.self) { try fresh.restore(decoded) }
        #expect(error == .perWindowSlidingState(configuration: op.perWindowConfigurationDescription,
                                                expected: op.configurationDescription))
        #expect(error?.description.contains("cannot be restored") == true)
        #expect(op.configurationDescription.contains("in panes of 60000 ms"))
        #expect(fresh.openWindowCount == 0 && fresh.eventsSeen == 0)
    }

    @Test("A version 1 checkpoint of tumbling windows (one double per sum) still restores")
    func versionOneTumbling() throws {
        let assigner = try TumblingWindows(sizeMillis: 60_000)
        let op = try WindowOperator(assigner: assigner, mode: .streaming(outOfOrdernessMillis: 5_000))
        let bytes = versionOneCheckpoint(configuration: op.configurationDescription, watermark: 55_000,
                                         windows: [(4, TimeWindow(startMillis: 60_000, endMillis: 120_000), 2, 0.3)])
        var restored = op
        try restored.restore(try Checkpoint(decoding: bytes))
        restored.process(Event(id: 9, key: 4, timestampMillis: 61_000, value: 0.1))
        restored.finish()
        let row = try #require(restored.sink.rows[UpsertSink.RowKey(key: 4, window: TimeWindow(startMillis: 60_000, endMillis: 120_000))])
        #expect(row.count == 3 && row.sum == ExactSum.of([0.3, 0.1]))
    }

    // MARK: - Helpers

    /// Checks `op` against `model`: the same rows (counts, minima, maxima exact; sums equal to the exact sum
    /// rounded once when `exactly`, else to the plain sum in arrival order), late events, duplicates and emissions.
    private func expect<A: WindowAssigner>(_ op: WindowOperator<A>, matches model: SlidingWindowModel, values: TestValues,
                                           exactly: Bool) throws {
        var expected = 0
        var naiveDiffers = 0
        for (key, windows) in model.results {
            for (start, entry) in windows {
                expected += 1
                let row = UpsertSink.RowKey(key: key, window: TimeWindow(startMillis: start, endMillis: start + model.size))
                let aggregate = try #require(op.sink.rows[row], "\(row)")
                #expect(aggregate.count == Int64(entry.values.count), "\(row)")
                #expect(aggregate.min == entry.values.min() && aggregate.max == entry.values.max(), "\(row)")
                let exact = try #require(entry.exact.rounded)
                let plain = entry.values.reduce(0, +)
                let wanted = exactly ? exact : plain
                #expect(aggregate.sum == wanted, "\(row): \(aggregate.sum) != \(wanted)")
                if plain != exact { naiveDiffers += 1 }
            }
        }
        #expect(op.sink.rows.count == expected)
        #expect(op.lateEvents.map(\.id) == model.lateIDs)
        #expect(op.duplicatesDropped == model.duplicates)
        #expect(op.resultsEmitted == model.emitted)
        // With wide values, a plain sum in arrival order gets windows wrong (1% to 5% of them): the comparison can fail.
        if values == .wide { #expect(naiveDiffers * 100 > expected, "\(naiveDiffers) of \(expected)") }
    }

    /// Checkpoint bytes in format version 1 (one double per sum, no panes), as builds before panes wrote them.
    private func versionOneCheckpoint(configuration: String, watermark: Int64,
                                      windows: [(key: UInt32, window: TimeWindow, count: Int64, sum: Double)]) -> [UInt8] {
        var w = BinaryWriter()
        for byte in Array("TWCK".utf8) { w.write(byte) }
        w.write(UInt32(1))
        w.write(Int64(0))  // log offset
        w.write(configuration)
        w.write(watermark + 5_000)  // largest event time
        w.write(watermark)
        w.write(Int64(0)); w.write(Int64(0))  // events seen, duplicates
        w.write(UInt64(windows.count))
        for entry in windows {
            w.write(entry.key); w.write(entry.window.startMillis); w.write(entry.window.endMillis)
            w.write(entry.count); w.write(entry.sum); w.write(entry.sum / 2); w.write(entry.sum / 2)
            w.write(UInt32(0))
        }
        w.write(UInt64(0))  // deduplication
        w.write(UInt64(0))  // late events
        var bytes = w.bytes
        withUnsafeBytes(of: CRC32.checksum(bytes).littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }
}
