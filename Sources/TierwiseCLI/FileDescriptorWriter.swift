import Foundation

/// Writes bytes to a file descriptor with POSIX `write`, retrying short writes
/// and interrupts, without the copy that `Data` would make.
enum FileDescriptorWriter {
    /// Writes all of `bytes`; returns the `errno` of a failure, or nil.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }
}
