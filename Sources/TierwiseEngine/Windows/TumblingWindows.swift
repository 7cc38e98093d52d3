/// Fixed, non-overlapping windows aligned to the epoch: every event is in
/// exactly one.
///
///     try TumblingWindows(sizeMillis: 60_000).windows(containing: 60_000)
///     // [TimeWindow(startMillis: 60_000, endMillis: 120_000)]
public struct TumblingWindows: WindowAssigner {
    /// Window length, milliseconds.
    public let sizeMillis: Int64

    /// Windows of `sizeMillis`, which must be positive and at most
    /// ``EventTime/maximumDurationMillis``.
    public init(sizeMillis: Int64) throws(EngineError) {
        guard sizeMillis > 0 else { throw .invalidWindowSize(sizeMillis) }
        try EventTime.checkDuration(sizeMillis, name: "window size")
        self.sizeMillis = sizeMillis
    }

    /// Calls `body` with each window containing `timestampMillis`, earliest start first.
    @inline(__always)
    public func forEachWindow(containing timestampMillis: Int64, _ body: (TimeWindow) -> Void) {
        body(onlyWindow(containing: timestampMillis))
    }

    /// Whether every event is in exactly one window.
    public var assignsOneWindow: Bool { true }

    /// The one window containing `timestampMillis`.
    @inline(__always)
    public func onlyWindow(containing timestampMillis: Int64) -> TimeWindow {
        let start = alignedStart(timestampMillis, size: sizeMillis)
        return TimeWindow(startMillis: start, endMillis: start.addingClamped(sizeMillis))
    }
}
