/// How far event time has progressed: no more events at or before this time
/// are expected (the late ones go to the side output).
///
/// Starts at `Int64.min` ("no event yet"); ``endOfInput`` is `Int64.max`.
public struct Watermark: Sendable, Hashable, Comparable {
    /// Milliseconds since the epoch.
    public var millis: Int64

    /// Creates a `Watermark` from its parts.
    public init(millis: Int64) { self.millis = millis }

    /// Before any event.
    public static let start = Watermark(millis: .min)
    /// After the last event: every window fires.
    public static let endOfInput = Watermark(millis: .max)

    /// Ordered by position.
    public static func < (lhs: Watermark, rhs: Watermark) -> Bool { lhs.millis < rhs.millis }
}
