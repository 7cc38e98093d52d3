/// An idempotent sink keyed by (key, window): writing the same result twice
/// leaves one row, and a later write for the same window replaces the earlier
/// one. Replaying a stream into it therefore never double counts.
public struct UpsertSink: Sendable, Equatable {
    /// The row identity.
    public struct RowKey: Sendable, Hashable, Comparable {
        /// The grouping key.
        public var key: UInt32
        /// The window.
        public var window: TimeWindow

        /// The row of `key` in `window`.
        public init(key: UInt32, window: TimeWindow) {
            self.key = key
            self.window = window
        }

        /// Ordered by position.
        public static func < (lhs: RowKey, rhs: RowKey) -> Bool {
            (lhs.window.startMillis, lhs.key, lhs.window.endMillis) < (rhs.window.startMillis, rhs.key, rhs.window.endMillis)
        }
    }

    /// The current rows.
    public private(set) var rows: [RowKey: Aggregate] = [:]

    /// An empty sink.
    public init() {}

    /// Inserts or replaces the row of (key, window).
    public mutating func upsert(key: UInt32, window: TimeWindow, aggregate: Aggregate) {
        rows[RowKey(key: key, window: window)] = aggregate
    }

    /// Removes the row of (key, window), for a session window merged into a larger one.
    public mutating func remove(key: UInt32, window: TimeWindow) {
        rows.removeValue(forKey: RowKey(key: key, window: window))
    }

    /// The rows sorted by (window start, key).
    public var sortedResults: [WindowResult] {
        rows.keys.sorted().map { WindowResult(key: $0.key, window: $0.window, aggregate: rows[$0]!) }
    }
}

/// One window's aggregate for one key.
public struct WindowResult: Sendable, Equatable {
    /// The grouping key.
    public var key: UInt32
    /// The window.
    public var window: TimeWindow
    /// Its aggregate.
    public var aggregate: Aggregate

    /// Creates a `WindowResult` from its parts.
    public init(key: UInt32, window: TimeWindow, aggregate: Aggregate) {
        self.key = key
        self.window = window
        self.aggregate = aggregate
    }
}
