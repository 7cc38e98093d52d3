/// What a trigger decides for a window: whether to fire it (emit its
/// aggregate) and whether to purge it (drop its state), as two flags, like
/// Apache Flink's `TriggerResult` (`CONTINUE`, `FIRE`, `PURGE`, `FIRE_AND_PURGE`).
///
///     TriggerResult.fireAndPurge.isPurge  // true
///     TriggerResult.continue.isFire       // false
public struct TriggerResult: Sendable, Hashable {
    // MARK: - Flags

    /// Whether the window's aggregate is emitted (again, if it fired before).
    public var isFire: Bool
    /// Whether the window's state is dropped; an event for it is then late.
    public var isPurge: Bool

    /// Creates a `TriggerResult` from its two flags.
    public init(isFire: Bool, isPurge: Bool) {
        self.isFire = isFire
        self.isPurge = isPurge
    }

    // MARK: - Flink's four results

    /// Neither fire nor purge: the window keeps collecting.
    public static let `continue` = TriggerResult(isFire: false, isPurge: false)
    /// Fire, keeping the state (a fired window within its allowed lateness).
    public static let fire = TriggerResult(isFire: true, isPurge: false)
    /// Purge without firing.
    public static let purge = TriggerResult(isFire: false, isPurge: true)
    /// Fire, then purge.
    public static let fireAndPurge = TriggerResult(isFire: true, isPurge: true)
}
