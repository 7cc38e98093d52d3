import Foundation
import TierwisePlatform
/// Where processing time comes from: triggers and refresh intervals read it.
/// Injected, so simulations fast-forward and tests are deterministic.
public protocol ProcessingClock: AnyObject {
    /// Milliseconds since the epoch, now.
    var nowMillis: Int64 { get }
}

/// A clock that moves only when told to: simulation and tests.
public final class SimulatedClock: ProcessingClock {
    public private(set) var nowMillis: Int64

    /// Creates a `SimulatedClock` from its parts.
    public init(startMillis: Int64 = 0) { nowMillis = startMillis }

    /// Moves time forward (never back).
    public func advance(byMillis millis: Int64) {
        precondition(millis >= 0, "a simulated clock only moves forward")
        nowMillis += millis
    }
}

/// The system's real time.
public final class WallClock: ProcessingClock {
    /// Creates a `WallClock` from its parts.
    public init() {}
    /// The system time, milliseconds since the epoch.
    public var nowMillis: Int64 {
        SystemTime.nowMillis()
    }
}
