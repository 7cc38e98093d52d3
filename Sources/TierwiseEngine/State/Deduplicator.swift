/// Drops repeated event ids, remembering each id for a time-to-live measured
/// in event time, so memory is bounded by the TTL, not by the stream.
///
/// Ids are kept in generations, one per TTL-wide span of event time; a
/// generation is dropped whole once the watermark passes its end plus the
/// TTL. Every id is therefore remembered at least until the watermark passes
/// its event time plus the TTL (and at most one TTL longer); after that a
/// repeat counts as new.
public struct Deduplicator: Sendable {
    /// How long, in event time, an id is remembered.
    public let ttlMillis: Int64
    private let generationMillis: Int64
    /// Live generations by the start of their span, oldest first.
    private var generations: [Generation] = []

    private struct Generation: Sendable {
        var start: Int64
        var ids: IDSet
    }

    /// Creates a `Generation` from its parts.
    public init(ttlMillis: Int64) throws(EngineError) {
        guard ttlMillis >= 0 else { throw .negativeDuration(name: "deduplication TTL", millis: ttlMillis) }
        self.ttlMillis = ttlMillis
        generationMillis = Swift.max(ttlMillis, 1)
    }

    /// True the first time `id` is seen (within the TTL); false for a duplicate.
    @inline(__always)
    public mutating func isFirst(_ id: UInt64, timestampMillis: Int64) -> Bool {
        let start = alignedStart(timestampMillis, size: generationMillis)
        var target = -1
        let found: Bool = generations.withUnsafeBufferPointer { live in
            for index in live.indices {
                if live[index].ids.contains(id) { return true }
                if live[index].start == start { target = index }
            }
            return false
        }
        if found { return false }
        if target < 0 {
            // Size a new generation like the newest one: spans of event time hold similar numbers of ids.
            generations.append(Generation(start: start, ids: IDSet(capacity: generations.last?.ids.count ?? 1_024)))
            generations.sort { $0.start < $1.start }
            target = generations.firstIndex { $0.start == start }!
        }
        return generations[target].ids.insert(id)
    }

    /// Forgets generations whose span ended at or before `watermark − ttl`.
    public mutating func expire(before watermark: Watermark) {
        // Without a TTL (or before any event) nothing expires.
        guard watermark.millis != .min, ttlMillis != .max, !generations.isEmpty else { return }
        // watermark − ttl, clamped: an unbounded TTL must never wrap around and expire everything.
        let (difference, overflow) = watermark.millis.subtractingReportingOverflow(ttlMillis)
        let horizon = watermark.millis == .max ? Int64.max : (overflow ? Int64.min : difference)
        while let oldest = generations.first, oldest.start.addingClamped(generationMillis) <= horizon {
            generations.removeFirst()
        }
    }

    /// How many ids are remembered now.
    public var rememberedCount: Int { generations.reduce(0) { $0 + $1.ids.count } }

    /// The remembered ids by generation, for checkpoints.
    var snapshot: [(bucket: Int64, ids: [UInt64])] {
        generations.map { ($0.start, $0.ids.elements.sorted()) }
    }

    /// Restores remembered ids from ``snapshot``.
    mutating func restore(_ snapshot: [(bucket: Int64, ids: [UInt64])]) {
        generations = snapshot.map { bucket in
            var ids = IDSet(capacity: bucket.ids.count)
            for id in bucket.ids { _ = ids.insert(id) }
            return Generation(start: bucket.bucket, ids: ids)
        }.sorted { $0.start < $1.start }
    }
}
