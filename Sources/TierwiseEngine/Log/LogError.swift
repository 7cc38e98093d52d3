/// A durable log could not be used: the file system said no, or the bytes are not a log.
public enum LogError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed.
    case io(path: String, operation: String, reason: String)
    /// A record before the tail failed its checksum or is cut short: the log is damaged, not just torn.
    case corrupt(path: String, byteOffset: Int, reason: String)
    /// Records `fromOffset..<toOffset` are in no segment: a segment file was deleted or cut by whole records.
    case missingRecords(directory: String, fromOffset: Int64, toOffset: Int64)
    /// An earlier `operation` failed in a way that leaves the file's contents unknown
    /// (an fsync error, or a failed write that could not be undone); the log refuses
    /// to append or flush until it is reopened, which scans what is really on disk.
    case needsReopen(path: String, operation: String)
    /// An offset was asked to be made durable that the log has not reached.
    case beyondEnd(offset: Int64, endOffset: Int64)

    /// The problem as one sentence for the user.
    public var description: String {
        switch self {
        case .io(let path, let operation, let reason): "\(path): cannot \(operation): \(reason)"
        case .corrupt(let path, let byteOffset, let reason): "\(path): corrupt record at byte \(byteOffset): \(reason)"
        case .missingRecords(let directory, let from, let to):
            "\(directory): records \(from) to \(to - 1) are missing: a segment file was lost or cut"
        case .needsReopen(let path, let operation):
            "\(path): an earlier \(operation) failed, so what is on disk is unknown; reopen the log to find out"
        case .beyondEnd(let offset, let endOffset): "Offset \(offset) is past the end of the log (\(endOffset))."
        }
    }
}
