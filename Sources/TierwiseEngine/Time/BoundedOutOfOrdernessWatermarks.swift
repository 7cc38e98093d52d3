/// The watermark of Apache Flink's bounded-out-of-orderness strategy,
/// advanced per event: the largest event time seen minus the bound.
///
///     var generator = try BoundedOutOfOrdernessWatermarks(boundMillis: 5_000)
///     generator.observe(60_000)
///     generator.current.millis   // 55_000
///
/// Flink's own generator emits `max − bound − 1` and fires a window when the
/// watermark reaches `end − 1`; both fire a window at the same event.
public struct BoundedOutOfOrdernessWatermarks: Sendable {
    /// The out-of-orderness bound, milliseconds.
    public let boundMillis: Int64
    /// The largest event time seen.
    public internal(set) var maxTimestampMillis: Int64 = .min

    /// A generator with bound `boundMillis`, which must be at least 0 and at
    /// most ``EventTime/maximumDurationMillis``.
    public init(boundMillis: Int64) throws(EngineError) {
        guard boundMillis >= 0 else { throw .negativeDuration(name: "out-of-orderness bound", millis: boundMillis) }
        try EventTime.checkDuration(boundMillis, name: "out-of-orderness bound")
        self.boundMillis = boundMillis
    }

    /// Takes an event time into account.
    @inline(__always)
    public mutating func observe(_ timestampMillis: Int64) {
        if timestampMillis > maxTimestampMillis { maxTimestampMillis = timestampMillis }
    }

    /// The current watermark (clamped at `Int64.min`, never wrapped, for
    /// times far outside ``EventTime/accepted``).
    @inline(__always)
    public var current: Watermark {
        maxTimestampMillis == .min ? .start : Watermark(millis: maxTimestampMillis.subtractingClamped(boundMillis))
    }
}
