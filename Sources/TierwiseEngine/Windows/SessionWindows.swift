/// Per-key windows that close after `gap` of inactivity: an event at t opens
/// [t, t + gap), and overlapping windows of the same key merge.
public struct SessionWindows: Sendable {
    /// Inactivity that closes a session, milliseconds.
    public let gapMillis: Int64

    /// Sessions closed by `gapMillis` of inactivity, which must be positive and
    /// at most ``EventTime/maximumDurationMillis``.
    public init(gapMillis: Int64) throws(EngineError) {
        guard gapMillis > 0 else { throw .invalidWindowSize(gapMillis) }
        try EventTime.checkDuration(gapMillis, name: "session gap")
        self.gapMillis = gapMillis
    }

    /// The window a lone event at `timestampMillis` opens.
    public func window(for timestampMillis: Int64) -> TimeWindow {
        TimeWindow(startMillis: timestampMillis, endMillis: timestampMillis.addingClamped(gapMillis))
    }
}
