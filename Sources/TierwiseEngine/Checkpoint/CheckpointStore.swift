import Foundation

/// Keeps the latest checkpoint in a directory, written atomically: to a
/// temporary file, fsynced, then renamed over `checkpoint.bin`, so a crash
/// leaves either the old checkpoint or the new one, never half of one.
public struct CheckpointStore: Sendable {
    /// The directory holding the files.
    public let directory: String

    /// Creates a `CheckpointStore` from its parts.
    public init(directory: String) throws(CheckpointError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory, reason: "cannot create the checkpoint directory: \(error.localizedDescription)")
        }
        self.directory = directory
    }

    private var path: String { directory + "/checkpoint.bin" }

    /// Writes `checkpoint` atomically.
    public func save(_ checkpoint: Checkpoint) throws(CheckpointError) {
        let temporary = directory + "/.checkpoint.bin.tmp"
        let bytes = checkpoint.encoded()
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .io(path: temporary, reason: String(cString: strerror(errno))) }
        let ok = bytes.withUnsafeBytes { raw -> Bool in
            var written = 0
            while written < raw.count {
                let result = write(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 { if errno == EINTR { continue }; return false }
                written += result
            }
            return fsync(descriptor) == 0
        }
        close(descriptor)
        guard ok, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: path, reason: reason)
        }
        // Make the rename itself durable.
        let directoryDescriptor = open(directory, O_RDONLY)
        if directoryDescriptor >= 0 { fsync(directoryDescriptor); close(directoryDescriptor) }
    }

    /// The latest checkpoint, or nil when none was saved.
    public func latest() throws(CheckpointError) -> Checkpoint? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try Checkpoint(decoding: [UInt8](data))
    }
}
