import Foundation
import TierwisePlatform

/// Where a report goes, written piece by piece: standard output, or the path
/// given with `--output`. A class: it owns an open file descriptor.
///
/// What `--output PATH` does depends on what is at PATH (see docs/cli.md):
/// - nothing, or a regular file: the report is written to a temporary file
///   beside it, fsynced, renamed over PATH, and the directory is fsynced, so a
///   reader never sees half a report, a failed or interrupted run leaves an
///   existing file untouched, and a finished one survives a power loss. An
///   existing file keeps its permissions.
/// - a symbolic link: the same, at the file the link points to; the link stays.
/// - a character device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named
///   pipe): written through in place, not atomically; nothing is renamed over it.
/// - a directory, a block device, a dangling link: refused, nothing written.
final class ReportSink {
    /// How the destination is written.
    private enum Mode {
        case standardOutput
        /// Atomic replacement of `target` through `temporaryPath`.
        case atomic(target: String, temporaryPath: String, cleanupToken: Int)
        /// Written in place: a device, FIFO or socket.
        case writeThrough(target: String)
    }

    /// The longest file name the file systems tierwise runs on accept (NAME_MAX).
    static let maximumNameBytes = 255

    private let mode: Mode
    private let console: Console
    /// The system calls, all from `TierwisePlatform`.
    private static let files = FileOperations.system
    private var descriptor: Int32 = -1

    /// The path named in messages: what the user gave.
    private let displayPath: String

    /// Opens the destination; `path` nil means standard output.
    static func open(path: String?, console: Console) -> Result<ReportSink, ReportSinkError> {
        guard let path else { return .success(ReportSink(mode: .standardOutput, displayPath: "", console: console)) }
        func failure(_ reason: String) -> Result<ReportSink, ReportSinkError> {
            .failure(ReportSinkError(message: "\(path): \(reason)"))
        }
        if path.isEmpty { return failure("--output needs a file path") }
        let givenName = split(path).name
        guard givenName.utf8.count <= maximumNameBytes else {
            return failure("the file name is \(givenName.utf8.count) bytes long; file names have at most \(maximumNameBytes)")
        }
        guard let target = PathKind.resolvingLinks(path) else {
            return failure("is a symbolic link to a missing file; give the target path itself")
        }
        var existingPermissions: mode_t?
        switch PathKind.of(target) {
        case .missing:
            break
        case .regularFile(let permissions):
            existingPermissions = permissions
        case .directory:
            return failure("is a directory; --output needs a file path")
        case .writeThrough:
            let descriptor = files.open(target, O_WRONLY | O_CLOEXEC, 0)
            guard descriptor >= 0 else { return failure("cannot write the report: \(errnoText())") }
            let sink = ReportSink(mode: .writeThrough(target: target), displayPath: path, console: console)
            sink.descriptor = descriptor
            return .success(sink)
        case .other:
            return failure("is a block device or another special file; --output writes regular files, "
                + "character devices and pipes only")
        case .unreadable(let error):
            return failure("cannot write the report: \(error.description)")
        }
        let (directory, name) = split(target)
        guard PathKind.of(directory) == .directory else {
            return failure("the directory \(directory) does not exist")
        }
        guard name.utf8.count <= maximumNameBytes else {
            return failure("the file name is \(name.utf8.count) bytes long; file names have at most \(maximumNameBytes)")
        }
        let temporaryPath = directory + "/" + temporaryName(for: name)
        let token = CleanupRegistry.shared.add(temporaryPath)
        // O_EXCL: never write through something planted under the temporary name.
        let descriptor = files.open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = errnoText()
            CleanupRegistry.shared.remove(token)
            return failure("cannot create the temporary file beside it (in \(directory)) that makes the write atomic: \(reason)")
        }
        if let existingPermissions { PathKind.setPermissions(existingPermissions, of: descriptor) }
        let sink = ReportSink(
            mode: .atomic(target: target, temporaryPath: temporaryPath, cleanupToken: token), displayPath: path,
            console: console)
        sink.descriptor = descriptor
        return .success(sink)
    }

    private init(mode: Mode, displayPath: String, console: Console) {
        self.mode = mode
        self.displayPath = displayPath
        self.console = console
    }

    deinit {
        abandon()
    }

    /// Writes the next piece.
    func write(_ bytes: [UInt8]) throws(ReportSinkError) {
        if case .standardOutput = mode {
            console.writeOutput(bytes)
            if let failure = console.outputFailure {
                throw ReportSinkError(message: "standard output: cannot write the report: \(failure)")
            }
            return
        }
        if let failure = FileDescriptorIO.writeAll(bytes, to: descriptor) {
            abandon()
            throw ReportSinkError(message: "\(displayPath): cannot write the report: \(String(cString: strerror(failure)))")
        }
    }

    /// Finishes: the file appears whole under its name, durably; says so on
    /// standard error unless `announce` is false.
    func commit(announce: Bool = true) throws(ReportSinkError) {
        switch mode {
        case .standardOutput:
            return
        case .writeThrough:
            let closed = Self.files.close(descriptor) == 0
            descriptor = -1
            guard closed else { throw ReportSinkError(message: "\(displayPath): cannot write the report: \(errnoText())") }
        case .atomic(let target, let temporaryPath, let token):
            // fsync reports write-back errors (EIO, ENOSPC on some file systems) that write() did not.
            guard Self.files.fsync(descriptor) == 0 else {
                let reason = errnoText()
                abandon()
                throw ReportSinkError(message: "\(displayPath): cannot write the report: \(reason)")
            }
            let closed = Self.files.close(descriptor) == 0
            descriptor = -1
            // rename(2) replaces the destination atomically on the same file system.
            guard closed, Self.files.rename(temporaryPath, target) == 0 else {
                let reason = errnoText()
                _ = Self.files.unlink(temporaryPath)
                CleanupRegistry.shared.remove(token)
                throw ReportSinkError(message: "\(displayPath): cannot write the report: \(reason)")
            }
            CleanupRegistry.shared.remove(token)
            // Make the rename itself durable.
            _ = Self.files.syncDirectory(Self.split(target).directory)
        }
        if announce { console.writeError("tierwise: wrote \(displayPath)\n") }
    }

    /// Gives up: a temporary file is removed and the destination left untouched.
    func abandon() {
        guard descriptor >= 0 else { return }
        _ = Self.files.close(descriptor)
        descriptor = -1
        if case .atomic(_, let temporaryPath, let token) = mode {
            _ = Self.files.unlink(temporaryPath)
            CleanupRegistry.shared.remove(token)
        }
    }

    // MARK: - Names

    /// The directory and last component of `path` ("." for a bare name).
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// A hidden name beside `name` for the temporary file, unique to this
    /// process and sink, and never longer than ``maximumNameBytes``: a long
    /// name is cut (at a character boundary) to make room for the suffix.
    static func temporaryName(for name: String) -> String {
        let suffix = ".tw\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let room = maximumNameBytes - 1 - suffix.utf8.count
        var kept = ""
        var used = 0
        for character in name {
            let size = character.utf8.count
            guard used + size <= room else { break }
            kept.append(character)
            used += size
        }
        return "." + kept + suffix
    }
}

/// A report could not be written; the message names the path and the reason.
struct ReportSinkError: Error {
    var message: String
}

/// The text of the current `errno`.
func errnoText() -> String { String(cString: strerror(errno)) }
