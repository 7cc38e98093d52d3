/// Per-key windows that close after `gap` of inactivity: an event at t opens
/// [t, t + gap), and overlapping windows of the same key merge.
public struct SessionWindows: Sendable {
    public let gapMillis: Int64

    public init(gapMillis: Int64) throws(EngineError) {
        guard gapMillis > 0 else { throw .invalidWindowSize(gapMillis) }
        self.gapMillis = gapMillis
    }

    /// The window a lone event at `timestampMillis` opens.
    public func window(for timestampMillis: Int64) -> TimeWindow {
        TimeWindow(startMillis: timestampMillis, endMillis: timestampMillis &+ gapMillis)
    }
}
