/// The event-time bookkeeping every window operator shares: the watermark
/// generator and the watermark windows were fired against, deduplication by
/// event id, and the counters and side output that account for every event
/// (seen, dropped as a duplicate, or late).
///
/// An operator asks it, per event, whether the event is the first with its
/// id (``admit(_:)``), hands it the late ones (``recordLate(_:)``) and, in
/// streaming mode, whether the watermark moved (``advancedWatermark(observing:)``);
/// when it did, the operator fires and purges its windows and calls
/// ``advance(to:)``. Which windows fire is the trigger's decision
/// (``EventTimeTrigger``), not this type's.
@usableFromInline struct EventTimeBookkeeping: Sendable {
    // MARK: - Configuration

    /// Streaming (the watermark follows the events) or batch (no watermark until the end).
    let mode: ExecutionMode

    // MARK: - Time

    /// The largest event time seen, and the watermark it implies (bound 0 in
    /// batch mode, where it only measures a finite TTL).
    var watermarks: BoundedOutOfOrdernessWatermarks
    /// The watermark windows have been fired and purged against.
    var watermark: Watermark = .start

    // MARK: - Deduplication

    /// The ids remembered, for their TTL.
    var deduplicator: Deduplicator

    // MARK: - Accounting

    /// Events processed (including duplicates and late ones).
    var eventsSeen = 0
    /// Events dropped because their id was already seen.
    var duplicatesDropped = 0
    /// Events that arrived after all their windows were purged (the late side
    /// output), when ``retainsLateEvents``.
    var lateEvents: [Event] = []
    /// Whether late events are kept in ``lateEvents``; a stream that reports
    /// them as they happen sets this to false, so memory does not grow with them.
    var retainsLateEvents = true
    /// Late events so far, kept or not.
    @usableFromInline var lateEventCount = 0

    /// The bookkeeping of an operator in `mode`; `deduplicationTTLMillis` nil
    /// remembers ids for good. The TTL must be at least 0 and at most
    /// ``EventTime/maximumDurationMillis``, as must the out-of-orderness bound.
    init(mode: ExecutionMode, deduplicationTTLMillis: Int64?) throws(EngineError) {
        if let ttl = deduplicationTTLMillis {
            guard ttl >= 0 else { throw .negativeDuration(name: "deduplication TTL", millis: ttl) }
            try EventTime.checkDuration(ttl, name: "deduplication TTL")
        }
        switch mode {
        case .streaming(let bound): watermarks = try BoundedOutOfOrdernessWatermarks(boundMillis: bound)
        case .batch: watermarks = try BoundedOutOfOrdernessWatermarks(boundMillis: 0)
        }
        deduplicator = try Deduplicator(ttlMillis: deduplicationTTLMillis ?? .max)
        self.mode = mode
    }

    // MARK: - Per event

    /// Counts `event` and checks its id: true the first time (within the TTL);
    /// false for a duplicate, which is counted and must be dropped.
    @inline(__always)
    mutating func admit(_ event: Event) -> Bool {
        eventsSeen += 1
        guard deduplicator.isFirst(event.id, timestampMillis: event.timestampMillis) else {
            duplicatesDropped += 1
            return false
        }
        return true
    }

    /// Batch mode's expiry after an admitted event: a finite TTL is measured
    /// against the largest event time seen, since there is no watermark.
    @inline(__always)
    mutating func expireInBatch(after event: Event) {
        deduplicator.expireInBatch(timestampMillis: event.timestampMillis, latest: &watermarks)
    }

    /// Batch mode over a chunk: counts its events and removes, in place and in
    /// order, every duplicate, with the batch expiry rule after each first
    /// occurrence, exactly as ``admit(_:)`` and ``expireInBatch(after:)`` one by one.
    mutating func removeDuplicates(from chunk: inout [Event]) {
        eventsSeen += chunk.count
        duplicatesDropped += deduplicator.removeDuplicates(from: &chunk, latest: &watermarks)
    }

    /// Sends `event` to the late side output.
    @inline(__always)
    mutating func recordLate(_ event: Event) {
        lateEventCount += 1
        if retainsLateEvents { lateEvents.append(event) }
    }

    /// Streaming mode: takes `timestampMillis` into account and returns the
    /// new watermark when it passed ``watermark`` (the operator then fires
    /// and calls ``advance(to:)``); nil otherwise, and always in batch mode.
    @inline(__always)
    mutating func advancedWatermark(observing timestampMillis: Int64) -> Watermark? {
        guard case .streaming = mode else { return nil }
        watermarks.observe(timestampMillis)
        let next = watermarks.current
        return next > watermark ? next : nil
    }

    // MARK: - Watermark

    /// Moves the watermark to `newWatermark` and lets the deduplicator forget
    /// the ids that expired by then.
    @inline(__always)
    mutating func advance(to newWatermark: Watermark) {
        watermark = newWatermark
        deduplicator.expire(before: newWatermark)
    }
}
