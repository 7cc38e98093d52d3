/// Decides which windows an event belongs to (Flink's `WindowAssigner`).
/// Aligned assigners (tumbling, sliding) are pure functions of the event time.
public protocol WindowAssigner: Sendable {
    /// Calls `body` with each window containing `timestampMillis`, earliest start first.
    func forEachWindow(containing timestampMillis: Int64, _ body: (TimeWindow) -> Void)

    /// True when the windows partition time, so every event is in exactly one,
    /// given by ``onlyWindow(containing:)`` (lets operators skip the per-window
    /// loop and reuse the last window while events stay inside it).
    var assignsOneWindow: Bool { get }

    /// The one window containing `timestampMillis`, when ``assignsOneWindow``.
    func onlyWindow(containing timestampMillis: Int64) -> TimeWindow
}

extension WindowAssigner {
    /// Whether every event is in exactly one window.
    public var assignsOneWindow: Bool { false }

    /// The first window containing `timestampMillis`; an empty window at it
    /// when there is none (only for times far outside ``EventTime/accepted``).
    public func onlyWindow(containing timestampMillis: Int64) -> TimeWindow {
        var result: TimeWindow?
        forEachWindow(containing: timestampMillis) { if result == nil { result = $0 } }
        return result ?? TimeWindow(startMillis: timestampMillis, endMillis: timestampMillis)
    }
}

extension WindowAssigner {
    /// The windows containing `timestampMillis`, earliest start first.
    public func windows(containing timestampMillis: Int64) -> [TimeWindow] {
        var result: [TimeWindow] = []
        forEachWindow(containing: timestampMillis) { result.append($0) }
        return result
    }
}
