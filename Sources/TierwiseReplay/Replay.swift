import TierwiseEngine
import TierwiseModel

/// Runs event samples through the engine's streaming operators, as
/// `tierwise replay` does: events in file order, watermark per event, late
/// events and duplicates counted, end of input flushing every window.
public enum Replay {
    /// Checks the windows and time settings as ``run(_:windows:outOfOrdernessMillis:allowedLatenessMillis:tracksDistinctValues:)``
    /// would, without any events: sizes positive, durations at most
    /// ``EventTime/maximumDurationMillis``, at most ``EventTime/maximumWindowsPerEvent``
    /// sliding windows per event.
    public static func validate(
        windows: WindowSpecification, outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64
    ) throws(EngineError) {
        _ = try run(EventFileReader.Contents(), windows: windows, outOfOrdernessMillis: outOfOrdernessMillis,
                    allowedLatenessMillis: allowedLatenessMillis)
    }

    /// Replays `contents` with the given windows and time settings.
    public static func run(
        _ contents: EventFileReader.Contents, windows: WindowSpecification,
        outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64, tracksDistinctValues: Bool = false
    ) throws(EngineError) -> ReplayResult {
        var keys = KeyDictionary()
        var ids = KeyDictionary()
        let events = contents.events.map {
            Event(id: UInt64(ids.intern($0.id)), key: keys.intern($0.key), timestampMillis: $0.timestampMillis, value: $0.value)
        }
        // Every id is remembered for the whole replay: a sample file is bounded.
        let mode = ExecutionMode.streaming(outOfOrdernessMillis: outOfOrdernessMillis)
        let sink: UpsertSink
        let late: [Event]
        let duplicates: Int
        switch windows {
        case .tumbling(let size):
            (sink, late, duplicates) = try run(events, WindowOperator(assigner: TumblingWindows(sizeMillis: size), mode: mode,
                                                                       allowedLatenessMillis: allowedLatenessMillis,
                                                                       tracksDistinctValues: tracksDistinctValues))
        case .sliding(let size, let slide):
            (sink, late, duplicates) = try run(events, WindowOperator(assigner: SlidingWindows(sizeMillis: size, slideMillis: slide),
                                                                       mode: mode, allowedLatenessMillis: allowedLatenessMillis,
                                                                       tracksDistinctValues: tracksDistinctValues))
        case .session(let gap):
            var session = try SessionWindowOperator(sessions: SessionWindows(gapMillis: gap), mode: mode,
                                                    allowedLatenessMillis: allowedLatenessMillis,
                                                    tracksDistinctValues: tracksDistinctValues)
            for event in events { session.process(event) }
            session.finish()
            (sink, late, duplicates) = (session.sink, session.lateEvents, session.duplicatesDropped)
        }
        // Deduplication comes before lateness, so a late event is the first occurrence of its id.
        var firstRecordByID: [UInt64: EventRecord] = [:]
        for (event, record) in zip(events, contents.events) where firstRecordByID[event.id] == nil {
            firstRecordByID[event.id] = record
        }
        // Every late event went through the loop above, so its id is there.
        let lateRecords = late.compactMap { firstRecordByID[$0.id] }
        let rows = sink.rows.map { row in
            ReplayWindowRow(
                key: keys.name(of: row.key.key), windowStartMillis: row.key.window.startMillis,
                windowEndMillis: row.key.window.endMillis, count: row.value.count, sum: row.value.sum,
                min: row.value.min, max: row.value.max, average: row.value.average,
                distinctValues: row.value.distinctValues)
        }
        .sorted { ($0.windowStartMillis, $0.key, $0.windowEndMillis) < ($1.windowStartMillis, $1.key, $1.windowEndMillis) }
        return ReplayResult(
            windowDescription: windows.description, windows: rows, lateEvents: lateRecords,
            duplicatesDropped: duplicates, quarantined: contents.quarantined, eventsRead: contents.events.count)
    }

    private static func run<Assigner: WindowAssigner>(
        _ events: [Event], _ windowOperator: WindowOperator<Assigner>
    ) -> (UpsertSink, [Event], Int) {
        var windowOperator = windowOperator
        for event in events { windowOperator.process(event) }
        windowOperator.finish()
        return (windowOperator.sink, windowOperator.lateEvents, windowOperator.duplicatesDropped)
    }
}
