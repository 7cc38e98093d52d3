/// Overlapping windows of `size`, one starting every `slide`, aligned to the
/// epoch: an event is in `size / slide` windows (rounded up).
///
///     try SlidingWindows(sizeMillis: 300_000, slideMillis: 60_000).windows(containing: 0).count  // 5
public struct SlidingWindows: WindowAssigner {
    /// Window length, milliseconds.
    public let sizeMillis: Int64
    /// Distance between window starts, milliseconds.
    public let slideMillis: Int64

    /// Creates a `SlidingWindows` from its parts.
    public init(sizeMillis: Int64, slideMillis: Int64) throws(EngineError) {
        guard sizeMillis > 0 else { throw .invalidWindowSize(sizeMillis) }
        guard slideMillis > 0 else { throw .invalidWindowSize(slideMillis) }
        guard slideMillis <= sizeMillis else { throw .slideLargerThanSize(slide: slideMillis, size: sizeMillis) }
        self.sizeMillis = sizeMillis
        self.slideMillis = slideMillis
    }

    /// Calls `body` with each window containing `timestampMillis`, earliest start first.
    @inline(__always)
    public func forEachWindow(containing timestampMillis: Int64, _ body: (TimeWindow) -> Void) {
        let lastStart = alignedStart(timestampMillis, size: slideMillis)
        // The earliest window containing t starts after t − size.
        var start = lastStart
        while start > timestampMillis &- sizeMillis { start -= slideMillis }
        start += slideMillis
        while start <= lastStart {
            body(TimeWindow(startMillis: start, endMillis: start &+ sizeMillis))
            start += slideMillis
        }
    }
}
