import Foundation
import TierwisePlatform

/// Keeps the latest checkpoint in a directory, written atomically: to a
/// temporary file, fsynced, renamed over `checkpoint.bin`, and the directory
/// fsynced, so a crash or a power loss leaves either the old checkpoint or the
/// new one, never half of one.
///
/// A checkpoint counts every event before its offset, so it must never outlive
/// those events in the log: ``save(_:durableIn:)`` makes the log durable up to
/// the checkpoint's offset before it writes a byte, and
/// ``latest(consistentWith:)`` refuses a checkpoint the log does not reach.
///
///     try store.save(op.checkpoint(logOffset: log.endOffset), durableIn: log)
///     if let checkpoint = try store.latest(consistentWith: log) { try op.restore(checkpoint) }
public struct CheckpointStore: Sendable {
    /// The directory holding the files.
    public let directory: String
    /// The system calls it makes (``FileOperations/system`` unless a test injects faults).
    public let files: FileOperations

    /// Opens the store in `directory`, creating the directory (and fsyncing its parent) when needed.
    public init(directory: String, files: FileOperations = .system) throws(CheckpointError) {
        guard files.makeDirectories(directory) == 0 else {
            throw .io(path: directory, reason: "cannot create the checkpoint directory: \(String(cString: strerror(errno)))")
        }
        self.directory = directory
        self.files = files
    }

    /// The file holding the latest checkpoint.
    public var path: String { directory + "/checkpoint.bin" }
    /// The file a checkpoint is written to before it is renamed into place.
    var temporaryPath: String { directory + "/.checkpoint.bin.tmp" }

    // MARK: - Saving

    /// Makes `log` durable through `checkpoint.logOffset`, then writes
    /// `checkpoint` atomically. Throws ``CheckpointError/aheadOfLog(checkpointOffset:logEndOffset:)``
    /// for a checkpoint past the log's end and ``CheckpointError/log(_:)`` when the
    /// log cannot be flushed; in both cases nothing is written.
    public func save(_ checkpoint: Checkpoint, durableIn log: some EventLog) throws(CheckpointError) {
        guard checkpoint.logOffset <= log.endOffset else {
            throw .aheadOfLog(checkpointOffset: checkpoint.logOffset, logEndOffset: log.endOffset)
        }
        do {
            try log.makeDurable(through: checkpoint.logOffset)
        } catch {
            throw .log(error)
        }
        try write(checkpoint)
    }

    /// Writes `checkpoint` atomically, whatever the log holds: callers go through
    /// ``save(_:durableIn:)``, which keeps the order.
    func write(_ checkpoint: Checkpoint) throws(CheckpointError) {
        let temporary = temporaryPath
        let bytes = checkpoint.encoded()
        let descriptor = files.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .io(path: temporary, reason: "cannot create: \(Self.errnoText())") }
        let written = bytes.withUnsafeBytes { files.writeAll(descriptor, $0) }
        var failure: String?
        if let code = written.error {
            failure = "cannot write: \(FileOperations.reason(code))"
        } else if files.fsync(descriptor) != 0 {
            failure = "cannot fsync: \(Self.errnoText())"
        }
        _ = files.close(descriptor)
        if let failure {
            _ = files.unlink(temporary)
            throw .io(path: temporary, reason: failure)
        }
        guard files.rename(temporary, path) == 0 else {
            let reason = Self.errnoText()
            _ = files.unlink(temporary)
            throw .io(path: path, reason: "cannot rename the new checkpoint into place: \(reason)")
        }
        // Make the rename itself durable.
        guard files.syncDirectory(directory) == 0 else {
            throw .io(path: directory, reason: "cannot fsync the directory after the rename: \(Self.errnoText())")
        }
    }

    // MARK: - Reading

    /// The latest checkpoint, or nil when none was ever saved (no file). A file
    /// that cannot be read or decoded is an error, never a fresh start.
    public func latest() throws(CheckpointError) -> Checkpoint? {
        let descriptor = files.open(path, O_RDONLY, 0)
        if descriptor < 0 && errno == ENOENT { return nil }
        guard descriptor >= 0 else { throw .io(path: path, reason: "cannot open: \(Self.errnoText())") }
        defer { _ = files.close(descriptor) }
        let size = files.size(descriptor)
        guard size >= 0 else { throw .io(path: path, reason: "cannot stat: \(Self.errnoText())") }
        var bytes = [UInt8](repeating: 0, count: Int(size))
        switch bytes.withUnsafeMutableBytes({ files.readAll(descriptor, into: $0, at: 0) }) {
        case .success(let read):
            guard read == bytes.count else { throw .io(path: path, reason: "cannot read: the file shrank while it was read") }
        case .failure(let failure):
            throw .io(path: path, reason: "cannot read: \(FileOperations.reason(failure.code))")
        }
        return try Checkpoint(decoding: bytes)
    }

    /// The latest checkpoint, checked against `log`: a checkpoint that resumes
    /// past the log's end (the log lost records the checkpoint counted) throws
    /// ``CheckpointError/aheadOfLog(checkpointOffset:logEndOffset:)``.
    public func latest(consistentWith log: some EventLog) throws(CheckpointError) -> Checkpoint? {
        guard let checkpoint = try latest() else { return nil }
        guard checkpoint.logOffset <= log.endOffset else {
            throw .aheadOfLog(checkpointOffset: checkpoint.logOffset, logEndOffset: log.endOffset)
        }
        return checkpoint
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
