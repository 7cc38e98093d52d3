import TierwiseEngine
/// The hybrid lakehouse of seed 002: bronze (raw records, appended as they
/// stream in), silver (parsed, validated, deduplicated; bad records
/// quarantined with the reason), gold (window aggregates over silver), and
/// materialized views with their own refresh intervals over silver or gold.
///
/// Silver and gold advance by micro-batches: ``trigger()`` processes what
/// bronze gained since the last one. Views refresh when the injected clock
/// says their interval has passed (``refreshDueViews()``).
public struct MedallionPipeline<Assigner: WindowAssigner> {
    /// Parses and validates one raw record into an event, or says why not.
    public typealias Parser = (RawRecord) -> Result<Event, ParseFailure>

    /// Why a raw record is not an event.
    public struct ParseFailure: Error, Sendable, Equatable {
        /// Why, in the use case's terms.
        public var reason: String
        /// Creates a `ParseFailure` from its parts.
        public init(reason: String) { self.reason = reason }
    }

    // MARK: Layers
    public private(set) var bronze: [RawRecord] = []
    public private(set) var silver: [Event] = []
    public private(set) var quarantine: [QuarantinedRecord] = []
    /// Gold: window aggregates over every silver event (batch semantics: nothing is late).
    public private(set) var gold: WindowOperator<Assigner>
    public private(set) var views: [MaterializedView] = []

    // MARK: Progress
    /// Bronze records silver has taken in.
    public private(set) var silverWatermarkOffset = 0
    /// Processing time between micro-batches (the trigger interval).
    public let triggerIntervalMillis: Int64
    private var lastTriggerMillis: Int64?
    private var silverIDs: Set<UInt64> = []
    private let parse: Parser
    private let clock: any ProcessingClock

    /// A pipeline whose gold layer windows with `assigner`, triggered every
    /// `triggerIntervalMillis` of `clock`'s time, parsing bronze records with `parse`.
    public init(assigner: Assigner, clock: any ProcessingClock, triggerIntervalMillis: Int64 = 10_000, parse: @escaping Parser) {
        self.triggerIntervalMillis = triggerIntervalMillis
        // Batch mode with no lateness cannot fail to configure.
        gold = try! WindowOperator(assigner: assigner, mode: .batch)
        self.clock = clock
        self.parse = parse
    }

    /// Bronze: appends a raw record (streaming ingestion).
    public mutating func ingest(_ payload: String) {
        bronze.append(RawRecord(payload: payload, ingestedAtMillis: clock.nowMillis))
    }

    /// One micro-batch: bronze → silver (parse, validate, deduplicate,
    /// quarantine) → gold (aggregate). Returns the number of new silver events.
    @discardableResult
    public mutating func trigger() -> Int {
        var added = 0
        while silverWatermarkOffset < bronze.count {
            let offset = silverWatermarkOffset
            silverWatermarkOffset += 1
            switch parse(bronze[offset]) {
            case .failure(let failure):
                quarantine.append(QuarantinedRecord(bronzeOffset: offset, reason: failure.reason))
            case .success(let event):
                guard silverIDs.insert(event.id).inserted else { continue }  // dropped as a duplicate
                silver.append(event)
                gold.process(event)
                added += 1
            }
        }
        return added
    }

    /// Runs the micro-batch if its trigger interval has passed, then refreshes
    /// due views: what a scheduler calls on every tick of the clock.
    public mutating func tick() {
        let now = clock.nowMillis
        if lastTriggerMillis.map({ now - $0 >= triggerIntervalMillis }) ?? true {
            trigger()
            lastTriggerMillis = now
        }
        refreshDueViews()
    }

    /// Gold as it stands: every window's aggregate over silver so far.
    public var goldResults: [WindowResult] {
        var snapshot = gold
        snapshot.finish()
        return snapshot.sink.sortedResults
    }

    // MARK: - Materialized views

    /// Registers a view that refreshes every `refreshIntervalMillis` of processing time.
    public mutating func registerView(
        name: String, source: MaterializedView.Source, refreshIntervalMillis: Int64,
        query: @escaping @Sendable ([Event], [WindowResult]) -> [WindowResult]
    ) {
        views.append(MaterializedView(name: name, source: source, refreshIntervalMillis: refreshIntervalMillis, query: query))
    }

    /// Refreshes every view whose interval has passed since its last refresh; returns their names.
    @discardableResult
    public mutating func refreshDueViews() -> [String] {
        let now = clock.nowMillis
        var refreshed: [String] = []
        let gold = goldResults
        for index in views.indices where views[index].isDue(at: now) {
            views[index].refresh(silver: silver, gold: gold, at: now)
            refreshed.append(views[index].name)
        }
        return refreshed
    }
}

/// A stored query result refreshed on its own schedule (seed 002,
/// `MaterializedViewManager`): readers see the last refresh, never a half one.
public struct MaterializedView: Sendable {
    /// The layer a view reads.
    public enum Source: Sendable, Equatable { case silver, gold }

    /// The name.
    public let name: String
    /// The layer it reads.
    public let source: Source
    /// Processing time between refreshes, milliseconds.
    public let refreshIntervalMillis: Int64
    let query: @Sendable ([Event], [WindowResult]) -> [WindowResult]
    /// The result as of the last refresh.
    public private(set) var rows: [WindowResult] = []
    /// Processing time of the last refresh, nil before the first.
    public private(set) var lastRefreshedMillis: Int64?
    /// How many times it has refreshed.
    public private(set) var version = 0

    init(name: String, source: Source, refreshIntervalMillis: Int64, query: @escaping @Sendable ([Event], [WindowResult]) -> [WindowResult]) {
        self.name = name
        self.source = source
        self.refreshIntervalMillis = refreshIntervalMillis
        self.query = query
    }

    func isDue(at now: Int64) -> Bool {
        guard let last = lastRefreshedMillis else { return true }
        return now - last >= refreshIntervalMillis
    }

    mutating func refresh(silver: [Event], gold: [WindowResult], at now: Int64) {
        rows = source == .silver ? query(silver, []) : query([], gold)
        lastRefreshedMillis = now
        version += 1
    }
}
