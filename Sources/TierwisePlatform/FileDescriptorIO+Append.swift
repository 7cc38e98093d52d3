import Foundation

extension FileDescriptorIO {
    /// Appends `bytes` to the file at `path`, creating it (mode 0644) when
    /// missing: for `$GITHUB_STEP_SUMMARY`, which GitHub reads after the
    /// step. Returns why it failed, or nil. One `write` per short transfer
    /// with `O_APPEND`, so concurrent appenders do not overwrite each other.
    public static func append(_ bytes: [UInt8], toFile path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        if let failure = writeAll(bytes, to: descriptor) {
            close(descriptor)
            return String(cString: strerror(failure))
        }
        guard close(descriptor) == 0 else { return String(cString: strerror(errno)) }
        return nil
    }
}
