/// One event as the engine processes it: ids and keys are already interned to
/// integers, so the hot loops never hash strings.
public struct Event: Sendable, Hashable {
    /// Unique event id; a repeated id is a duplicate.
    public var id: UInt64
    /// The grouping key (an index into a ``KeyDictionary``).
    public var key: UInt32
    /// Event time, milliseconds since the Unix epoch.
    public var timestampMillis: Int64
    /// The measured value aggregated by windows.
    public var value: Double

    /// Creates a `Event` from its parts.
    public init(id: UInt64, key: UInt32, timestampMillis: Int64, value: Double) {
        self.id = id
        self.key = key
        self.timestampMillis = timestampMillis
        self.value = value
    }
}
