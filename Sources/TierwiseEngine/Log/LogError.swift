/// A durable log could not be used: the file system said no, or the bytes are not a log.
public enum LogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed.
    case io(path: String, operation: String, reason: String)
    /// A record before the tail failed its checksum or is cut short: the log is damaged, not just torn.
    case corrupt(path: String, byteOffset: Int, reason: String)

    /// The problem as one sentence for the user.
    public var description: String {
        switch self {
        case .io(let path, let operation, let reason): "\(path): cannot \(operation): \(reason)"
        case .corrupt(let path, let byteOffset, let reason): "\(path): corrupt record at byte \(byteOffset): \(reason)"
        }
    }
}
