import TierwiseEngine

/// Which windows a replay aggregates over, as written on the command line:
/// `tumbling:1m`, `sliding:5m/1m` (size/slide) or `session:30s` (gap).
public enum WindowSpecification: Sendable, Equatable, CustomStringConvertible {
    case tumbling(sizeMillis: Int64)
    case sliding(sizeMillis: Int64, slideMillis: Int64)
    case session(gapMillis: Int64)

    /// Parses the command-line form; nil when it is not one.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "tumbling":
            guard let size = DurationText.millis(parts[1]) else { return nil }
            self = .tumbling(sizeMillis: size)
        case "sliding":
            let sizes = parts[1].split(separator: "/").map(String.init)
            guard sizes.count == 2, let size = DurationText.millis(sizes[0]), let slide = DurationText.millis(sizes[1]) else { return nil }
            self = .sliding(sizeMillis: size, slideMillis: slide)
        case "session":
            guard let gap = DurationText.millis(parts[1]) else { return nil }
            self = .session(gapMillis: gap)
        default:
            return nil
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
