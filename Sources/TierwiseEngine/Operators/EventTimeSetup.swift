/// The event-time machinery every operator starts with: a watermark
/// generator for its mode and a deduplicator, after checking the lateness.
enum EventTimeSetup {
    /// Validates `allowedLatenessMillis` and `deduplicationTTLMillis` (at
    /// least 0, at most ``EventTime/maximumDurationMillis``) and builds the
    /// watermark generator (bound 0 in batch mode, where it never fires
    /// anything) and the deduplicator (`ttl` nil: ids are remembered for good).
    static func make(
        mode: ExecutionMode, allowedLatenessMillis: Int64, deduplicationTTLMillis: Int64?
    ) throws(EngineError) -> (BoundedOutOfOrdernessWatermarks, Deduplicator) {
        guard allowedLatenessMillis >= 0 else {
            throw .negativeDuration(name: "allowed lateness", millis: allowedLatenessMillis)
        }
        try EventTime.checkDuration(allowedLatenessMillis, name: "allowed lateness")
        if let ttl = deduplicationTTLMillis {
            guard ttl >= 0 else { throw .negativeDuration(name: "deduplication TTL", millis: ttl) }
            try EventTime.checkDuration(ttl, name: "deduplication TTL")
        }
        let watermarks: BoundedOutOfOrdernessWatermarks
        switch mode {
        case .streaming(let bound): watermarks = try BoundedOutOfOrdernessWatermarks(boundMillis: bound)
        case .batch: watermarks = try BoundedOutOfOrdernessWatermarks(boundMillis: 0)
        }
        return (watermarks, try Deduplicator(ttlMillis: deduplicationTTLMillis ?? .max))
    }
}

/// The smallest power of two of at least 16 that holds `count` entries at half load.
func hashTableSize(for count: Int) -> Int {
    var size = 16
    while size < count * 2 { size <<= 1 }
    return size
}
