import Foundation

/// Where a report goes, written piece by piece: standard output, or a file
/// written atomically (under a temporary name beside it, renamed when
/// complete), so a reader never sees half a report and a failed run leaves an
/// existing file untouched. A class: it owns an open file descriptor.
final class ReportSink {
    private let path: String?
    private let console: Console
    private var descriptor: Int32 = -1
    private var temporaryPath = ""

    /// Opens the destination; `path` nil means standard output. Returns an error message on failure.
    static func open(path: String?, console: Console) -> Result<ReportSink, ReportSinkError> {
        let sink = ReportSink(path: path, console: console)
        guard let path else { return .success(sink) }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .failure(ReportSinkError(message: "\(path): is a directory; --output needs a file path"))
        }
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(ReportSinkError(message: "\(path): the directory \(directory.path) does not exist"))
        }
        sink.temporaryPath = directory.appendingPathComponent(
            ".\(url.lastPathComponent).tierwise-\(ProcessInfo.processInfo.processIdentifier).tmp").path
        sink.descriptor = Foundation.open(sink.temporaryPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard sink.descriptor >= 0 else {
            return .failure(ReportSinkError(message: "\(path): cannot write the report: \(String(cString: strerror(errno)))"))
        }
        return .success(sink)
    }

    private init(path: String?, console: Console) {
        self.path = path
        self.console = console
    }

    deinit {
        if descriptor >= 0 { abandon() }
    }

    /// Writes the next piece.
    func write(_ bytes: [UInt8]) throws(ReportSinkError) {
        guard let path else {
            console.writeOutput(bytes)
            return
        }
        if let failure = FileDescriptorWriter.writeAll(bytes, to: descriptor) {
            abandon()
            throw ReportSinkError(message: "\(path): cannot write the report: \(String(cString: strerror(failure)))")
        }
    }

    /// Finishes: the file appears whole under its name.
    func commit() throws(ReportSinkError) {
        guard let path else { return }
        close(descriptor)
        descriptor = -1
        // rename(2) replaces the destination atomically on the same file system.
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw ReportSinkError(message: "\(path): cannot write the report: \(reason)")
        }
        console.writeError("tierwise: wrote \(path)\n")
    }

    /// Gives up: the temporary file is removed, the destination untouched.
    func abandon() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporaryPath)
    }
}

/// A report could not be written; the message names the path and the reason.
struct ReportSinkError: Error {
    var message: String
}
