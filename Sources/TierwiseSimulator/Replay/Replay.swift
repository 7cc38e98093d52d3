import TierwiseEngine

/// Runs event samples through the engine's streaming operators, as
/// `tierwise replay` does: events in file order, watermark per event, late
/// events and duplicates counted, end of input flushing every window.
public enum Replay {
    /// One window's result with the key's name.
    public struct WindowRow: Sendable, Equatable {
        /// The grouping key.
        public var key: String
        /// The window.
        public var window: TimeWindow
        /// Its aggregate.
        public var aggregate: Aggregate
    }

    /// Everything a replay produces.
    public struct Result: Sendable, Equatable {
        /// Sorted by (window start, key, window end).
        public var windows: [WindowRow]
        /// Events whose windows were all purged when they arrived, in arrival order.
        public var lateEvents: [EventRecord]
        /// Events dropped because their id was seen before.
        public var duplicatesDropped: Int
        /// Lines that were not events.
        public var quarantined: [QuarantinedLine]
        /// Events read (including late ones and duplicates).
        public var eventsRead: Int
    }

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
    ) throws(EngineError) -> Result {
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
        let rows = sink.rows.map { WindowRow(key: keys.name(of: $0.key.key), window: $0.key.window, aggregate: $0.value) }
            .sorted { ($0.window.startMillis, $0.key, $0.window.endMillis) < ($1.window.startMillis, $1.key, $1.window.endMillis) }
        return Result(windows: rows, lateEvents: lateRecords, duplicatesDropped: duplicates,
                      quarantined: contents.quarantined, eventsRead: contents.events.count)
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
