import Foundation

/// The composite steps durable files need, built from the seam's calls so a
/// test sees (and can fail) every one of them.
extension FileOperations {
    /// The outcome of a call that failed: its `errno` as a sentence.
    public static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// Writes all of `bytes`, continuing after short writes and `EINTR`.
    /// Returns how many bytes were written and, when it stopped early, the `errno`.
    public func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> (written: Int, error: Int32?) {
        var written = 0
        while written < bytes.count {
            let result = write(descriptor, UnsafeRawBufferPointer(rebasing: bytes[written...]))
            if result < 0 {
                if errno == EINTR { continue }
                return (written, errno)
            }
            if result == 0 { return (written, EIO) }
            written += result
        }
        return (written, nil)
    }

    /// Reads `buffer.count` bytes from `offset` (fewer only at the end of the file).
    /// Returns the bytes read, or the `errno` of a failed read.
    public func readAll(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int64) -> Result<Int, SystemErrno> {
        var read = 0
        while read < buffer.count {
            let result = pread(descriptor, UnsafeMutableRawBufferPointer(rebasing: buffer[read...]), offset + Int64(read))
            if result < 0 {
                if errno == EINTR { continue }
                return .failure(SystemErrno(code: errno))
            }
            if result == 0 { break }
            read += result
        }
        return .success(read)
    }

    /// Forces a directory's entries (files created, renamed or removed in it) to disk.
    /// Returns 0, or -1 with `errno` set.
    public func syncDirectory(_ path: String) -> Int32 {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY, 0)
        guard descriptor >= 0 else { return -1 }
        let result = fsync(descriptor)
        let code = errno
        _ = close(descriptor)
        errno = code
        return result
    }

    /// Creates `path` and any missing parents (`mkdir -p`), fsyncing the parent
    /// of each directory it creates so the new entry survives a power loss.
    /// Returns 0, or -1 with `errno` set.
    public func makeDirectories(_ path: String) -> Int32 {
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.isEmpty else { return 0 }
        var prefix = path.hasPrefix("/") ? "" : "."
        while !components.isEmpty {
            let parent = prefix.isEmpty ? "/" : prefix
            prefix += "/" + components.removeFirst()
            if makeDirectory(prefix) == 0 {
                if syncDirectory(parent) != 0 { return -1 }
            } else if errno != EEXIST {
                return -1
            }
        }
        return 0
    }
}

/// An `errno` value carried as an error.
public struct SystemErrno: Error, Sendable, Equatable {
    /// The `errno` code.
    public var code: Int32

    /// Creates a `SystemErrno` from its parts.
    public init(code: Int32) { self.code = code }

    /// The C library's sentence for the code ("No space left on device").
    public var description: String { String(cString: strerror(code)) }
}
