import Dispatch
import Foundation

/// Splits work over contiguous chunks of an array and runs the chunks on all
/// cores, returning the results in chunk order, so parallel work still gives
/// deterministic output.
public enum ParallelChunks {
    /// Below this many items the work runs on the calling thread.
    public static let minimumParallelItems = 2_048

    /// `transform` applied to consecutive slices of `items`, results in order.
    ///
    ///     ParallelChunks.map(Array(1...10_000)) { $0.reduce(0, +) }.reduce(0, +)  // 50_005_000
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], transform: @Sendable (ArraySlice<Item>) -> Result
    ) -> [Result] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard items.count >= minimumParallelItems, cores > 1 else { return [transform(items[...])] }
        // A few chunks per core evens out uneven chunks.
        let chunkCount = min(cores * 4, items.count)
        let chunkSize = (items.count + chunkCount - 1) / chunkCount
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: chunkCount)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = chunk * chunkSize
            let end = min(start + chunkSize, items.count)
            guard start < end else { return }
            // Each iteration writes only its own slot.
            slots[chunk] = transform(items[start..<end])
        }
        return results.compactMap { $0 }
    }
}
