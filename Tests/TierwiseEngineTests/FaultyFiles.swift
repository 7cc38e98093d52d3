import Foundation
@testable import TierwiseEngine
import TierwisePlatform

/// A ``FileOperations`` over the real file system that fails on demand: a
/// disk that fills up after a number of bytes (the write that crosses the
/// limit is cut short, as the kernel cuts it), or a chosen call that fails
/// with a chosen `errno`. It records every call with the path it touched.
final class FaultyFiles: @unchecked Sendable {
    /// The calls it can fail.
    enum Operation: String, Sendable {
        case open, close, write, pread, fsync, ftruncate, size, rename, unlink, makeDirectory, contentsOfDirectory
    }

    /// One call made through it.
    struct Call: Equatable, CustomStringConvertible {
        var operation: Operation
        var path: String
        var description: String { "\(operation.rawValue) \(path)" }
    }

    private let lock = NSLock()
    private var paths: [Int32: String] = [:]
    private var recorded: [Call] = []
    private var bytesLeft: Int?
    private var diskFullCode: Int32 = ENOSPC
    private var planned: [Operation: (remaining: Int, code: Int32)] = [:]
    private var lyingWrite: (bytes: Int, code: Int32)?

    /// Every call so far, in order.
    var calls: [Call] { lock.withLock { recorded } }

    /// Writes succeed for `bytes` more bytes, then fail with `code` until ``heal()``.
    func fillDisk(after bytes: Int, code: Int32 = ENOSPC) {
        lock.withLock { bytesLeft = bytes; diskFullCode = code }
    }

    /// The `nth` next call of `operation` (1 = the next one) fails with `code`.
    func fail(_ operation: Operation, onCall nth: Int = 1, code: Int32 = EIO) {
        lock.withLock { planned[operation] = (nth, code) }
    }

    /// The next write writes `bytes` of its bytes and then reports failure with `code`
    /// (-1, as if nothing were written): what a device error may leave behind.
    func failNextWrite(afterWriting bytes: Int, code: Int32 = EIO) {
        lock.withLock { lyingWrite = (bytes, code) }
    }

    /// Space is free again and no failure is planned.
    func heal() {
        lock.withLock { bytesLeft = nil; planned = [:]; lyingWrite = nil }
    }

    /// Forgets the calls recorded so far.
    func clearCalls() { lock.withLock { recorded = [] } }

    /// Records the call; true (with `errno` set) when it is to fail.
    private func enter(_ operation: Operation, path: String) -> Bool {
        lock.withLock {
            recorded.append(Call(operation: operation, path: path))
            guard let plan = planned[operation] else { return false }
            if plan.remaining <= 1 {
                planned[operation] = nil
                errno = plan.code
                return true
            }
            planned[operation] = (plan.remaining - 1, plan.code)
            return false
        }
    }

    private func path(of descriptor: Int32) -> String { lock.withLock { paths[descriptor] ?? "fd \(descriptor)" } }

    /// The operations to hand to a log or a checkpoint store.
    var operations: FileOperations {
        let real = FileOperations.system
        return FileOperations(
            open: { path, flags, mode in
                if self.enter(.open, path: path) { return -1 }
                let descriptor = real.open(path, flags, mode)
                if descriptor >= 0 { self.lock.withLock { self.paths[descriptor] = path } }
                return descriptor
            },
            close: { descriptor in
                _ = self.enter(.close, path: self.path(of: descriptor))
                self.lock.withLock { self.paths[descriptor] = nil }
                return real.close(descriptor)
            },
            write: { descriptor, bytes in
                if self.enter(.write, path: self.path(of: descriptor)) { return -1 }
                if let lie = self.lock.withLock({ () -> (bytes: Int, code: Int32)? in
                    defer { self.lyingWrite = nil }
                    return self.lyingWrite
                }) {
                    _ = real.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes[0..<min(lie.bytes, bytes.count)]))
                    errno = lie.code
                    return -1
                }
                let allowed: Int? = self.lock.withLock {
                    guard let left = self.bytesLeft else { return nil }
                    let granted = min(left, bytes.count)
                    self.bytesLeft = left - granted
                    return granted
                }
                guard let allowed else { return real.write(descriptor, bytes) }
                if allowed == 0 {
                    errno = self.lock.withLock { self.diskFullCode }
                    return -1
                }
                return real.write(descriptor, UnsafeRawBufferPointer(rebasing: bytes[0..<allowed]))
            },
            pread: { descriptor, buffer, offset in
                if self.enter(.pread, path: self.path(of: descriptor)) { return -1 }
                return real.pread(descriptor, buffer, offset)
            },
            fsync: { descriptor in
                if self.enter(.fsync, path: self.path(of: descriptor)) { return -1 }
                return real.fsync(descriptor)
            },
            ftruncate: { descriptor, length in
                if self.enter(.ftruncate, path: self.path(of: descriptor)) { return -1 }
                return real.ftruncate(descriptor, length)
            },
            size: { descriptor in
                if self.enter(.size, path: self.path(of: descriptor)) { return -1 }
                return real.size(descriptor)
            },
            rename: { from, to in
                if self.enter(.rename, path: from + " -> " + to) { return -1 }
                return real.rename(from, to)
            },
            unlink: { path in
                if self.enter(.unlink, path: path) { return -1 }
                return real.unlink(path)
            },
            makeDirectory: { path in
                if self.enter(.makeDirectory, path: path) { return -1 }
                return real.makeDirectory(path)
            },
            contentsOfDirectory: { path in
                if self.enter(.contentsOfDirectory, path: path) { return nil }
                return real.contentsOfDirectory(path)
            }
        )
    }
}

/// The error `body` throws, or nil (and a recorded issue) when it throws none.
func thrownError<E: Error>(_ type: E.Type, _ body: () throws -> Void) -> E? {
    do {
        try body()
    } catch let error as E {
        return error
    } catch {
        return nil
    }
    return nil
}
