import Testing
import TierwiseEngine
import TierwiseModel
@testable import TierwiseSimulator

/// Equal windows, counts, minima and maxima; sums equal up to rounding, since
/// a merged view adds partial sums in a different order than one pass does.
func sameResults(_ a: [WindowResult], _ b: [WindowResult]) -> Bool {
    guard a.count == b.count else { return false }
    return zip(a, b).allSatisfy { x, y in
        x.key == y.key && x.window == y.window && x.aggregate.count == y.aggregate.count
            && x.aggregate.min == y.aggregate.min && x.aggregate.max == y.aggregate.max
            && abs(x.aggregate.sum - y.aggregate.sum) <= 1e-9 * max(1, abs(y.aggregate.sum))
    }
}

@Suite("Topologies")
struct TopologyTests {
    @Test("Lambda: the merged view equals a full recompute over the log, at any moment", arguments: [31 as UInt64, 32, 33])
    func lambda(seed: UInt64) throws {
        // Disorder within the watermark bound, so the speed layer drops nothing.
        let events = DisorderedEventStream(seed: seed, keyCount: 4, disorderMillis: 4_000).events(count: 3_000)
        let assigner = try TumblingWindows(sizeMillis: 60_000)
        let clock = SimulatedClock()
        var lambda = try LambdaTopology(assigner: assigner, outOfOrdernessMillis: 5_000, batchIntervalMillis: 60_000, clock: clock)
        var random = SplitMix64(seed: seed)
        var checked = 0
        for (index, event) in events.enumerated() {
            lambda.ingest(event)
            clock.advance(byMillis: Int64(random.next() % 200))
            lambda.runBatchLayerIfDue()
            if index % 500 == 499 {
                var unique = Set<UInt64>()
                let prefix = events[...index].filter { unique.insert($0.id).inserted }
                #expect(sameResults(lambda.servingView, BatchJob.run(prefix, assigner: assigner)))
                checked += 1
            }
        }
        #expect(lambda.batchRuns > 2)  // the batch layer really took over part of the work
        #expect(checked == 6)
    }

    @Test("Kappa: replaying the log into a new view version equals the live run")
    func kappa() throws {
        let events = DisorderedEventStream(seed: 41, keyCount: 6, disorderMillis: 20_000).events(count: 4_000)
        func fresh() throws -> WindowOperator<TumblingWindows> {
            try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 5_000),
                               deduplicationTTLMillis: 10_000_000)
        }
        var kappa = KappaTopology(live: try fresh())
        for event in events[..<2_500] { kappa.ingest(event) }
        let liveBefore = kappa.servingView
        kappa.reprocess(into: try fresh())
        #expect(kappa.viewVersion == 2)
        #expect(kappa.servingView == liveBefore)
        for event in events[2_500...] { kappa.ingest(event) }  // the new version carries on live
        var uninterrupted = try fresh()
        for event in events { uninterrupted.process(event) }
        #expect(kappa.servingView == uninterrupted.currentResults)
        #expect(kappa.live.lateEvents == uninterrupted.lateEvents)
    }

    @Test("Lakehouse: bronze keeps everything, silver parses, validates and deduplicates, gold aggregates silver")
    func medallion() throws {
        let clock = SimulatedClock()
        var pipeline = MedallionPipeline(assigner: try TumblingWindows(sizeMillis: 60_000), clock: clock, triggerIntervalMillis: 10_000) { raw in
            let fields = raw.payload.split(separator: ",").map(String.init)
            guard fields.count == 4, let id = UInt64(fields[0]), let key = UInt32(fields[1]),
                  let time = Int64(fields[2]), let value = Double(fields[3]) else {
                return .failure(.init(reason: "expected id,key,time,value"))
            }
            return .success(Event(id: id, key: key, timestampMillis: time, value: value))
        }
        for line in ["1,0,1000,2", "2,0,61000,3", "garbage", "1,0,1000,2", "3,1,2000,5"] { pipeline.ingest(line) }
        pipeline.tick()  // first tick: micro-batch runs
        #expect(pipeline.bronze.count == 5)
        #expect(pipeline.silver.map(\.id) == [1, 2, 3])
        #expect(pipeline.quarantine == [QuarantinedRecord(bronzeOffset: 2, reason: "expected id,key,time,value")])
        #expect(pipeline.goldResults == BatchJob.run(pipeline.silver, assigner: try TumblingWindows(sizeMillis: 60_000)))

        pipeline.ingest("4,0,3000,10")
        clock.advance(byMillis: 5_000)
        pipeline.tick()  // 5 s later: not yet
        #expect(pipeline.silver.count == 3)
        clock.advance(byMillis: 5_000)
        pipeline.tick()  // 10 s: micro-batch
        #expect(pipeline.silver.count == 4)
        #expect(pipeline.goldResults.first { $0.key == 0 && $0.window.startMillis == 0 }?.aggregate.sum == 12)
    }

    @Test("Materialized views refresh on their own intervals and serve their last refresh in between")
    func views() throws {
        let clock = SimulatedClock()
        var pipeline = MedallionPipeline(assigner: try TumblingWindows(sizeMillis: 60_000), clock: clock) { raw in
            .success(Event(id: UInt64(raw.payload)!, key: 0, timestampMillis: 0, value: 1))
        }
        pipeline.registerView(name: "fast", source: .gold, refreshIntervalMillis: 60_000) { _, gold in gold }
        pipeline.registerView(name: "slow", source: .silver, refreshIntervalMillis: 300_000) { silver, _ in
            [WindowResult(key: 0, window: TimeWindow(startMillis: 0, endMillis: 1), aggregate: {
                var aggregate = Aggregate(); for event in silver { aggregate.add(event.value) }; return aggregate }())]
        }
        pipeline.ingest("1")
        pipeline.trigger()
        #expect(pipeline.refreshDueViews() == ["fast", "slow"])  // both refresh at first
        pipeline.ingest("2")
        pipeline.trigger()
        clock.advance(byMillis: 59_999)
        #expect(pipeline.refreshDueViews().isEmpty)
        #expect(pipeline.views[0].rows.first?.aggregate.count == 1)  // still the last refresh
        clock.advance(byMillis: 1)
        #expect(pipeline.refreshDueViews() == ["fast"])
        #expect(pipeline.views[0].rows.first?.aggregate.count == 2)
        #expect(pipeline.views[1].rows.first?.aggregate.count == 1)
        clock.advance(byMillis: 240_000)
        #expect(pipeline.refreshDueViews() == ["fast", "slow"])
        #expect(pipeline.views[1].version == 2)
    }
}
