import TierwiseEngine
/// A record as it arrived, before parsing: what the bronze layer keeps.
public struct RawRecord: Sendable, Equatable {
    /// The bytes of the record (for example one JSON line).
    public var payload: String
    /// When it was ingested, processing time in ms.
    public var ingestedAtMillis: Int64

    /// Creates a `RawRecord` from its parts.
    public init(payload: String, ingestedAtMillis: Int64) {
        self.payload = payload
        self.ingestedAtMillis = ingestedAtMillis
    }
}

/// A raw record silver refused, with the reason (the seeds' quarantine).
public struct QuarantinedRecord: Sendable, Equatable {
    /// Its position in bronze.
    public var bronzeOffset: Int
    /// Why, in the use case's terms.
    public var reason: String

    /// Creates a `QuarantinedRecord` from its parts.
    public init(bronzeOffset: Int, reason: String) {
        self.bronzeOffset = bronzeOffset
        self.reason = reason
    }
}
