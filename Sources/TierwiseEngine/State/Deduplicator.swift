/// Drops repeated event ids, remembering each id for a time-to-live measured
/// in event time, so memory is bounded by the TTL, not by the stream.
///
/// Ids are kept in generations, one per TTL-wide span of event time; a
/// generation is dropped whole once the watermark passes its end plus the
/// TTL. Every id is therefore remembered at least until the watermark passes
/// its event time plus the TTL (and at most one TTL longer); after that a
/// repeat counts as new.
///
/// Sequential ids (log offsets, sequence numbers) take a shortcut: a run of
/// consecutive new ids bound for the same generation is kept as its first and
/// last id and written to the generation's set only when the run breaks, so
/// most such ids cost a few comparisons.
public struct Deduplicator: Sendable {
    /// How long, in event time, an id is remembered.
    public let ttlMillis: Int64
    private let generationMillis: Int64
    /// Live generations by the start of their span, oldest first.
    private var generations: [Generation] = []
    /// The span [start, end) and index of the generation last looked up; an
    /// empty span when there is none. Reset whenever generations come or go.
    private var cachedSpan: (start: Int64, end: Int64, index: Int) = (0, 0, 0)
    /// Bounds of every id remembered (wider after expiry, never narrower; empty: lowest > highest).
    private var lowestID = UInt64.max
    private var highestID = UInt64.min
    /// The watermark at which the oldest generation expires (`.max`: none will).
    private var nextExpiryMillis = Int64.max
    /// Consecutive new ids [first, last] not yet written to the set of the
    /// generation starting at `generationStart` (empty: first > last).
    private var run: (first: UInt64, last: UInt64, generationStart: Int64) = (1, 0, 0)

    private struct Generation: Sendable {
        var start: Int64
        var ids: IDSet
    }

    /// A deduplicator that remembers each id for `ttlMillis` of event time (`.max`: for good).
    public init(ttlMillis: Int64) throws(EngineError) {
        guard ttlMillis >= 0 else { throw .negativeDuration(name: "deduplication TTL", millis: ttlMillis) }
        self.ttlMillis = ttlMillis
        generationMillis = Swift.max(ttlMillis, 1)
    }

    /// True the first time `id` is seen (within the TTL); false for a duplicate.
    @inline(__always)
    public mutating func isFirst(_ id: UInt64, timestampMillis: Int64) -> Bool {
        // An id beyond every id remembered is new: mostly increasing ids skip the search.
        if id >= lowestID && id <= highestID {
            if id >= run.first && id <= run.last { return false }
            let found: Bool = generations.withUnsafeBufferPointer { live in
                for index in live.indices where live[index].ids.contains(id) { return true }
                return false
            }
            if found { return false }
        }
        if id < lowestID { lowestID = id }
        if id > highestID { highestID = id }
        selectGeneration(for: timestampMillis)
        if run.first <= run.last && run.last != .max && id == run.last + 1 && cachedSpan.start == run.generationStart {
            run.last = id
            return true
        }
        flushRun()
        run = (id, id, cachedSpan.start)
        return true
    }

    /// Writes the pending run of consecutive ids into its generation's set.
    private mutating func flushRun() {
        guard run.first <= run.last else { return }
        let start = run.generationStart
        let cached = cachedSpan.index
        let found = cached < generations.count && generations[cached].start == start ? cached : generations.firstIndex { $0.start == start }
        if let index = found {
            generations[index].ids.insert(run.first...run.last)
        }
        run = (1, 0, 0)
    }

    /// Makes the generation whose span holds `timestampMillis` the cached one
    /// (``cachedSpan``), creating it when missing. Events mostly fall in the span of the last.
    @inline(__always)
    private mutating func selectGeneration(for timestampMillis: Int64) {
        if timestampMillis >= cachedSpan.start && timestampMillis < cachedSpan.end { return }
        let start = alignedStart(timestampMillis, size: generationMillis)
        var index = generations.firstIndex { $0.start == start } ?? -1
        if index < 0 {
            // Size a new generation like the newest one: spans of event time hold similar numbers of ids.
            generations.append(Generation(start: start, ids: IDSet(capacity: generations.last?.ids.count ?? 1_024)))
            generations.sort { $0.start < $1.start }
            index = generations.firstIndex { $0.start == start }!
            generationsChanged()
        }
        cachedSpan = (start, start.addingClamped(generationMillis), index)
    }

