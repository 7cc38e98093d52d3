import Foundation

/// The system calls the durable log and the checkpoint store make, as values:
/// the seam through which tests inject a full disk, an I/O error or a crash at
/// an exact call.
///
/// Each function behaves as the POSIX call of its name: on failure it returns
/// -1 (or nil) and leaves the reason in `errno`. ``system`` calls the kernel.
/// The log calls these only when it opens, flushes, rolls over or reads, never
/// per appended record, so the seam costs nothing on the append path.
///
///     var files = FileOperations.system
///     files.fsync = { _ in errno = EIO; return -1 }  // every fsync now fails
public struct FileOperations: Sendable {
    // MARK: - Descriptors

    /// `open(path, flags, mode)`: a descriptor, or -1.
    public var open: @Sendable (_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32
    /// `close(descriptor)`.
    public var close: @Sendable (_ descriptor: Int32) -> Int32
    /// `write(descriptor, bytes)`: bytes written (possibly fewer than asked), or -1.
    public var write: @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int
    /// `pread(descriptor, buffer, offset)`: bytes read (0 at the end), or -1.
    public var pread: @Sendable (_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer, _ offset: Int64) -> Int
    /// `fsync(descriptor)`: forces the file's data (or a directory's entries) to disk.
    public var fsync: @Sendable (_ descriptor: Int32) -> Int32
    /// `ftruncate(descriptor, length)`.
    public var ftruncate: @Sendable (_ descriptor: Int32, _ length: Int64) -> Int32
    /// The size of an open file in bytes (`fstat`), or -1.
    public var size: @Sendable (_ descriptor: Int32) -> Int64

    // MARK: - Names

    /// `rename(from, to)`, atomic within a file system.
    public var rename: @Sendable (_ from: String, _ to: String) -> Int32
    /// `unlink(path)`.
    public var unlink: @Sendable (_ path: String) -> Int32
    /// `mkdir(path, 0o755)`: -1 with `EEXIST` when it exists.
    public var makeDirectory: @Sendable (_ path: String) -> Int32
    /// The names in a directory (without `.` and `..`), or nil.
    public var contentsOfDirectory: @Sendable (_ path: String) -> [String]?

    /// Creates a `FileOperations` from its functions.
    public init(
        open: @escaping @Sendable (String, Int32, mode_t) -> Int32,
        close: @escaping @Sendable (Int32) -> Int32,
        write: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Int,
        pread: @escaping @Sendable (Int32, UnsafeMutableRawBufferPointer, Int64) -> Int,
        fsync: @escaping @Sendable (Int32) -> Int32,
        ftruncate: @escaping @Sendable (Int32, Int64) -> Int32,
        size: @escaping @Sendable (Int32) -> Int64,
        rename: @escaping @Sendable (String, String) -> Int32,
        unlink: @escaping @Sendable (String) -> Int32,
        makeDirectory: @escaping @Sendable (String) -> Int32,
        contentsOfDirectory: @escaping @Sendable (String) -> [String]?
    ) {
        self.open = open
        self.close = close
        self.write = write
        self.pread = pread
        self.fsync = fsync
        self.ftruncate = ftruncate
        self.size = size
        self.rename = rename
        self.unlink = unlink
        self.makeDirectory = makeDirectory
        self.contentsOfDirectory = contentsOfDirectory
    }

    /// The kernel's calls, unchanged.
    public static let system = FileOperations(
        open: { path, flags, mode in Foundation.open(path, flags, mode) },
        close: { descriptor in Foundation.close(descriptor) },
        write: { descriptor, bytes in
            guard let base = bytes.baseAddress else { return 0 }
            return Foundation.write(descriptor, base, bytes.count)
        },
        pread: { descriptor, buffer, offset in
            guard let base = buffer.baseAddress else { return 0 }
            return Foundation.pread(descriptor, base, buffer.count, off_t(offset))
        },
        fsync: { descriptor in Foundation.fsync(descriptor) },
        ftruncate: { descriptor, length in Foundation.ftruncate(descriptor, off_t(length)) },
        size: { descriptor in
            var info = stat()
            return fstat(descriptor, &info) == 0 ? Int64(info.st_size) : -1
        },
        rename: { from, to in Foundation.rename(from, to) },
        unlink: { path in Foundation.unlink(path) },
        makeDirectory: { path in mkdir(path, 0o755) },
        contentsOfDirectory: { path in
            guard let stream = opendir(path) else { return nil }
            defer { closedir(stream) }
            var names: [String] = []
            errno = 0
            while let entry = readdir(stream) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                        String(cString: $0)
                    }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            return errno == 0 ? names : nil
        }
    )
}
