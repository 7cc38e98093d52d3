/// One event read from a file, before interning: what the user wrote.
public struct EventRecord: Sendable, Equatable {
    /// 1-based line in the file.
    public var line: Int
    public var id: String
    public var key: String
    public var timestampMillis: Int64
    public var value: Double

    public init(line: Int, id: String, key: String, timestampMillis: Int64, value: Double) {
        self.line = line
        self.id = id
        self.key = key
        self.timestampMillis = timestampMillis
        self.value = value
    }
}

/// A line that could not be read as an event, and why. Quarantined, not fatal.
public struct QuarantinedLine: Sendable, Equatable {
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
