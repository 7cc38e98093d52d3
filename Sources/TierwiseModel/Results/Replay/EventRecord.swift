/// One event read from a file, before interning: what the user wrote.
public struct EventRecord: Sendable, Equatable {
    /// 1-based line in the file.
    public var line: Int
    /// The event id as written.
    public var id: String
    /// The grouping key.
    public var key: String
    /// Event time, epoch milliseconds.
    public var timestampMillis: Int64
    /// The measured value.
    public var value: Double

    /// Creates a `EventRecord` from its parts.
    public init(line: Int, id: String, key: String, timestampMillis: Int64, value: Double) {
        self.line = line
        self.id = id
        self.key = key
        self.timestampMillis = timestampMillis
        self.value = value
    }
}
