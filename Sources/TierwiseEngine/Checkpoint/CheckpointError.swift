/// A checkpoint could not be written, read or applied.
public enum CheckpointError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A system call failed.
    case io(path: String, reason: String)
    /// The log could not be made durable up to the checkpoint's offset, so the checkpoint was not written.
    case log(LogError)
    /// The checkpoint resumes at an offset the log has not reached (or no longer holds).
    case aheadOfLog(checkpointOffset: Int64, logEndOffset: Int64)
    /// Not a checkpoint, a newer format, or damaged bytes.
    case malformed(String)
    /// Taken from an operator configured differently (window, bound, lateness).
    case configurationMismatch(expected: String, found: String)
    /// Taken by a build that kept every sliding window's state apart; this one keeps sliding windows per pane.
    case perWindowSlidingState(configuration: String, expected: String)

    /// The problem as one sentence for the user.
    public var description: String {
        switch self {
        case .io(let path, let reason): "\(path): \(reason)"
        case .log(let error): "The checkpoint was not saved because the log could not be made durable: \(error)"
        case .aheadOfLog(let checkpointOffset, let logEndOffset):
            "The checkpoint resumes at offset \(checkpointOffset) but the log ends at \(logEndOffset): "
                + "records it counted are not in the log, and restoring it would count them twice."
        case .malformed(let reason): "Not a usable checkpoint: \(reason)."
        case .configurationMismatch(let expected, let found):
            "The checkpoint was taken by an operator configured as \(found); this one is \(expected)."
        case .perWindowSlidingState(let configuration, let expected):
            "The checkpoint holds \(configuration) window by window, as builds before panes kept them, and this build "
                + "keeps them per pane (\(expected)), so it cannot be restored: replay the log from offset 0 instead."
        }
    }
}
