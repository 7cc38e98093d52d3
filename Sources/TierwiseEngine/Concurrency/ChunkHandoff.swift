import Foundation
import TierwisePlatform

/// A bounded queue of event chunks between two threads: a producer fills
/// chunks and ``put(_:)``s them, a consumer ``take()``s them and hands the
/// emptied arrays back with ``recycle(_:)`` so their memory is reused. At most
/// `capacity` full chunks wait, so a fast producer cannot run away with memory.
///
/// A side that finds nothing to do first polls for a while (yielding the
/// processor) before it sleeps: on a virtual machine a sleeping vCPU can take
/// far longer to wake than a chunk takes to process, and the stages hand over
/// a chunk every few hundred microseconds.
///
/// Every shared field is read and written under `condition`'s lock; that is
/// what makes the unchecked `Sendable` sound.
public final class ChunkHandoff<Chunk: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var full: [Chunk] = []
    private var empty: [Chunk] = []
    private var finished = false
    private var failure: (any Error)?

    /// Polls before sleeping (each a lock, a check and a `sched_yield`): about a millisecond.
    private static var pollsBeforeSleeping: Int { 1_000 }

    /// A handoff holding at most `capacity` full chunks.
    public init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// Blocks while `capacity` chunks wait, then queues `chunk`.
    public func put(_ chunk: Chunk) {
        condition.lock()
        waitWhile { full.count >= capacity }
        full.append(chunk)
        condition.broadcast()
        condition.unlock()
    }

    /// The oldest waiting chunk; nil once the producer has finished and every chunk is taken.
    public func take() -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        waitWhile { full.isEmpty && !finished }
        guard !full.isEmpty else { return nil }
        condition.broadcast()
        return full.removeFirst()
    }

    /// The producer is done (with `error` when it failed); wakes the consumer.
    public func finish(throwing error: (any Error)? = nil) {
        condition.lock()
        finished = true
        failure = error
        condition.broadcast()
        condition.unlock()
    }

    /// With the lock held, waits until `isBlocked` is false: polls first, then sleeps.
    private func waitWhile(_ isBlocked: () -> Bool) {
        var polls = 0
        while isBlocked() {
            if polls < Self.pollsBeforeSleeping {
                polls += 1
                condition.unlock()
                Scheduler.yield()
                condition.lock()
            } else {
                condition.wait()
            }
        }
    }

    /// The producer's error, once ``take()`` has returned nil.
    public var producerError: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }
}

extension ChunkHandoff where Chunk == [Event] {
    /// Gives an emptied chunk back for the producer to fill again.
    func recycle(_ chunk: consuming [Event]) {
        chunk.removeAll(keepingCapacity: true)
        condition.lock()
        empty.append(chunk)
        condition.unlock()
    }

    /// A chunk to fill: a recycled one when there is one, else a new array of `capacity` events.
    func emptyChunk(reserving capacity: Int) -> [Event] {
        condition.lock()
        let chunk = empty.popLast()
        condition.unlock()
        if let chunk { return chunk }
        var fresh: [Event] = []
        fresh.reserveCapacity(capacity)
        return fresh
    }

}
