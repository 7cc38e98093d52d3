import Foundation

/// The operating system's scheduler, as the engine's thread handoffs use it.
public enum Scheduler {
    /// Gives the processor to another runnable thread (`sched_yield`).
    @inlinable
    public static func yield() {
        sched_yield()
    }
}
