import TierwiseModel

/// A ``ReplayOutput`` that keeps everything, for callers that want a whole
/// ``ReplayResult`` (tests, small samples); `tierwise replay` writes its
/// report as it goes instead.
public final class ReplayCollector: ReplayOutput {
    /// Window rows, in (start, key, end) order.
    public private(set) var windows: [ReplayWindowRow] = []
    /// Late events, in file order.
    public private(set) var lateEvents: [EventRecord] = []
    /// Quarantined lines, in file order.
    public private(set) var quarantined: [QuarantinedLine] = []

    /// An empty collector.
    public init() {}

    public func window(_ row: ReplayWindowRow) { windows.append(row) }
    public func lateEvent(_ record: EventRecord) { lateEvents.append(record) }
    public func quarantined(_ line: QuarantinedLine) { quarantined.append(line) }

    /// What was collected, with the figures of `summary`, as one result.
    public func result(_ summary: ReplaySummary) -> ReplayResult {
        ReplayResult(
            windowDescription: summary.windowDescription, windows: windows, lateEvents: lateEvents,
            duplicatesDropped: summary.duplicatesDropped, quarantined: quarantined, eventsRead: summary.eventsRead)
    }
}
