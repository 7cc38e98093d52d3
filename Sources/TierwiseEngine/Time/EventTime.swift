/// The event times and durations the engine accepts, and the reason it can
/// compute with them without overflow.
///
/// Event times run from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z:
/// every instant an ISO 8601 date-time with a four-digit year can name, so the
/// integer and the ISO forms of an event file accept the same instants.
/// Durations (window size, slide, session gap, out-of-orderness bound,
/// allowed lateness, deduplication TTL) are at most 3,650,000 days (about
/// 10,000 years). Every sum the engine forms (a window's end, end plus
/// lateness, the watermark, a time minus the bound) is then within
/// ±2^53 ms: far inside `Int64`, and exact as a JSON number in any reader.
///
///     EventTime.accepted.contains(253_402_300_800_000)  // false: the year 10000
///
/// Times outside the range that reach the engine another way (a generator,
/// a log written by other software) never trap either: the arithmetic
/// saturates at the ends of `Int64`, so such windows are clamped, not wrapped.
public enum EventTime {
    /// 0000-01-01T00:00:00Z in epoch milliseconds.
    public static let minimumMillis: Int64 = -62_167_219_200_000
    /// 9999-12-31T23:59:59.999Z in epoch milliseconds.
    public static let maximumMillis: Int64 = 253_402_300_799_999
    /// Every accepted event time, epoch milliseconds.
    public static let accepted: ClosedRange<Int64> = minimumMillis...maximumMillis

    /// The longest accepted duration: 3,650,000 days, 315,360,000,000,000 ms.
    public static let maximumDurationMillis: Int64 = 315_360_000_000_000
    /// The longest accepted duration in days, for messages (`3650000d`).
    public static let maximumDurationDays: Int64 = 3_650_000

    /// The most windows one event may fall in: a sliding window's ⌈size / slide⌉.
    /// Each window costs an aggregate per key, so this bounds the work and the
    /// memory one event can cause.
    public static let maximumWindowsPerEvent: Int64 = 10_000

    /// Throws ``EngineError/durationTooLong(name:millis:maximum:)`` when
    /// `millis` exceeds ``maximumDurationMillis`` (the sign is checked by the caller).
    static func checkDuration(_ millis: Int64, name: String) throws(EngineError) {
        guard millis <= maximumDurationMillis else {
            throw .durationTooLong(name: name, millis: millis, maximum: maximumDurationMillis)
        }
    }
}

// MARK: - Saturating arithmetic

extension Int64 {
    /// `self − other`, clamped to `Int64.min` (or `.max`) instead of overflowing.
    @inline(__always)
    func subtractingClamped(_ other: Int64) -> Int64 {
        let (difference, overflow) = subtractingReportingOverflow(other)
        guard overflow else { return difference }
        return other > 0 ? .min : .max
    }

    /// `self + other`, clamped to `Int64.max` instead of overflowing.
    @inline(__always)
    func addingClamped(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
