import Foundation
import TierwiseEngine

/// The two stages of a streamed replay on two cores: a thread of its own
/// reads the file, splits and scans its lines (``ParsedEventBatcher``), and
/// hands each chunk's lines over; the calling thread interns, windows and
/// writes them, in file order. Every line reaches the calling thread exactly
/// as the reader made it, so results are those of reading on one thread.
/// At most ``batchesInFlight`` chunks wait between the stages, so memory stays bounded.
enum ReplayReadingThread {
    /// Batches (about a MiB of file each) that may wait between the stages.
    static let batchesInFlight = 4

    /// Reads the file at `path` on a thread of its own and calls `body` on
    /// this thread with each batch, in order; returns what the reader
    /// returns, or throws its error once the batches before it are taken.
    static func read(
        path: String, layout: EventFileReader.Layout?, maximumLineBytes: Int, chunkBytes: Int, keptQuarantineCount: Int,
        _ body: (ParsedEventBatch) -> Void
    ) throws(EventFileReader.FileError) -> EventFileReader.Contents {
        let handoff = ChunkHandoff<ParsedEventBatch>(capacity: batchesInFlight)
        let reading = Reading()
        let thread = Thread {
            var batcher = ParsedEventBatcher { handoff.put($0) }
            do throws(EventFileReader.FileError) {
                let contents = try EventFileReader.read(
                    contentsOfFile: path, layout: layout, maximumLineBytes: maximumLineBytes, into: &batcher,
                    keptQuarantineCount: keptQuarantineCount, chunkBytes: chunkBytes)
                batcher.flush()
                reading.contents = contents
                handoff.finish()
            } catch {
                batcher.flush()
                handoff.finish(throwing: error)
            }
        }
        thread.stackSize = 8 << 20
        thread.start()
        while let batch = handoff.take() { body(batch) }
        // take() returned nil: the reader has finished, and published its contents before saying so, under the handoff's lock.
        if let error = handoff.producerError as? EventFileReader.FileError { throw error }
        return reading.contents
    }

    /// The reader's result, written by the reading thread before it finishes
    /// the handoff and read by the caller only after (the handoff's lock orders the two).
    private final class Reading: @unchecked Sendable {
        var contents = EventFileReader.Contents()
    }
}
