/// A checkpoint could not be written, read or applied.
public enum CheckpointError: Error, Equatable, Sendable, CustomStringConvertible {
    case io(path: String, reason: String)
    /// Not a checkpoint, a newer format, or damaged bytes.
    case malformed(String)
    /// Taken from an operator configured differently (window, bound, lateness).
    case configurationMismatch(expected: String, found: String)

    /// The problem as one sentence for the user.
    public var description: String {
        switch self {
        case .io(let path, let reason): "\(path): \(reason)"
        case .malformed(let reason): "Not a usable checkpoint: \(reason)."
        case .configurationMismatch(let expected, let found):
            "The checkpoint was taken by an operator configured as \(found); this one is \(expected)."
        }
    }
}
