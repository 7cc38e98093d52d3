/// Everything `tierwise replay` produces, as plain values: the windows, the
/// late events, the duplicates and the quarantined lines. Reports render it;
/// it holds no engine types.
public struct ReplayResult: Sendable, Equatable {
    /// The window specification as the user can write it (`tumbling:1m`).
    public var windowDescription: String
    /// Sorted by (window start, key, window end).
    public var windows: [ReplayWindowRow]
    /// Events whose windows were all purged when they arrived, in arrival order.
    public var lateEvents: [EventRecord]
    /// Events dropped because their id was seen before.
    public var duplicatesDropped: Int
    /// Lines that were not events.
    public var quarantined: [QuarantinedLine]
    /// Events read (including late ones and duplicates).
    public var eventsRead: Int

    /// Creates a `ReplayResult` from its parts.
    public init(
        windowDescription: String, windows: [ReplayWindowRow], lateEvents: [EventRecord], duplicatesDropped: Int,
        quarantined: [QuarantinedLine], eventsRead: Int
    ) {
        self.windowDescription = windowDescription
        self.windows = windows
        self.lateEvents = lateEvents
        self.duplicatesDropped = duplicatesDropped
        self.quarantined = quarantined
        self.eventsRead = eventsRead
    }
}
