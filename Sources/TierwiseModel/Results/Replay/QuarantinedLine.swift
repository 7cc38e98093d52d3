/// A line that could not be read as an event, and why. Quarantined, not fatal.
public struct QuarantinedLine: Sendable, Equatable {
    /// 1-based line in the file.
    public var line: Int
    /// Why, in the use case's terms.
    public var reason: String

    /// Creates a `QuarantinedLine` from its parts.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
