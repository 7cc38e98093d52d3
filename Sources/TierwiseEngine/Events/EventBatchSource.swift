/// Supplies events in order, many at a time: a log reader, a generator, an
/// array. Batch pipelines pull from it in chunks, so the per-event cost is a
/// loop iteration, not a call through a closure.
public protocol EventBatchSource {
    /// Appends up to `maximum` (≥ 1) next events to `buffer`; false, with
    /// nothing appended, once the source is exhausted.
    mutating func read(into buffer: inout [Event], maximum: Int) throws -> Bool
}

/// The events of an array, in order, as an ``EventBatchSource``.
public struct ArrayEventSource: EventBatchSource, Sendable {
    private let events: [Event]
    private var next = 0

    /// A source of `events`.
    public init(_ events: [Event]) {
        self.events = events
    }

    /// Appends up to `maximum` next events to `buffer`; false at the end.
    public mutating func read(into buffer: inout [Event], maximum: Int) -> Bool {
        guard next < events.count else { return false }
        let end = min(events.count, next + max(maximum, 1))
        buffer.append(contentsOf: events[next..<end])
        next = end
        return true
    }
}

