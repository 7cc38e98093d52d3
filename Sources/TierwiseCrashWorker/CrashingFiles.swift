import Foundation
import TierwiseEngine
import TierwisePlatform

/// The system's file operations, counted, with a SIGKILL at the k-th one that
/// changes the disk (open, write, fsync, ftruncate, rename, unlink, mkdir): the
/// crash tests' way to stop the process at an exact point, such as between a
/// checkpoint's write and its rename. A write chosen as the crash point writes
/// its first half, then dies: a torn write.
///
/// Two more faults, each named `operation:path-part:n`: `crashBefore` kills at
/// the n-th such call whose path contains the part (`rename:checkpoint.bin:2`),
/// and `diskFullAt` makes the n-th such write write half its bytes and then
/// fail with `ENOSPC`, once (the disk frees up again).
final class CrashingFiles: @unchecked Sendable {
    /// A call picked by operation, a part of its path and its rank among those calls.
    struct Target {
        var operation: String
        var pathPart: String
        var nth: Int

        /// Parses `operation:path-part:n`.
        init?(_ text: String?) {
            guard let fields = text?.split(separator: ":", omittingEmptySubsequences: false), fields.count == 3,
                  let nth = Int(fields[2]) else { return nil }
            operation = String(fields[0])
            pathPart = String(fields[1])
            self.nth = nth
        }
    }

    private let crashAt: Int?
    private let crashBefore: Target?
    private let diskFullAt: Target?
    private let lock = NSLock()
    private var operationCount = 0
    private var matches: [String: Int] = [:]
    private var paths: [Int32: String] = [:]

    /// Kills the process at operation `crashAt` (1-based) or at `crashBefore`; fails the `diskFullAt` write.
    init(crashAt: Int?, crashBefore: Target? = nil, diskFullAt: Target? = nil) {
        self.crashAt = crashAt
        self.crashBefore = crashBefore
        self.diskFullAt = diskFullAt
    }

    /// True when this call is the `target`'s n-th match.
    private func hits(_ target: Target?, _ operation: String, _ path: String, key: String) -> Bool {
        guard let target, target.operation == operation, path.contains(target.pathPart) else { return false }
        return lock.withLock {
            matches[key, default: 0] += 1
            return matches[key] == target.nth
        }
    }

    private func path(_ descriptor: Int32) -> String { lock.withLock { paths[descriptor] ?? "" } }

    /// Operations counted so far.
    var count: Int { lock.withLock { operationCount } }

    /// Counts one operation; true when this one is a crash point.
    private func isCrashPoint(_ operation: String, _ path: String) -> Bool {
        let counted = lock.withLock {
            operationCount += 1
            return operationCount == crashAt
        }
        return hits(crashBefore, operation, path, key: "crash") || counted
    }

    private func die() -> Never {
        kill(getpid(), SIGKILL)
        while true { pause() }
    }

    /// The operations to hand to the log and the checkpoint store.
    var operations: FileOperations {
        var files = FileOperations.system
        let real = FileOperations.system
        files.open = { path, flags, mode in
            if self.isCrashPoint("open", path) { self.die() }
            let descriptor = real.open(path, flags, mode)
            if descriptor >= 0 { self.lock.withLock { self.paths[descriptor] = path } }
            return descriptor
        }
        files.write = { descriptor, bytes in
            let path = self.path(descriptor)
            let half = UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count / 2)])
            if self.isCrashPoint("write", path) {
                _ = real.write(descriptor, half)
                self.die()
            }
            if self.hits(self.diskFullAt, "write", path, key: "full") {
                _ = real.write(descriptor, half)
                errno = ENOSPC
                return -1
            }
            return real.write(descriptor, bytes)
        }
        files.fsync = { descriptor in
            if self.isCrashPoint("fsync", self.path(descriptor)) { self.die() }
            return real.fsync(descriptor)
        }
        files.ftruncate = { descriptor, length in
            if self.isCrashPoint("ftruncate", self.path(descriptor)) { self.die() }
            return real.ftruncate(descriptor, length)
        }
        files.rename = { from, to in
            if self.isCrashPoint("rename", to) { self.die() }
            return real.rename(from, to)
        }
        files.unlink = { path in
            if self.isCrashPoint("unlink", path) { self.die() }
            return real.unlink(path)
        }
        files.makeDirectory = { path in
            if self.isCrashPoint("makeDirectory", path) { self.die() }
            return real.makeDirectory(path)
        }
        return files
    }
}
