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

    /// Replays `contents`, already read into memory, with the given windows
    /// and time settings. `tierwise replay` streams the file instead
    /// (``run(contentsOfFile:layout:maximumLineBytes:windows:outOfOrdernessMillis:allowedLatenessMillis:tracksDistinctValues:)``);
    /// this simpler path is the reference the streamed one is tested against.
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
        return ReplayResult(
            windowDescription: windows.description, windows: rows(sink) { keys.name(of: $0) }, lateEvents: lateRecords,
            duplicatesDropped: duplicates, quarantined: contents.quarantined, eventsRead: contents.events.count)
    }

    /// Reads the events file at `path` and replays it as a stream: each event
    /// goes to the engine as it is read, so memory holds open windows,
    /// deduplication state, keys and late events, not the file. The result is
    /// the one ``run(_:windows:outOfOrdernessMillis:allowedLatenessMillis:tracksDistinctValues:)``
    /// gives for the file's contents; the contents returned hold the
    /// quarantine and counts, no events.
    public static func run(
        contentsOfFile path: String, layout: EventFileReader.Layout?, maximumLineBytes: Int = EventFileReader.maximumLineBytes,
        windows: WindowSpecification, outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64, tracksDistinctValues: Bool = false
    ) throws(ReplayError) -> (result: ReplayResult, contents: EventFileReader.Contents) {
        let mode = ExecutionMode.streaming(outOfOrdernessMillis: outOfOrdernessMillis)
        do {
            switch windows {
            case .tumbling(let size):
                return try stream(WindowOperator(assigner: TumblingWindows(sizeMillis: size), mode: mode,
                                                 allowedLatenessMillis: allowedLatenessMillis, tracksDistinctValues: tracksDistinctValues),
                                  path, layout, maximumLineBytes, windows)
            case .sliding(let size, let slide):
                return try stream(WindowOperator(assigner: SlidingWindows(sizeMillis: size, slideMillis: slide), mode: mode,
                                                 allowedLatenessMillis: allowedLatenessMillis, tracksDistinctValues: tracksDistinctValues),
                                  path, layout, maximumLineBytes, windows)
            case .session(let gap):
                let session: SessionWindowOperator
                do {
                    session = try SessionWindowOperator(sessions: SessionWindows(gapMillis: gap), mode: mode,
                                                        allowedLatenessMillis: allowedLatenessMillis,
                                                        tracksDistinctValues: tracksDistinctValues)
                } catch {
                    throw ReplayError.invalidSetting(.window, message: error.description)
                }
                return try stream(session, path, layout, maximumLineBytes, windows)
            }
        } catch let error as EventFileReader.FileError {
            throw .unreadable(message: error.description)
        } catch let error as ReplayError {
            throw error
        } catch {
            throw .unreadable(message: "\(error)")
        }
    }

    private static func stream<Operator: ReplayOperator>(
        _ windowOperator: Operator, _ path: String, _ layout: EventFileReader.Layout?, _ maximumLineBytes: Int,
        _ windows: WindowSpecification
    ) throws(EventFileReader.FileError) -> (result: ReplayResult, contents: EventFileReader.Contents) {
        var sink = ReplayEventSink(windowOperator)
        let contents = try EventFileReader.read(contentsOfFile: path, layout: layout, maximumLineBytes: maximumLineBytes, into: &sink)
        sink.finish()
        let names = sink.keyNames
        let result = ReplayResult(
            windowDescription: windows.description, windows: rows(sink.windowOperator.sink) { names[Int($0)] },
            lateEvents: sink.lateRecords, duplicatesDropped: sink.windowOperator.duplicatesDropped,
            quarantined: contents.quarantined, eventsRead: sink.eventsRead)
        return (result, contents)
    }

    /// The windows of `sink` as report rows, in (start, key, end) order.
    private static func rows(_ sink: UpsertSink, name: (UInt32) -> String) -> [ReplayWindowRow] {
        sink.rows.map { row in
            ReplayWindowRow(
                key: name(row.key.key), windowStartMillis: row.key.window.startMillis,
                windowEndMillis: row.key.window.endMillis, count: row.value.count, sum: row.value.sum,
                min: row.value.min, max: row.value.max, average: row.value.average,
                distinctValues: row.value.distinctValues)
        }
        .sorted { ($0.windowStartMillis, $0.key, $0.windowEndMillis) < ($1.windowStartMillis, $1.key, $1.windowEndMillis) }
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
