/// Decides from the watermark when an event-time window fires and when its
/// state is purged: Apache Flink's `EventTimeTrigger` together with the
/// window operator's allowed-lateness clean-up.
///
/// For a window `[start, end)` and watermark W:
/// - it fires when W ≥ end (at the watermark that reaches it, and again for
///   every event that updates it afterwards);
/// - it is purged when W ≥ end + allowed lateness (saturating at the top of
///   time), so with no lateness it fires and purges at once;
/// - before the first event (``Watermark/start``) nothing fires or purges;
/// - at end of input (``Watermark/endOfInput``, how a batch run finishes)
///   every window fires and purges.
///
///     let trigger = try EventTimeTrigger(allowedLatenessMillis: 5_000)
///     let window = TimeWindow(startMillis: 0, endMillis: 60_000)
///     trigger.result(for: window, at: Watermark(millis: 59_999))  // .continue
///     trigger.result(for: window, at: Watermark(millis: 60_000))  // .fire
///     trigger.result(for: window, at: Watermark(millis: 65_000))  // .fireAndPurge
///
/// The decision is two comparisons; the operators call it per event and
/// per window fired, inside the engine module, where it inlines.
public struct EventTimeTrigger: Sendable, Equatable {
    // MARK: - Configuration

    /// How long after firing a window still accepts updates, milliseconds.
    public let allowedLatenessMillis: Int64

    /// A trigger keeping windows `allowedLatenessMillis` after they fire; the
    /// lateness must be at least 0 and at most ``EventTime/maximumDurationMillis``.
    public init(allowedLatenessMillis: Int64 = 0) throws(EngineError) {
        guard allowedLatenessMillis >= 0 else {
            throw .negativeDuration(name: "allowed lateness", millis: allowedLatenessMillis)
        }
        try EventTime.checkDuration(allowedLatenessMillis, name: "allowed lateness")
        self.allowedLatenessMillis = allowedLatenessMillis
    }

    // MARK: - Decisions

    /// Whether `window` fires and whether it is purged at `watermark`: asked
    /// when an event arrives for the window (Flink's `onElement`) and when the
    /// watermark advances past its timers (`onEventTime`); the rule is the same.
    @inline(__always)
    public func result(for window: TimeWindow, at watermark: Watermark) -> TriggerResult {
        let w = watermark.millis
        guard w != Watermark.start.millis else { return .continue }
        return TriggerResult(isFire: w >= window.endMillis, isPurge: w >= purgeTimeMillis(of: window))
    }

    /// The event time at which `window` fires: its end.
    @inline(__always)
    public func fireTimeMillis(of window: TimeWindow) -> Int64 { window.endMillis }

    /// The event time at which `window` is purged: end + allowed lateness,
    /// clamped to `Int64.max` instead of overflowing.
    @inline(__always)
    public func purgeTimeMillis(of window: TimeWindow) -> Int64 {
        window.endMillis.addingClamped(allowedLatenessMillis)
    }

    /// The decision at end of input (a batch run's only one): fire and purge, for every window.
    public func resultAtEndOfInput(for window: TimeWindow) -> TriggerResult {
        result(for: window, at: .endOfInput)
    }
}
