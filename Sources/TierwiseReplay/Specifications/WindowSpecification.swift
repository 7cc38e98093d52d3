import TierwiseEngine
import TierwiseModel

/// Which windows a replay aggregates over, as written on the command line:
/// `tumbling:1m`, `sliding:5m/1m` (size/slide) or `session:30s` (gap).
public enum WindowSpecification: Sendable, Equatable, CustomStringConvertible {
    /// Tumbling windows of a size.
    case tumbling(sizeMillis: Int64)
    /// Sliding windows of a size, one every slide.
    case sliding(sizeMillis: Int64, slideMillis: Int64)
    /// Session windows closed by a gap.
    case session(gapMillis: Int64)

    /// Why text is not a window specification.
    public enum Failure: Error, Sendable, Equatable {
        /// Not of the form `tumbling:D`, `sliding:D/D` or `session:D`.
        case notASpecification
        /// One of its durations (as written) exceeds ``EventTime/maximumDurationMillis``.
        case durationTooLong(String)
    }

    /// Parses the command-line form; nil when it is not one.
    public init?(parsing text: String) {
        guard case .success(let specification) = Self.parse(text) else { return nil }
        self = specification
    }

    /// Parses the command-line form, or says why it is not one.
    ///
    ///     WindowSpecification.parse("sliding:100000000000d/1d")  // .failure(.durationTooLong("100000000000d"))
    public static func parse(_ text: String) -> Result<WindowSpecification, Failure> {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return .failure(.notASpecification) }
        func duration(_ text: String) -> Result<Int64, Failure> {
            switch DurationText.parse(text) {
            case .success(let millis): .success(millis)
            case .failure(.tooLong): .failure(.durationTooLong(text))
            case .failure(.notADuration): .failure(.notASpecification)
            }
        }
        switch parts[0] {
        case "tumbling":
            return duration(parts[1]).map { .tumbling(sizeMillis: $0) }
        case "sliding":
            let sizes = parts[1].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard sizes.count == 2 else { return .failure(.notASpecification) }
            return duration(sizes[0]).flatMap { size in duration(sizes[1]).map { .sliding(sizeMillis: size, slideMillis: $0) } }
        case "session":
            return duration(parts[1]).map { .session(gapMillis: $0) }
        default:
            return .failure(.notASpecification)
        }
    }

    /// The windows in words, for report headers.
    public var description: String {
        switch self {
        case .tumbling(let size): "tumbling \(size) ms"
        case .sliding(let size, let slide): "sliding \(size) ms every \(slide) ms"
        case .session(let gap): "session, \(gap) ms gap"
        }
    }
}
