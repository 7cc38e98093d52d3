import Foundation

/// Keeps the latest checkpoint in a directory, written atomically: to a
/// temporary file, fsynced, then renamed over `checkpoint.bin`, so a crash
/// leaves either the old checkpoint or the new one, never half of one.
public struct CheckpointStore: Sendable {
    /// The directory holding the files.
    public let directory: String
    /// The system calls it makes (``FileOperations/system`` unless a test injects faults).
    public let files: FileOperations

    /// Creates a `CheckpointStore` from its parts.
    public init(directory: String, files: FileOperations = .system) throws(CheckpointError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory, reason: "cannot create the checkpoint directory: \(error.localizedDescription)")
        }
        self.directory = directory
        self.files = files
    }

    private var path: String { directory + "/checkpoint.bin" }

    /// Writes `checkpoint` atomically.
    public func save(_ checkpoint: Checkpoint) throws(CheckpointError) {
        let temporary = directory + "/.checkpoint.bin.tmp"
        let bytes = checkpoint.encoded()
        let descriptor = files.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .io(path: temporary, reason: String(cString: strerror(errno))) }
        let written = bytes.withUnsafeBytes { files.writeAll(descriptor, $0) }
        let ok = written.error == nil && files.fsync(descriptor) == 0
        _ = files.close(descriptor)
        guard ok, files.rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = files.unlink(temporary)
            throw .io(path: path, reason: reason)
        }
        // Make the rename itself durable.
        _ = files.syncDirectory(directory)
    }

    /// The latest checkpoint, or nil when none was saved.
    public func latest() throws(CheckpointError) -> Checkpoint? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try Checkpoint(decoding: [UInt8](data))
    }
}
