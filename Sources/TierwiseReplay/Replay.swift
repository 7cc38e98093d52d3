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
        windows: WindowSpecification, outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64,
        deduplicationTTLMillis: Int64? = nil
    ) throws(EngineError) {
        _ = try run(EventFileReader.Contents(), windows: windows, outOfOrdernessMillis: outOfOrdernessMillis,
                    allowedLatenessMillis: allowedLatenessMillis, deduplicationTTLMillis: deduplicationTTLMillis)
    }

    /// Replays `contents`, already read into memory, with the given windows
    /// and time settings. `tierwise replay` streams the file instead
    /// (``run(contentsOfFile:layout:maximumLineBytes:windows:outOfOrdernessMillis:allowedLatenessMillis:tracksDistinctValues:)``);
    /// this simpler path is the reference the streamed one is tested against.
    public static func run(
        _ contents: EventFileReader.Contents, windows: WindowSpecification,
        outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64, deduplicationTTLMillis: Int64? = nil,
        tracksDistinctValues: Bool = false
    ) throws(EngineError) -> ReplayResult {
        var keys = KeyDictionary()
        var ids = KeyDictionary()
        let events = contents.events.map {
            Event(id: UInt64(ids.intern($0.id)), key: keys.intern($0.key), timestampMillis: $0.timestampMillis, value: $0.value)
        }
        let mode = ExecutionMode.streaming(outOfOrdernessMillis: outOfOrdernessMillis)
        let sink: UpsertSink
        let late: [Int]
        let duplicates: Int
        switch windows {
        case .tumbling(let size):
            (sink, late, duplicates) = try run(events, WindowOperator(assigner: TumblingWindows(sizeMillis: size), mode: mode,
                                                                       allowedLatenessMillis: allowedLatenessMillis,
                                                                       deduplicationTTLMillis: deduplicationTTLMillis,
                                                                       tracksDistinctValues: tracksDistinctValues))
        case .sliding(let size, let slide):
            (sink, late, duplicates) = try run(events, WindowOperator(assigner: SlidingWindows(sizeMillis: size, slideMillis: slide),
                                                                       mode: mode, allowedLatenessMillis: allowedLatenessMillis,
                                                                       deduplicationTTLMillis: deduplicationTTLMillis,
                                                                       tracksDistinctValues: tracksDistinctValues))
        case .session(let gap):
            var session = try SessionWindowOperator(sessions: SessionWindows(gapMillis: gap), mode: mode,
                                                    allowedLatenessMillis: allowedLatenessMillis,
                                                    deduplicationTTLMillis: deduplicationTTLMillis,
                                                    tracksDistinctValues: tracksDistinctValues)
            var lateIndexes: [Int] = []
            for (index, event) in events.enumerated() {
                session.process(event)
                if session.lateEvents.count > lateIndexes.count { lateIndexes.append(index) }
            }
            session.finish()
            (sink, late, duplicates) = (session.sink, lateIndexes, session.duplicatesDropped)
        }
        let lateRecords = late.map { contents.events[$0] }
        return ReplayResult(
            windowDescription: windows.description, windows: rows(sink) { keys.name(of: $0) }, lateEvents: lateRecords,
            duplicatesDropped: duplicates, quarantined: contents.quarantined, eventsRead: contents.events.count)
    }

    /// Reads the events file at `path` and replays it as a stream, as
    /// ``run(contentsOfFile:layout:maximumLineBytes:windows:outOfOrdernessMillis:allowedLatenessMillis:tracksDistinctValues:output:)``
    /// does, collecting what it writes into a ``ReplayResult``: the one
    /// ``run(_:windows:outOfOrdernessMillis:allowedLatenessMillis:tracksDistinctValues:)``
    /// gives for the file's contents.
    public static func run(
        contentsOfFile path: String, layout: EventFileReader.Layout?, maximumLineBytes: Int = EventFileReader.maximumLineBytes,
        windows: WindowSpecification, outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64, tracksDistinctValues: Bool = false
    ) throws(ReplayError) -> (result: ReplayResult, contents: EventFileReader.Contents) {
        try run(contentsOfFile: path, layout: layout, maximumLineBytes: maximumLineBytes, windows: windows,
                outOfOrdernessMillis: outOfOrdernessMillis, allowedLatenessMillis: allowedLatenessMillis,
                deduplicationTTLMillis: nil, tracksDistinctValues: tracksDistinctValues, chunkBytes: EventFileReader.chunkBytes)
    }

    /// ``run(contentsOfFile:layout:maximumLineBytes:windows:outOfOrdernessMillis:allowedLatenessMillis:tracksDistinctValues:)``
    /// reading `chunkBytes` at a time (tests put chunk boundaries everywhere).
    static func run(
        contentsOfFile path: String, layout: EventFileReader.Layout?, maximumLineBytes: Int, windows: WindowSpecification,
        outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64, deduplicationTTLMillis: Int64?, tracksDistinctValues: Bool,
        chunkBytes: Int
    ) throws(ReplayError) -> (result: ReplayResult, contents: EventFileReader.Contents) {
        let collector = ReplayCollector()
        let (summary, contents) = try run(
            contentsOfFile: path, layout: layout, maximumLineBytes: maximumLineBytes, windows: windows,
            outOfOrdernessMillis: outOfOrdernessMillis, allowedLatenessMillis: allowedLatenessMillis,
            deduplicationTTLMillis: deduplicationTTLMillis, tracksDistinctValues: tracksDistinctValues, output: collector, chunkBytes: chunkBytes)
        return (collector.result(summary), contents)
    }

    /// Reads the events file at `path` and replays it as a stream: each event
    /// goes to the engine as it is read, and each window's rows go to `output`
    /// when the window is purged (in (start, key, end) order), each late event
    /// when it is found and each quarantined line when it is read. Memory holds
    /// open windows, deduplication state and keys, not the file or the results.
    /// The contents returned hold the layout, the counts and the first
    /// quarantined lines, no events.
    public static func run(
        contentsOfFile path: String, layout: EventFileReader.Layout?, maximumLineBytes: Int = EventFileReader.maximumLineBytes,
        windows: WindowSpecification, outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64,
        deduplicationTTLMillis: Int64? = nil, tracksDistinctValues: Bool = false, output: any ReplayOutput
    ) throws(ReplayError) -> (summary: ReplaySummary, contents: EventFileReader.Contents) {
        try run(contentsOfFile: path, layout: layout, maximumLineBytes: maximumLineBytes, windows: windows,
                outOfOrdernessMillis: outOfOrdernessMillis, allowedLatenessMillis: allowedLatenessMillis,
                deduplicationTTLMillis: deduplicationTTLMillis, tracksDistinctValues: tracksDistinctValues, output: output,
                chunkBytes: EventFileReader.chunkBytes)
    }

    static func run(
        contentsOfFile path: String, layout: EventFileReader.Layout?, maximumLineBytes: Int, windows: WindowSpecification,
        outOfOrdernessMillis: Int64, allowedLatenessMillis: Int64, deduplicationTTLMillis: Int64?, tracksDistinctValues: Bool,
        output: any ReplayOutput, chunkBytes: Int
    ) throws(ReplayError) -> (summary: ReplaySummary, contents: EventFileReader.Contents) {
        let mode = ExecutionMode.streaming(outOfOrdernessMillis: outOfOrdernessMillis)
        let stream = Stream(path: path, layout: layout, maximumLineBytes: maximumLineBytes, windows: windows,
                            tracksDistinctValues: tracksDistinctValues, hashesTextIDs: deduplicationTTLMillis != nil,
                            chunkBytes: chunkBytes)
        do {
            switch windows {
            case .tumbling(let size):
                return try stream.run(WindowOperator(assigner: TumblingWindows(sizeMillis: size), mode: mode,
                                                     allowedLatenessMillis: allowedLatenessMillis,
                                                     deduplicationTTLMillis: deduplicationTTLMillis,
                                                     tracksDistinctValues: tracksDistinctValues), output)
            case .sliding(let size, let slide):
                return try stream.run(WindowOperator(assigner: SlidingWindows(sizeMillis: size, slideMillis: slide), mode: mode,
                                                     allowedLatenessMillis: allowedLatenessMillis,
                                                     deduplicationTTLMillis: deduplicationTTLMillis,
                                                     tracksDistinctValues: tracksDistinctValues), output)
            case .session(let gap):
                let session: SessionWindowOperator
                do {
                    session = try SessionWindowOperator(sessions: SessionWindows(gapMillis: gap), mode: mode,
                                                        allowedLatenessMillis: allowedLatenessMillis,
                                                        deduplicationTTLMillis: deduplicationTTLMillis,
                                                        tracksDistinctValues: tracksDistinctValues)
                } catch {
                    throw ReplayError.invalidSetting(.window, message: error.description)
                }
                return try stream.run(session, output)
            }
        } catch let error as EventFileReader.FileError {
            throw .unreadable(message: error.description)
        } catch let error as ReplayError {
            throw error
        } catch {
            throw .unreadable(message: "\(error)")
        }
    }

    /// One streamed replay's settings.
    private struct Stream {
        let path: String
        let layout: EventFileReader.Layout?
        let maximumLineBytes: Int
        let windows: WindowSpecification
        let tracksDistinctValues: Bool
        /// Text ids as 63-bit hashes instead of interned names (with a TTL, so their memory is bounded too).
        let hashesTextIDs: Bool
        let chunkBytes: Int

        func run<Operator: ReplayOperator>(
            _ windowOperator: Operator, _ output: any ReplayOutput
        ) throws(EventFileReader.FileError) -> (summary: ReplaySummary, contents: EventFileReader.Contents) {
            var sink = ReplayEventSink(windowOperator, output: output, hashesTextIDs: hashesTextIDs)
            let contents = try ReplayReadingThread.read(
                path: path, layout: layout, maximumLineBytes: maximumLineBytes, chunkBytes: chunkBytes,
                keptQuarantineCount: ReplaySummary.quarantineExampleLimit) { batch in sink.take(batch) }
            sink.finish()
            let summary = ReplaySummary(
                windowDescription: windows.description, eventsRead: sink.eventsRead, windowCount: sink.windowsWritten,
                overflowedSumCount: sink.overflowedSums, tracksDistinctValues: tracksDistinctValues,
                lateEventCount: sink.lateEventsWritten, duplicatesDropped: sink.windowOperator.duplicatesDropped,
                quarantinedCount: contents.quarantinedCount, firstQuarantined: contents.quarantined)
            return (summary, contents)
        }
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

    /// The sink, the positions in `events` of the late ones, and the duplicates.
    private static func run<Assigner: WindowAssigner>(
        _ events: [Event], _ windowOperator: WindowOperator<Assigner>
    ) -> (UpsertSink, [Int], Int) {
        var windowOperator = windowOperator
        var late: [Int] = []
        for (index, event) in events.enumerated() {
            windowOperator.process(event)
            if windowOperator.lateEvents.count > late.count { late.append(index) }
        }
        windowOperator.finish()
        return (windowOperator.sink, late, windowOperator.duplicatesDropped)
    }
}
