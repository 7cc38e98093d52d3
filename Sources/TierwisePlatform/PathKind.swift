import Foundation

/// What a path names, as a command that writes there needs to know: nothing,
/// a regular file (with its permissions), a directory, something written in
/// place (a character device, FIFO or socket), or something else. Symbolic
/// links are followed; ``resolvingLinks(_:)`` says where they lead.
public enum PathKind: Sendable, Equatable {
    /// Nothing exists there.
    case missing
    /// A regular file with these permission bits.
    case regularFile(permissions: mode_t)
    /// A directory.
    case directory
    /// A character device, FIFO or socket: written through, never replaced.
    case writeThrough
    /// A block device or another special file.
    case other
    /// It could not be inspected; the `errno` is carried.
    case unreadable(SystemErrno)

    /// The kind of what `path` names, links followed (`stat`).
    public static func of(_ path: String) -> PathKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return errno == ENOENT ? .missing : .unreadable(SystemErrno(code: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regularFile(permissions: info.st_mode & 0o7777)
        case S_IFDIR: return .directory
        case S_IFCHR, S_IFIFO, S_IFSOCK: return .writeThrough
        default: return .other
        }
    }

    /// True when something (a file, a directory, even a dangling link) is at `path` (`lstat`).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// `path` with its symbolic links resolved (`realpath`) when `path` itself
    /// is a link; `path` unchanged when it is not a link; nil for a link to
    /// nothing.
    public static func resolvingLinks(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return path }
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Sets the permission bits of an open file (`fchmod`); false on failure.
    @discardableResult
    public static func setPermissions(_ permissions: mode_t, of descriptor: Int32) -> Bool {
        fchmod(descriptor, permissions) == 0
    }
}
