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

/// Any ``EventBatchSource`` behind one concrete type, so batch drivers can be
/// compiled once per window assigner (``WindowOperator`` is specialized for
/// the built-in ones) whatever module the source comes from. Copies share the
/// source and its position; the drivers use one copy at a time.
@usableFromInline
struct AnyEventBatchSource: EventBatchSource, @unchecked Sendable {
    private final class Box {
        var source: any EventBatchSource
        init(_ source: any EventBatchSource) { self.source = source }
    }

    private let box: Box

    @usableFromInline
    init(_ source: some EventBatchSource & Sendable) {
        box = Box(source)
    }

    @usableFromInline
    mutating func read(into buffer: inout [Event], maximum: Int) throws -> Bool {
        try box.source.read(into: &buffer, maximum: maximum)
    }
}
