import Foundation

/// Delivers a finished report: to standard output, or atomically to a file
/// (written beside it under a temporary name, then renamed), so a reader never
/// sees half a report and a failed run leaves an existing file untouched.
struct ReportDestination {
    /// The `--output` path, or nil for standard output.
    var path: String?

    /// Writes `bytes`; returns an error message, or nil on success.
    func deliver(_ bytes: [UInt8], to console: Console) -> String? {
        deliver(chunks: [bytes], to: console)
    }

    /// Writes `chunks` one after another; returns an error message, or nil on success.
    func deliver(chunks: [[UInt8]], to console: Console) -> String? {
        guard let path else {
            for chunk in chunks { console.writeOutput(chunk) }
            return nil
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return "\(path): is a directory; --output needs a file path"
        }
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return "\(path): the directory \(directory.path) does not exist"
        }
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).tierwise-\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            return "\(path): cannot write the report: \(String(cString: strerror(errno)))"
        }
        for chunk in chunks {
            if let failure = FileDescriptorWriter.writeAll(chunk, to: descriptor) {
                close(descriptor)
                unlink(temporary)
                return "\(path): cannot write the report: \(String(cString: strerror(failure)))"
            }
        }
        close(descriptor)
        // rename(2) replaces the destination atomically on the same file system.
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            return "\(path): cannot write the report: \(reason)"
        }
        console.writeError("tierwise: wrote \(path)\n")
        return nil
    }
}
