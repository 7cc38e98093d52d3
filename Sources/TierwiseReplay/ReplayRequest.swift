import TierwiseEngine

/// What `tierwise replay` was asked to do, as the user wrote it: the file,
/// its format, the window and time settings as text, and the two switches.
/// ``ReplayRunner/run(_:)`` checks it, reads the file and replays it.
public struct ReplayRequest: Sendable, Equatable {
    /// The events file.
    public var path: String
    /// The input format, or nil to take it from the extension or the content.
    public var inputFormat: EventFileReader.Layout?
    /// `tumbling:1m`, `sliding:5m/1m` or `session:30s`.
    public var windowText: String
    /// The watermark's out-of-orderness bound, a duration (`5s`).
    public var outOfOrdernessText: String
    /// How long fired windows accept updates, a duration (`0s`).
    public var allowedLatenessText: String
    /// How long an id is remembered for deduplication, a duration of event
    /// time (`10m`), or nil to remember every id for the whole replay.
    public var deduplicationTTLText: String?
    /// Also estimate each window's distinct values.
    public var tracksDistinctValues: Bool
    /// Accept a file with lines but no events.
    public var allowsEmptyInput: Bool

    /// A request with `replay`'s defaults for everything but the path.
    public init(
        path: String, inputFormat: EventFileReader.Layout? = nil, windowText: String = "tumbling:1m",
        outOfOrdernessText: String = "5s", allowedLatenessText: String = "0s", deduplicationTTLText: String? = nil,
        tracksDistinctValues: Bool = false, allowsEmptyInput: Bool = false
    ) {
        self.deduplicationTTLText = deduplicationTTLText
        self.path = path
        self.inputFormat = inputFormat
        self.windowText = windowText
        self.outOfOrdernessText = outOfOrdernessText
        self.allowedLatenessText = allowedLatenessText
        self.tracksDistinctValues = tracksDistinctValues
        self.allowsEmptyInput = allowsEmptyInput
    }
}

/// Which of a ``ReplayRequest``'s settings a ``ReplayError/invalidSetting(_:message:)`` is about.
public enum ReplaySetting: Sendable, Equatable {
    /// The window specification.
    case window
    /// The out-of-orderness bound.
    case outOfOrderness
    /// The allowed lateness.
    case allowedLateness
    /// The deduplication TTL.
    case deduplicationTTL
    /// The time settings together (the engine's own message names the quantity).
    case timing
}

/// Why a replay could not run. Every case is bad input (exit status 2).
public enum ReplayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A setting is malformed or beyond a limit; the message says which limit.
    case invalidSetting(ReplaySetting, message: String)
    /// The events file could not be read.
    case unreadable(message: String)
    /// The file has lines but none is an event (and empty input was not allowed).
    case noEvents(path: String, message: String)

    /// The sentence for the user (without the setting's option name, which the CLI adds).
    public var description: String {
        switch self {
        case .invalidSetting(_, let message): message
        case .unreadable(let message): message
        case .noEvents(let path, let message): "\(path): \(message)"
        }
    }
}