    /// Forgets generations whose span ended at or before `watermark − ttl`.
    @inline(__always)
    public mutating func expire(before watermark: Watermark) {
        if watermark.millis >= nextExpiryMillis { expireGenerations(before: watermark) }
    }

    private mutating func expireGenerations(before watermark: Watermark) {
        flushRun()
        // Without a TTL (or before any event) nothing expires.
        guard watermark.millis != .min, ttlMillis != .max, !generations.isEmpty else { return }
        // watermark − ttl, clamped: an unbounded TTL must never wrap around and expire everything.
        let (difference, overflow) = watermark.millis.subtractingReportingOverflow(ttlMillis)
        let horizon = watermark.millis == .max ? Int64.max : (overflow ? Int64.min : difference)
        while let oldest = generations.first, oldest.start.addingClamped(generationMillis) <= horizon {
            generations.removeFirst()
            cachedSpan = (0, 0, 0)
        }
        generationsChanged()
    }

    /// Resets what depends on the set of generations: the expiry time and,
    /// once nothing is remembered, the id bounds.
    private mutating func generationsChanged() {
        guard let oldest = generations.first, ttlMillis != .max else {
            nextExpiryMillis = .max
            if generations.isEmpty { (lowestID, highestID) = (.max, .min) }
            return
        }
        // The oldest generation goes once watermark − ttl ≥ its end.
        nextExpiryMillis = oldest.start.addingClamped(generationMillis).addingClamped(ttlMillis)
    }

    /// Batch mode's expiry: with no watermark, a finite TTL is measured
    /// against the largest event time seen so far (kept in `latest`).
    @inline(__always)
    mutating func expireInBatch(timestampMillis: Int64, latest: inout BoundedOutOfOrdernessWatermarks) {
        guard ttlMillis != .max && timestampMillis > latest.maxTimestampMillis else { return }
        latest.observe(timestampMillis)
        expire(before: Watermark(millis: timestampMillis))
    }

    /// Batch mode over a chunk: removes, in place and in order, every event
    /// whose id was seen before, applying the batch expiry rule after each
    /// first occurrence exactly as event-by-event processing does. Returns how
    /// many duplicates were removed.
    mutating func removeDuplicates(from chunk: inout [Event], latest: inout BoundedOutOfOrdernessWatermarks) -> Int {
        var kept = 0
        chunk.withUnsafeMutableBufferPointer { events in
            for index in events.indices {
                let event = events[index]
                guard isFirst(event.id, timestampMillis: event.timestampMillis) else { continue }
                expireInBatch(timestampMillis: event.timestampMillis, latest: &latest)
                if kept != index { events[kept] = event }
                kept += 1
            }
        }
        let removed = chunk.count - kept
        chunk.removeLast(removed)
        return removed
    }

    /// How many ids are remembered now.
    public var rememberedCount: Int {
        generations.reduce(0) { $0 + $1.ids.count } + (run.first <= run.last ? Int(run.last - run.first) + 1 : 0)
    }

    /// The remembered ids by generation, for checkpoints.
    var snapshot: [(bucket: Int64, ids: [UInt64])] {
        generations.map { generation in
            var ids = generation.ids.elements
            if run.first <= run.last && generation.start == run.generationStart { ids += Array(run.first...run.last) }
            return (generation.start, ids.sorted())
        }
    }

    /// Restores remembered ids from ``snapshot``.
    mutating func restore(_ snapshot: [(bucket: Int64, ids: [UInt64])]) {
        cachedSpan = (0, 0, 0)
        run = (1, 0, 0)
        generations = snapshot.map { bucket in
            var ids = IDSet(capacity: bucket.ids.count)
            for id in bucket.ids { _ = ids.insert(id) }
            return Generation(start: bucket.bucket, ids: ids)
        }.sorted { $0.start < $1.start }
        let all = snapshot.flatMap(\.ids)
        (lowestID, highestID) = (all.min() ?? .max, all.max() ?? .min)
        generationsChanged()
    }
}
