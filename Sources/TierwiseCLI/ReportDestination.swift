import Foundation

/// Delivers a finished report: to standard output, or atomically to a file
/// (written beside it under a temporary name, then renamed), so a reader never
/// sees half a report and a failed run leaves an existing file untouched.
struct ReportDestination {
    /// The `--output` path, or nil for standard output.
    var path: String?

    /// Writes `text`; returns an error message, or nil on success.
    func deliver(_ text: String, to console: Console) -> String? {
        guard let path else {
            console.writeOutput(text)
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
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tierwise-\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the destination atomically on the same file system.
            guard rename(temporary.path, path) == 0 else {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                return "\(path): cannot write the report: \(reason)"
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return "\(path): cannot write the report: \(error.localizedDescription)"
        }
        console.writeError("tierwise: wrote \(path)\n")
        return nil
    }
}
