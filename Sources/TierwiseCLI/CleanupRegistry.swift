import Dispatch
import Foundation
import TierwisePlatform

/// Files and directories a run creates only for itself (a report's temporary
/// file, `bench`'s log directory), removed if the user interrupts the run.
///
/// `TierwiseCommandLine.main()` installs handlers for SIGINT, SIGTERM and
/// SIGHUP. They run on a dispatch queue, not in signal context, so they can
/// take the lock and call the file system: they remove every registered
/// path, then restore the default action and raise the signal again, so the
/// process still ends the way the signal says (a shell sees 130 for Ctrl-C).
/// SIGKILL cannot be caught; what it leaves behind is a hidden `.NAME.tw…tmp`
/// file beside the report, never a half-written report.
final class CleanupRegistry: @unchecked Sendable {
    /// The registry of this process.
    static let shared = CleanupRegistry()

    private let lock = NSLock()
    private var paths: [Int: String] = [:]
    private var nextToken = 0
    private var sources: [DispatchSourceSignal] = []
    private var interruptedBy: Int32?

    /// The signal that interrupted the run, once a handler has started.
    /// The run's own failures after that (its files vanish under it) must
    /// not end the process first: ``TierwiseCommandLine/main()`` waits for
    /// the handler instead of exiting.
    var interruptingSignal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return interruptedBy
    }

    /// Adds `path`; returns the token that ``remove(_:)`` takes.
    func add(_ path: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        nextToken += 1
        paths[nextToken] = path
        return nextToken
    }

    /// Forgets a path (it was renamed into place or removed normally).
    func remove(_ token: Int) {
        lock.lock()
        defer { lock.unlock() }
        paths[token] = nil
    }

    /// The paths registered now, in registration order.
    var registeredPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return paths.sorted { $0.key < $1.key }.map(\.value)
    }

    /// Removes every registered path (files and whole directories). A
    /// directory that another thread is still filling (bench's log rolling
    /// over to a new segment) can refuse to go while files appear in it, so
    /// removal is retried until the path is gone (at most about a second);
    /// once it is gone, the writer's next file cannot be created.
    func removeAll() {
        for path in registeredPaths {
            for _ in 0..<100 {
                try? FileManager.default.removeItem(atPath: path)
                if !PathKind.exists(path) { break }
                usleep(10_000)
            }
        }
    }

    /// Installs the signal handlers (once per process).
    func installSignalHandlers() {
        lock.lock()
        defer { lock.unlock() }
        guard sources.isEmpty else { return }
        let queue = DispatchQueue(label: "tierwise.signals")
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            ProcessSignals.ignore(signalNumber)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler { [self] in
                lock.lock()
                interruptedBy = signalNumber
                lock.unlock()
                removeAll()
                ProcessSignals.end(by: signalNumber)
            }
            source.resume()
            sources.append(source)
        }
    }
}
