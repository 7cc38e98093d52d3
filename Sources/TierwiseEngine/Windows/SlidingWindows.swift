/// Overlapping windows of `size`, one starting every `slide`, aligned to the
/// epoch: an event is in `size / slide` windows (rounded up).
///
///     try SlidingWindows(sizeMillis: 300_000, slideMillis: 60_000).windows(containing: 0).count  // 5
public struct SlidingWindows: WindowAssigner {
    /// Window length, milliseconds.
    public let sizeMillis: Int64
    /// Distance between window starts, milliseconds.
    public let slideMillis: Int64

    /// Windows of `sizeMillis` every `slideMillis`. Both must be positive, the
    /// slide at most the size, the size at most ``EventTime/maximumDurationMillis``,
    /// and ⌈size / slide⌉ at most ``EventTime/maximumWindowsPerEvent``.
    ///
    ///     try SlidingWindows(sizeMillis: 86_400_000, slideMillis: 1)  // throws: 86,400,000 windows per event
    public init(sizeMillis: Int64, slideMillis: Int64) throws(EngineError) {
        guard sizeMillis > 0 else { throw .invalidWindowSize(sizeMillis) }
        guard slideMillis > 0 else { throw .invalidWindowSize(slideMillis) }
        guard slideMillis <= sizeMillis else { throw .slideLargerThanSize(slide: slideMillis, size: sizeMillis) }
        try EventTime.checkDuration(sizeMillis, name: "window size")
        // No overflow: both are at most the maximum duration.
        let windowsPerEvent = (sizeMillis + slideMillis - 1) / slideMillis
        guard windowsPerEvent <= EventTime.maximumWindowsPerEvent else {
            throw .tooManyWindowsPerEvent(size: sizeMillis, slide: slideMillis, windows: windowsPerEvent,
                                          maximum: EventTime.maximumWindowsPerEvent)
        }
        self.sizeMillis = sizeMillis
        self.slideMillis = slideMillis
    }

    /// Calls `body` with each window containing `timestampMillis`, earliest start first.
    ///
    /// The windows start at `last − j·slide` for j = count − 1 … 0, where `last`
    /// is the aligned start at or before t and count = ⌈(size − (t − last)) / slide⌉:
    /// computed, not searched for, so the cost is the number of windows.
    @inline(__always)
    public func forEachWindow(containing timestampMillis: Int64, _ body: (TimeWindow) -> Void) {
        let lastStart = alignedStart(timestampMillis, size: slideMillis)
        // In [0, slide) for every time above Int64.min + slide; larger only where alignedStart clamped.
        let offset = timestampMillis &- lastStart
        guard offset >= 0, offset < sizeMillis else { return }
        let count = (sizeMillis - offset + slideMillis - 1) / slideMillis
        var back = (count - 1) * slideMillis  // < size: no overflow
        while back >= 0 {
            // A start below Int64.min does not exist (only for times far outside the accepted range).
            let (start, overflow) = lastStart.subtractingReportingOverflow(back)
            if !overflow { body(TimeWindow(startMillis: start, endMillis: start.addingClamped(sizeMillis))) }
            back -= slideMillis
        }
    }
}
