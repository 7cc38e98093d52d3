/// Drops repeated event ids, remembering each id for a time-to-live measured
/// in event time, so memory is bounded by the TTL, not by the stream.
///
/// An id is forgotten once the watermark passes its event time plus the TTL
/// (in whole buckets of a quarter TTL); after that a repeat counts as new.
public struct Deduplicator: Sendable {
    /// How long, in event time, an id is remembered.
    public let ttlMillis: Int64
    private let bucketMillis: Int64
    private var seen: Set<UInt64> = []
    private var buckets: [Int64: [UInt64]] = [:]
    private var oldestBucket: Int64 = .max

    public init(ttlMillis: Int64) throws(EngineError) {
        guard ttlMillis >= 0 else { throw .negativeDuration(name: "deduplication TTL", millis: ttlMillis) }
        self.ttlMillis = ttlMillis
        bucketMillis = Swift.max(ttlMillis / 4, 1)
    }

    /// True the first time `id` is seen (within the TTL); false for a duplicate.
    public mutating func isFirst(_ id: UInt64, timestampMillis: Int64) -> Bool {
        guard seen.insert(id).inserted else { return false }
        let bucket = alignedStart(timestampMillis, size: bucketMillis)
        buckets[bucket, default: []].append(id)
        if bucket < oldestBucket { oldestBucket = bucket }
        return true
    }

    /// Forgets ids whose bucket ended at or before `watermark − ttl`.
    public mutating func expire(before watermark: Watermark) {
        guard oldestBucket != .max, watermark.millis != .min else { return }
        // watermark − ttl, clamped: an unbounded TTL must never wrap around and expire everything.
        let (difference, overflow) = watermark.millis.subtractingReportingOverflow(ttlMillis)
        let horizon = watermark.millis == .max ? Int64.max : (overflow ? Int64.min : difference)
        while oldestBucket != .max, oldestBucket &+ bucketMillis <= horizon {
            if let ids = buckets.removeValue(forKey: oldestBucket) {
                for id in ids { seen.remove(id) }
            }
            oldestBucket = buckets.keys.min() ?? .max
        }
    }

    /// How many ids are remembered now.
    public var rememberedCount: Int { seen.count }
}

extension Deduplicator {
    /// The remembered ids with the bucket each expires with, for checkpoints.
    var snapshot: [(bucket: Int64, ids: [UInt64])] {
        buckets.keys.sorted().map { ($0, buckets[$0]!) }
    }

    /// Restores remembered ids from ``snapshot``.
    mutating func restore(_ snapshot: [(bucket: Int64, ids: [UInt64])]) {
        seen = []
        buckets = [:]
        for (bucket, ids) in snapshot {
            buckets[bucket] = ids
            seen.formUnion(ids)
        }
        oldestBucket = buckets.keys.min() ?? .max
    }
}
