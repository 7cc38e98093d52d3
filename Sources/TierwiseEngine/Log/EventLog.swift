/// An append-only, replayable log of events, addressed by offset (0, 1, 2, …):
/// the single source both the streaming and the batch side read (Kappa's
/// "replayable log", the Lambda batch layer's master data).
public protocol EventLog {
    /// The offset the next append gets (= number of events).
    var endOffset: Int64 { get }
    /// Appends one event; returns its offset.
    @discardableResult
    mutating func append(_ event: Event) throws(LogError) -> Int64
    /// Calls `body` with each event from `offset` to the end, in order.
    func replay(from offset: Int64, _ body: (Int64, Event) throws -> Void) throws
    /// Makes everything appended so far durable (a no-op in memory).
    mutating func flush() throws(LogError)
    /// Every offset below this one survives what the log promises to survive
    /// (on disk: a crash and a power loss; in memory: nothing beyond the process).
    var durableEndOffset: Int64 { get }
    /// Makes every offset below `offset` durable, flushing if needed; throws
    /// ``LogError/beyondEnd(offset:endOffset:)`` for an offset not yet appended.
    /// What ``CheckpointStore/save(_:durableIn:)`` calls before it writes.
    func makeDurable(through offset: Int64) throws(LogError)
}

/// An event log in memory, for fast simulation; same interface as ``SegmentedEventLog``.
public struct InMemoryEventLog: EventLog, Sendable {
    private var events: [Event] = []

    /// An empty log.
    public init() {}

    /// The offset the next append gets.
    public var endOffset: Int64 { Int64(events.count) }

    /// Appends one event; returns its offset.
    @discardableResult
    public mutating func append(_ event: Event) throws(LogError) -> Int64 {
        events.append(event)
        return Int64(events.count - 1)
    }

    /// Calls `body` with each event from `offset` to the end, in order.
    public func replay(from offset: Int64, _ body: (Int64, Event) throws -> Void) throws {
        guard offset < events.count else { return }
        for index in Int(max(0, offset))..<events.count { try body(Int64(index), events[index]) }
    }

    /// Makes everything appended so far durable.
    public mutating func flush() throws(LogError) {}

    /// The end: in memory every event lasts as long as the process.
    public var durableEndOffset: Int64 { endOffset }

    /// Checks that `offset` was reached; there is nothing to flush.
    public func makeDurable(through offset: Int64) throws(LogError) {
        guard offset <= endOffset else { throw .beyondEnd(offset: offset, endOffset: endOffset) }
    }
}
