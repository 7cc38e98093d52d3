/// A misconfiguration of the engine, reported with a human sentence.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A window size or slide that is not positive.
    case invalidWindowSize(Int64)
    /// A slide larger than the window (events would fall between windows).
    case slideLargerThanSize(slide: Int64, size: Int64)
    /// A negative out-of-orderness bound, lateness or TTL.
    case negativeDuration(name: String, millis: Int64)

    /// The problem as one sentence for the user.
    public var description: String {
        switch self {
        case .invalidWindowSize(let size): "Window sizes must be positive; got \(size) ms."
        case .slideLargerThanSize(let slide, let size):
            "A sliding window's slide (\(slide) ms) must not exceed its size (\(size) ms)."
        case .negativeDuration(let name, let millis): "The \(name) must not be negative; got \(millis) ms."
        }
    }
}
