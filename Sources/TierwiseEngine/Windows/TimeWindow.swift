/// A span of event time, start included, end excluded.
///
///     TimeWindow(startMillis: 0, endMillis: 60_000).contains(60_000)  // false
public struct TimeWindow: Sendable, Hashable, Comparable {
    /// First millisecond in the window.
    public var startMillis: Int64
    /// First millisecond after the window.
    public var endMillis: Int64

    /// Creates a `TimeWindow` from its parts.
    public init(startMillis: Int64, endMillis: Int64) {
        self.startMillis = startMillis
        self.endMillis = endMillis
    }

    /// True when `timestampMillis` is in [start, end).
    public func contains(_ timestampMillis: Int64) -> Bool {
        timestampMillis >= startMillis && timestampMillis < endMillis
    }

    /// Ordered by start, then end.
    public static func < (lhs: TimeWindow, rhs: TimeWindow) -> Bool {
        (lhs.startMillis, lhs.endMillis) < (rhs.startMillis, rhs.endMillis)
    }
}

/// The start of the epoch-aligned window of `size` (positive) containing
/// `timestamp`: floor division, so negative times align too. Never traps:
/// below `Int64.min + size` (far outside ``EventTime/accepted``) the start
/// clamps to `Int64.min`.
@inline(__always)
func alignedStart(_ timestamp: Int64, size: Int64) -> Int64 {
    let remainder = timestamp % size
    // t − r lies between t and 0, so only the step back by `size` can overflow.
    return remainder >= 0 ? timestamp - remainder : (timestamp - remainder).subtractingClamped(size)
}
