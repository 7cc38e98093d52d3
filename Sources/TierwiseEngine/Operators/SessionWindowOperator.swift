/// Keyed session-window aggregation with the same time semantics as
/// ``WindowOperator``, plus merging (Apache Flink's `MergingWindowSet`):
/// an event at t opens [t, t + gap), which merges with every session of its
/// key that it overlaps or touches.
///
/// - a session fires when W ≥ its end and is purged when W ≥ end + lateness;
/// - an event is late when the session it would form (after merging with the
///   sessions still open) is already purged;
/// - when a merge grows a session that has fired, its old row is removed from
///   the sink, so the sink always holds each session once, at its final extent.
public struct SessionWindowOperator: Sendable {
    // MARK: Configuration
    /// The session gap.
    public let sessions: SessionWindows
    /// Streaming (watermark) or batch (bounded input).
    public let mode: ExecutionMode
    /// How long fired windows accept updates, milliseconds.
    public let allowedLatenessMillis: Int64
    /// Whether session aggregates also estimate distinct values.
    public let tracksDistinctValues: Bool

    // MARK: Time
    private var watermarks: BoundedOutOfOrdernessWatermarks
    public private(set) var watermark: Watermark = .start

    // MARK: State
    private var deduplicator: Deduplicator
    private var open: [UInt32: [Session]] = [:]
    /// When to look at a session again (its end, then its end + lateness);
    /// lazily invalidated when sessions merge or go.
    private var timers = MinHeap<Timer>()

    // MARK: Output
    public private(set) var sink = UpsertSink()
    public private(set) var lateEvents: [Event] = []
    public private(set) var duplicatesDropped = 0

    struct Session: Sendable {
        var window: TimeWindow
        var aggregate: Aggregate
        var hasFired: Bool
    }

    struct Timer: Comparable, Sendable {
        var dueMillis: Int64
        var key: UInt32
        var window: TimeWindow
        static func < (lhs: Timer, rhs: Timer) -> Bool {
            (lhs.dueMillis, lhs.key, lhs.window.startMillis) < (rhs.dueMillis, rhs.key, rhs.window.startMillis)
        }
    }

    /// A session operator; `deduplicationTTLMillis` nil remembers ids forever (batch).
    public init(
        sessions: SessionWindows, mode: ExecutionMode, allowedLatenessMillis: Int64 = 0, deduplicationTTLMillis: Int64? = nil,
        tracksDistinctValues: Bool = false
    ) throws(EngineError) {
        (watermarks, deduplicator) = try EventTimeSetup.make(
            mode: mode, allowedLatenessMillis: allowedLatenessMillis, deduplicationTTLMillis: deduplicationTTLMillis)
        self.sessions = sessions
        self.mode = mode
        self.allowedLatenessMillis = allowedLatenessMillis
        self.tracksDistinctValues = tracksDistinctValues
    }

    // MARK: - Processing

    /// Processes one event, then advances the watermark (streaming mode).
    public mutating func process(_ event: Event) {
        guard deduplicator.isFirst(event.id, timestampMillis: event.timestampMillis) else {
            duplicatesDropped += 1
            return
        }
        var merged = Session(window: sessions.window(for: event.timestampMillis),
                             aggregate: Aggregate(trackingDistinctValues: tracksDistinctValues), hasFired: false)
        merged.aggregate.add(event.value)
        var keySessions = open[event.key] ?? []
        // Sessions this event's window overlaps or touches (Flink's `intersects`).
        let overlapping = keySessions.indices.filter {
            keySessions[$0].window.startMillis <= merged.window.endMillis && keySessions[$0].window.endMillis >= merged.window.startMillis
        }
        var window = merged.window
        for index in overlapping {
            window.startMillis = min(window.startMillis, keySessions[index].window.startMillis)
            window.endMillis = max(window.endMillis, keySessions[index].window.endMillis)
        }
        if isPurged(window) {
            lateEvents.append(event)
        } else {
            merged.window = window
            for index in overlapping.reversed() {
                let old = keySessions.remove(at: index)
                merged.aggregate.merge(old.aggregate)
                if old.hasFired && old.window != window { sink.remove(key: event.key, window: old.window) }
                merged.hasFired = merged.hasFired || (old.hasFired && old.window == window)
            }
            if watermark != .start && watermark.millis >= window.endMillis {
                merged.hasFired = true
                sink.upsert(key: event.key, window: window, aggregate: merged.aggregate)
            } else if merged.hasFired {
                // The session grew past the watermark: it fires again when the watermark gets there.
                merged.hasFired = false
            }
            keySessions.append(merged)
            keySessions.sort { $0.window < $1.window }
            timers.insert(Timer(dueMillis: window.endMillis, key: event.key, window: window))
        }
        open[event.key] = keySessions
        if case .streaming = mode {
            watermarks.observe(event.timestampMillis)
            let next = watermarks.current
            if next > watermark { advance(to: next) }
        }
    }

    /// End of input: fires and purges every session.
    public mutating func finish() { advance(to: .endOfInput) }

    /// Fires sessions ending at or before `newWatermark`; purges those past their lateness.
    public mutating func advance(to newWatermark: Watermark) {
        watermark = newWatermark
        let w = newWatermark.millis
        while let timer = timers.minimum, timer.dueMillis <= w {
            timers.removeMinimum()
            guard var keySessions = open[timer.key],
                  let index = keySessions.firstIndex(where: { $0.window == timer.window })
            else { continue }  // merged away or purged: a stale timer
            if !keySessions[index].hasFired {
                keySessions[index].hasFired = true
                sink.upsert(key: timer.key, window: timer.window, aggregate: keySessions[index].aggregate)
            }
            let purgeAt = timer.window.endMillis.addingClamped(allowedLatenessMillis)
            if purgeAt <= w {
                keySessions.remove(at: index)
            } else {
                timers.insert(Timer(dueMillis: purgeAt, key: timer.key, window: timer.window))
            }
            open[timer.key] = keySessions.isEmpty ? nil : keySessions
        }
        deduplicator.expire(before: newWatermark)
    }

    /// Open sessions, for memory accounting and tests.
    public var openSessionCount: Int { open.values.reduce(0) { $0 + $1.count } }

    private func isPurged(_ window: TimeWindow) -> Bool {
        watermark != .start && watermark.millis >= window.endMillis.addingClamped(allowedLatenessMillis)
    }
}
