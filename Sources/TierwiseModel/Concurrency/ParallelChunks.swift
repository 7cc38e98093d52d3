import Dispatch

/// Splits work into fixed-size chunks of consecutive items and runs the chunks
/// on all cores, returning the results in chunk order.
///
/// Chunk boundaries depend only on the chunk size, never on the number of
/// cores, so floating-point sums merged chunk by chunk give the same bits on
/// every machine, and parallel work gives deterministic output.
public enum ParallelChunks {
    /// The default number of items per chunk.
    public static let defaultChunkSize = 512

    /// `transform` applied to consecutive ranges of `indices`, results in order.
    ///
    ///     ParallelChunks.map(indices: 0..<10_000) { $0.reduce(0, +) }.reduce(0, +)  // 49_995_000
    public static func map<Result: Sendable>(
        indices: Range<Int>, chunkSize: Int = defaultChunkSize, transform: @Sendable (Range<Int>) -> Result
    ) -> [Result] {
        precondition(chunkSize > 0, "chunk size must be positive")
        let chunkCount = (indices.count + chunkSize - 1) / chunkSize
        @Sendable func range(_ chunk: Int) -> Range<Int> {
            let start = indices.lowerBound + chunk * chunkSize
            return start..<min(start + chunkSize, indices.upperBound)
        }
        guard chunkCount > 1 else { return chunkCount == 1 ? [transform(range(0))] : [] }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: chunkCount)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            // Each iteration writes only its own slot.
            slots[chunk] = transform(range(chunk))
        }
        return results.map { $0! }
    }

    /// `transform` applied to consecutive slices of `items`, results in order.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], chunkSize: Int = defaultChunkSize, transform: @Sendable (ArraySlice<Item>) -> Result
    ) -> [Result] {
        map(indices: items.indices, chunkSize: chunkSize) { transform(items[$0]) }
    }
}
