/// What a replay's report says besides its rows: the counts, the first
/// quarantined lines (for messages) and what the window rows hold. A streamed
/// replay hands its rows to a ``ReplayOutput`` as they become final and
/// returns this at the end; ``ReplayResult/summary`` gives the same for a
/// replay held in memory.
public struct ReplaySummary: Sendable, Equatable {
    /// How many quarantined lines a summary keeps for messages (the rest are counted).
    public static let quarantineExampleLimit = 20

    /// The windows, as `tumbling 60000 ms`.
    public var windowDescription: String
    /// Events read from the file (every line that made an event).
    public var eventsRead: Int
    /// Window rows written.
    public var windowCount: Int
    /// Window rows whose sum overflowed a double (written as null or left empty).
    public var overflowedSumCount: Int
    /// Whether the rows carry a distinct-value estimate.
    public var tracksDistinctValues: Bool
    /// Late events written.
    public var lateEventCount: Int
    /// Events dropped because their id was already seen.
    public var duplicatesDropped: Int
    /// Lines quarantined.
    public var quarantinedCount: Int
    /// The first ``quarantineExampleLimit`` quarantined lines.
    public var firstQuarantined: [QuarantinedLine]

    /// A summary with these figures.
    public init(
        windowDescription: String, eventsRead: Int, windowCount: Int, overflowedSumCount: Int, tracksDistinctValues: Bool,
        lateEventCount: Int, duplicatesDropped: Int, quarantinedCount: Int, firstQuarantined: [QuarantinedLine]
    ) {
        self.windowDescription = windowDescription
        self.eventsRead = eventsRead
        self.windowCount = windowCount
        self.overflowedSumCount = overflowedSumCount
        self.tracksDistinctValues = tracksDistinctValues
        self.lateEventCount = lateEventCount
        self.duplicatesDropped = duplicatesDropped
        self.quarantinedCount = quarantinedCount
        self.firstQuarantined = firstQuarantined
    }
}

/// Where a streamed replay delivers what its report lists, as it becomes
/// final: window rows in (window start, key, window end) order, late events
/// and quarantined lines in file order. Each kind arrives in its own order;
/// the kinds interleave. A reference type: the replay's per-event loop holds
/// it as an existential, so that loop is compiled once for its operator,
/// whatever the output.
public protocol ReplayOutput: AnyObject {
    /// A window's final row.
    func window(_ row: ReplayWindowRow)
    /// An event that arrived after all its windows were purged.
    func lateEvent(_ record: EventRecord)
    /// A line that did not make an event.
    func quarantined(_ line: QuarantinedLine)
}

extension ReplayResult {
    /// The summary of this result; `tracksDistinctValues` as the replay ran
    /// (a result without rows cannot tell).
    public func summary(tracksDistinctValues: Bool) -> ReplaySummary {
        ReplaySummary(
            windowDescription: windowDescription, eventsRead: eventsRead, windowCount: windows.count,
            overflowedSumCount: windows.count { !$0.sum.isFinite }, tracksDistinctValues: tracksDistinctValues,
            lateEventCount: lateEvents.count, duplicatesDropped: duplicatesDropped, quarantinedCount: quarantined.count,
            firstQuarantined: Array(quarantined.prefix(ReplaySummary.quarantineExampleLimit)))
    }
}
