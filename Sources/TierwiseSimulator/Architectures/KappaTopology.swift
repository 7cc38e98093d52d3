import TierwiseEngine
/// The Kappa architecture (seed 001 §3.2, seed 002 pattern 2): one replayable
/// log, one stream processor. Reprocessing (a changed window, a bug fix) is a
/// replay of the log into a new view version, which then replaces the live one.
public struct KappaTopology<Assigner: WindowAssigner> {
    public private(set) var log = InMemoryEventLog()
    /// The view being served.
    public private(set) var live: WindowOperator<Assigner>
    /// Incremented at each swap.
    public private(set) var viewVersion = 1

    /// Creates a `KappaTopology` from its parts.
    public init(live: WindowOperator<Assigner>) {
        self.live = live
    }

    /// Appends an event to the log and processes it live.
    public mutating func ingest(_ event: Event) {
        // An in-memory append cannot fail.
        try! log.append(event)
        live.process(event)
    }

    /// Replays the whole log into `replacement` and swaps it in as the new view version.
    public mutating func reprocess(into replacement: WindowOperator<Assigner>) {
        var next = replacement
        // Replaying an in-memory log cannot fail.
        try! log.replay(from: 0) { _, event in next.process(event) }
        live = next
        viewVersion += 1
    }

    /// The served view.
    public var servingView: [WindowResult] { live.currentResults }
}
