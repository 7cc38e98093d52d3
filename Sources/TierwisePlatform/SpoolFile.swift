import Foundation

/// Bytes written now and read back once, in order, later: a report section
/// whose place in the output comes after figures that are known only at the
/// end. The first ``memoryLimit`` bytes stay in memory; beyond that they go to
/// an unnamed temporary file (created in the temporary directory and unlinked
/// at once, so nothing is left behind even when the process is killed), so
/// memory stays bounded however large the section grows.
public final class SpoolFile {
    /// Why a spool could not hold its bytes.
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// What failed, for the user: "cannot write a temporary file for the report in /tmp ($TMPDIR): No space left on device".
        public var description: String
    }

    /// Bytes kept in memory before a spool moves to a file, by default: 4 MiB.
    public static let defaultMemoryLimit = 4 << 20

    /// Bytes this spool keeps in memory before it moves to a file.
    public let memoryLimit: Int

    private var memory: [UInt8] = []
    private var descriptor: Int32 = -1
    private var fileBytes: Int64 = 0
    private let directory: String
    /// The first failure; later writes are dropped.
    public private(set) var failure: Failure?

    /// An empty spool whose file, when it needs one (beyond `memoryLimit`
    /// bytes), goes in `directory` (default: `$TMPDIR`, else `/tmp`).
    public init(directory: String? = nil, memoryLimit: Int = SpoolFile.defaultMemoryLimit) {
        self.memoryLimit = max(memoryLimit, 0)
        let environment = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 }
        self.directory = directory ?? environment ?? "/tmp"
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Bytes held so far.
    public var count: Int64 { fileBytes + Int64(memory.count) }

    /// Appends `bytes`.
    public func append(_ bytes: [UInt8]) {
        guard failure == nil, !bytes.isEmpty else { return }
        if descriptor < 0 && memory.count + bytes.count <= memoryLimit {
            memory += bytes
            return
        }
        if descriptor < 0 {
            guard openFile() else { return }
        }
        if !memory.isEmpty {
            guard writeToFile(memory) else { return }
            memory = []
        }
        _ = writeToFile(bytes)
    }

    /// Hands every byte held, in order and in pieces of at most 1 MiB, to
    /// `body`, until it returns false. False when the bytes could not be read
    /// back (``failure`` says why) or `body` stopped.
    public func forEachPiece(_ body: ([UInt8]) -> Bool) -> Bool {
        guard failure == nil else { return false }
        var offset: Int64 = 0
        var piece = [UInt8](repeating: 0, count: descriptor >= 0 ? 1 << 20 : 0)
        while offset < fileBytes {
            let wanted = Int(min(Int64(piece.count), fileBytes - offset))
            let read = piece.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(offset)) }
            if read < 0 && errno == EINTR { continue }
            guard read > 0 else {
                failure = Failure(description: "cannot read back a temporary file in \(directory): \(Self.reason(read < 0 ? errno : EIO))")
                return false
            }
            guard body(read == piece.count ? piece : Array(piece[0..<read])) else { return false }
            offset += Int64(read)
        }
        return memory.isEmpty || body(memory)
    }

    private func openFile() -> Bool {
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
        template += Array("tierwise-spool-XXXXXX".utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard opened >= 0 else {
            failure = Failure(description: "cannot create a temporary file for the report in \(directory) ($TMPDIR): \(Self.reason(errno))")
            return false
        }
        // The name mkstemp filled in is only needed to unlink it: the descriptor is the spool.
        _ = template.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { unlink($0) } }
        descriptor = opened
        return true
    }

    private func writeToFile(_ bytes: [UInt8]) -> Bool {
        if let error = FileDescriptorIO.writeAll(bytes, to: descriptor) {
            failure = Failure(description: "cannot write a temporary file for the report in \(directory) ($TMPDIR): \(Self.reason(error))")
            return false
        }
        fileBytes += Int64(bytes.count)
        return true
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
