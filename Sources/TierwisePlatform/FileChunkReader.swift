import Foundation

/// Reads a file front to back in chunks, each a fresh array the caller may
/// keep (hand to another thread, slice) without a copy: `read` straight into
/// the array's storage, retried on interrupts and short reads.
public final class FileChunkReader {
    private let descriptor: Int32

    /// Opens `path` for reading; nil when it cannot be opened or is a directory.
    public init?(path: String) {
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        guard opened >= 0 else { return nil }
        var info = stat()
        guard fstat(opened, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else {
            close(opened)
            return nil
        }
        descriptor = opened
    }

    deinit { close(descriptor) }

    /// The next chunk of at most `maximumBytes` (fewer only at the end of the
    /// file, or of what a pipe has delivered), empty at the end; the text of
    /// `errno` on failure.
    public func next(maximumBytes: Int) -> Result<[UInt8], ReadFailure> {
        let size = max(maximumBytes, 1)
        var failure: Int32 = 0
        let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var total = 0
            while total < size, let base = buffer.baseAddress {
                let count = read(descriptor, base + total, size - total)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failure = errno; break }
                if count == 0 { break }
                total += count
            }
            initialized = total
        }
        if failure != 0 { return .failure(ReadFailure(description: String(cString: strerror(failure)))) }
        return .success(chunk)
    }

    /// Why a read failed, in the system's words.
    public struct ReadFailure: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }
}
