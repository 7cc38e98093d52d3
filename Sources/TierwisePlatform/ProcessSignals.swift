import Foundation

/// The signal calls the command line's interrupt handling makes.
public enum ProcessSignals {
    /// Ignores `signal`'s default action, so that a dispatch source can
    /// receive it instead (libdispatch's documented requirement).
    public static func ignore(_ signal: Int32) {
        Foundation.signal(signal, SIG_IGN)
    }

    /// Ends the process by `signal` itself: restores its default action,
    /// unblocks it on the calling thread (a parent may have spawned this
    /// process with it blocked) and raises it there, so the parent sees the
    /// process killed by that signal (a shell shows 130 for SIGINT).
    public static func end(by signal: Int32) {
        Foundation.signal(signal, SIG_DFL)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, signal)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        raise(signal)
    }

    /// Waits for a signal (`pause`).
    public static func waitForSignal() {
        pause()
    }
}
