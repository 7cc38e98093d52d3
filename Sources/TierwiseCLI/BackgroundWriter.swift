import Dispatch
import Foundation

/// Writes pieces of a report to a ``ReportSink`` on a thread of its own, in
/// the order they were enqueued, so computing the next part of a report
/// overlaps with writing the last. At most two batches wait at a time, which
/// bounds memory.
final class BackgroundWriter: @unchecked Sendable {
    // The sink is only touched on `queue` until `finish()` returns.
    private let sink: ReportSink
    private let queue = DispatchQueue(label: "tierwise.report-writer")
    private let slots = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var failure: ReportSinkError?

    init(sink: ReportSink) {
        self.sink = sink
    }

    /// True once a write has failed; later pieces are dropped.
    var hasFailed: Bool {
        lock.lock()
        defer { lock.unlock() }
        return failure != nil
    }

    /// Queues `pieces` for writing; waits while two batches are already queued.
    func enqueue(_ pieces: [[UInt8]]) {
        slots.wait()
        queue.async {
            defer { self.slots.signal() }
            guard !self.hasFailed else { return }
            do throws(ReportSinkError) {
                for piece in pieces { try self.sink.write(piece) }
            } catch {
                self.lock.lock()
                self.failure = error
                self.lock.unlock()
            }
        }
    }

    /// Waits for every queued piece; throws the first write failure.
    func finish() throws(ReportSinkError) {
        queue.sync {}
        lock.lock()
        let failure = self.failure
        lock.unlock()
        if let failure { throw failure }
    }
}
