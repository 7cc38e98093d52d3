/// Exactly-once under crashes: the engine crashed at seeded points, recovered
/// from its last checkpoint and replayed the log, compared with a run that never crashed.
public struct CrashCheckResult: Sendable, Equatable {
    /// Crashes injected.
    public var crashes: Int
    /// Events in the log.
    public var events: Int
    /// Window results of the uninterrupted run.
    public var expectedResults: Int
    /// Results that differ (a count, sum or key lost or counted twice).
    public var mismatchedResults: Int

    /// Creates a `CrashCheckResult` from its parts.
    public init(crashes: Int, events: Int, expectedResults: Int, mismatchedResults: Int) {
        self.crashes = crashes
        self.events = events
        self.expectedResults = expectedResults
        self.mismatchedResults = mismatchedResults
    }
}
