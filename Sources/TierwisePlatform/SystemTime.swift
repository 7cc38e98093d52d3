import Foundation

/// The system's real-time clock (`clock_gettime(CLOCK_REALTIME)`).
public enum SystemTime {
    /// Milliseconds since the Unix epoch.
    public static func nowMillis() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000 + Int64(spec.tv_nsec) / 1_000_000
    }
}
