/// Keyed session-window aggregation with the same time semantics as
/// ``WindowOperator``, plus merging (Apache Flink's `MergingWindowSet`):
/// an event at t opens [t, t + gap), which merges with every session of its
/// key that it overlaps or touches.
///
/// - a session fires when W ≥ its end and is purged when W ≥ end + lateness
///   (the ``EventTimeTrigger``'s decisions);
/// - an event is late when the session it would form (after merging with the
///   sessions still open) is already purged;
/// - when a merge grows a session that has fired, its old row is removed from
///   the sink, so the sink always holds each session once, at its final extent.
///
/// In batch mode a finite deduplication TTL never expires ids here (unlike
/// ``WindowOperator``, which measures it against the largest event time seen).
public struct SessionWindowOperator: Sendable {
    // MARK: Configuration
    /// The session gap.
    public let sessions: SessionWindows
    /// When sessions fire and are purged.
    let trigger: EventTimeTrigger
    /// Whether session aggregates also estimate distinct values.
    public let tracksDistinctValues: Bool

    // MARK: Time and accounting
    /// Watermark, deduplication, counters and late side output (shared with ``WindowOperator``).
    private var time: EventTimeBookkeeping

    // MARK: State
    private var open: [UInt32: [Session]] = [:]
    /// When to look at a session again (its end, then its end + lateness);
    /// lazily invalidated when sessions merge or go.
    private var timers = MinHeap<Timer>()

    // MARK: Output
    /// Final (upserted) results of every fired session (when ``retainsResults``).
    public private(set) var sink = UpsertSink()
    /// Whether fired results are kept in ``sink``; see ``WindowOperator/retainsResults``.
    public var retainsResults = true
    /// Whether each session's final result is kept, when it is purged, for
    /// ``takeFinalResults()``; see ``WindowOperator/collectsFinalResults``.
    public var collectsFinalResults = false
    /// Purged sessions not yet taken.
    private var finalResults: [WindowResult] = []

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
    /// The lateness and the TTL must be at least 0 and at most
    /// ``EventTime/maximumDurationMillis``, as must the out-of-orderness bound.
    public init(
        sessions: SessionWindows, mode: ExecutionMode, allowedLatenessMillis: Int64 = 0, deduplicationTTLMillis: Int64? = nil,
        tracksDistinctValues: Bool = false
    ) throws(EngineError) {
        trigger = try EventTimeTrigger(allowedLatenessMillis: allowedLatenessMillis)
        time = try EventTimeBookkeeping(mode: mode, deduplicationTTLMillis: deduplicationTTLMillis)
        self.sessions = sessions
        self.tracksDistinctValues = tracksDistinctValues
    }

    // MARK: - Processing

    /// Processes one event, then advances the watermark (streaming mode).
    public mutating func process(_ event: Event) {
        guard time.admit(event) else { return }
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
        let decision = trigger.result(for: window, at: time.watermark)
        if decision.isPurge {
            time.recordLate(event)
        } else {
            merged.window = window
            for index in overlapping.reversed() {
                let old = keySessions.remove(at: index)
                merged.aggregate.merge(old.aggregate)
                if old.hasFired && old.window != window && retainsResults { sink.remove(key: event.key, window: old.window) }
                merged.hasFired = merged.hasFired || (old.hasFired && old.window == window)
            }
            if decision.isFire {
                merged.hasFired = true
                if retainsResults { sink.upsert(key: event.key, window: window, aggregate: merged.aggregate) }
            } else if merged.hasFired {
                // The session grew past the watermark: it fires again when the watermark gets there.
                merged.hasFired = false
            }
            keySessions.append(merged)
            keySessions.sort { $0.window < $1.window }
            timers.insert(Timer(dueMillis: trigger.fireTimeMillis(of: window), key: event.key, window: window))
        }
        open[event.key] = keySessions
        if let next = time.advancedWatermark(observing: event.timestampMillis) { advance(to: next) }
    }

    /// End of input: fires and purges every session.
    public mutating func finish() { advance(to: .endOfInput) }

    /// Fires the sessions the trigger fires at `newWatermark` (those ending at
    /// or before it); purges those it purges (past their lateness).
    public mutating func advance(to newWatermark: Watermark) {
        time.advance(to: newWatermark)
        while let timer = timers.minimum, timer.dueMillis <= newWatermark.millis {
            timers.removeMinimum()
            guard var keySessions = open[timer.key],
                  let index = keySessions.firstIndex(where: { $0.window == timer.window })
            else { continue }  // merged away or purged: a stale timer
            // A timer is due at the session's end or later, so the trigger fires it.
            let decision = trigger.result(for: timer.window, at: newWatermark)
            if !keySessions[index].hasFired {
                keySessions[index].hasFired = true
                if retainsResults { sink.upsert(key: timer.key, window: timer.window, aggregate: keySessions[index].aggregate) }
            }
            if decision.isPurge {
                let purged = keySessions.remove(at: index)
                if collectsFinalResults {
                    finalResults.append(WindowResult(key: timer.key, window: purged.window, aggregate: purged.aggregate))
                }
            } else {
                timers.insert(Timer(dueMillis: trigger.purgeTimeMillis(of: timer.window), key: timer.key, window: timer.window))
            }
            open[timer.key] = keySessions.isEmpty ? nil : keySessions
        }
    }

    // MARK: - Final results

    /// True when sessions were purged since the last ``takeFinalResults()``.
    public var hasFinalResults: Bool { !finalResults.isEmpty }

    /// The final results of the sessions purged since the last call, in purge
    /// order, not in order of start: a long session can close after a later
    /// short one, and an open session can still grow backwards (an event within
    /// a gap of its start merges into it), so a session purged later may start earlier.
    public mutating func takeFinalResults() -> [WindowResult] {
        defer { finalResults.removeAll(keepingCapacity: true) }
        return finalResults
    }

    // MARK: - Introspection

    /// Open sessions, for memory accounting and tests.
    public var openSessionCount: Int { open.values.reduce(0) { $0 + $1.count } }

    // MARK: - Event-time accounting (kept in ``time``)

    /// Streaming (watermark) or batch (bounded input).
    public var mode: ExecutionMode { time.mode }
    /// How long fired sessions accept updates, milliseconds.
    public var allowedLatenessMillis: Int64 { trigger.allowedLatenessMillis }
    /// The watermark sessions have been fired and purged against.
    public var watermark: Watermark { time.watermark }
    /// Events that arrived after the session they would form was purged (when ``retainsLateEvents``).
    public var lateEvents: [Event] { time.lateEvents }
    /// Late events so far, whether kept or not.
    public var lateEventCount: Int { time.lateEventCount }
    /// Whether late events are kept in ``lateEvents``.
    public var retainsLateEvents: Bool {
        get { time.retainsLateEvents }
        set { time.retainsLateEvents = newValue }
    }
    /// Events dropped because their id was already seen.
    public var duplicatesDropped: Int { time.duplicatesDropped }
    /// Events processed (including duplicates and late ones).
    public var eventsSeen: Int { time.eventsSeen }
}
