/// A misconfiguration of the engine, reported with a human sentence.
public enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A window size or slide that is not positive.
    case invalidWindowSize(Int64)
    /// A slide larger than the window (events would fall between windows).
    case slideLargerThanSize(slide: Int64, size: Int64)
    /// A negative out-of-orderness bound, lateness or TTL.
    case negativeDuration(name: String, millis: Int64)
    /// A duration (window size, slide, gap, bound, lateness or TTL) above
    /// ``EventTime/maximumDurationMillis``.
    case durationTooLong(name: String, millis: Int64, maximum: Int64)
    /// A sliding window whose ⌈size / slide⌉ exceeds ``EventTime/maximumWindowsPerEvent``.
    case tooManyWindowsPerEvent(size: Int64, slide: Int64, windows: Int64, maximum: Int64)

    /// The problem as one sentence for the user.
    public var description: String {
        switch self {
        case .invalidWindowSize(let size): "Window sizes must be positive; got \(size) ms."
        case .slideLargerThanSize(let slide, let size):
            "A sliding window's slide (\(slide) ms) must not exceed its size (\(size) ms)."
        case .negativeDuration(let name, let millis): "The \(name) must not be negative; got \(millis) ms."
        case .durationTooLong(let name, let millis, let maximum):
            "The \(name) (\(millis) ms) exceeds the maximum duration, \(maximum) ms (\(maximum / 86_400_000) days)."
        case .tooManyWindowsPerEvent(let size, let slide, let windows, let maximum):
            "A sliding window of \(size) ms every \(slide) ms puts each event in \(windows) windows; "
                + "at most \(maximum) windows per event are allowed (use a longer slide or a shorter size)."
        }
    }
}
