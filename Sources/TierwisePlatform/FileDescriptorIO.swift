import Foundation

/// Whole reads and writes on file descriptors with POSIX calls, retrying
/// short transfers and interrupts, without the copies `Data` would make.
public enum FileDescriptorIO {
    /// Writes all of `bytes`; returns the `errno` of a failure, or nil.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
    }

    /// The bytes of the file at `path`, read straight into an array (a large
    /// catalog is not copied through `Data`); nil on any error, and nil when
    /// it holds more than `maximumBytes`. Files whose size `fstat` does not
    /// know (`/proc`, pipes, `/dev/stdin`) are read to their end, at most
    /// `maximumBytes` + 1 of them.
    public static func readFile(_ path: String, maximumBytes: Int = Int.max) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        if size > maximumBytes { return nil }
        if size > 0 && info.st_mode & S_IFMT == S_IFREG {
            var failed = false
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                var total = 0
                while total < size, let base = buffer.baseAddress {
                    let count = read(descriptor, base + total, size - total)
                    if count < 0 && errno == EINTR { continue }
                    if count <= 0 { break }
                    total += count
                }
                failed = total != size
                initialized = total
            }
            return failed ? nil : bytes
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > maximumBytes { return nil }
        }
    }

    /// True when `descriptor` was closed by the caller (`>&-`); it is then
    /// reopened on /dev/null so that its number stays taken and the next file
    /// the process opens (Dispatch's own descriptor, say) cannot receive what
    /// was meant for standard output or error.
    public static func holdOpenIfClosed(_ descriptor: Int32) -> Bool {
        guard fcntl(descriptor, F_GETFD) == -1 else { return false }
        let placeholder = open("/dev/null", O_WRONLY)
        if placeholder >= 0 && placeholder != descriptor {
            dup2(placeholder, descriptor)
            close(placeholder)
        }
        return true
    }
}
