/// The 28-byte little-endian payload of an event in the log:
/// id (u64), key (u32), event time (i64, ms), value (IEEE 754 binary64 bits).
/// Fixed size and no JSON on the hot path.
public enum EventCodec {
    /// Bytes per encoded event.
    public static let payloadSize = 28

    /// Writes `event` at `destination` (at least ``payloadSize`` bytes).
    @inline(__always)
    public static func encode(_ event: Event, into destination: UnsafeMutableRawPointer) {
        destination.storeBytes(of: event.id.littleEndian, toByteOffset: 0, as: UInt64.self)
        destination.storeBytes(of: event.key.littleEndian, toByteOffset: 8, as: UInt32.self)
        destination.storeBytes(of: event.timestampMillis.littleEndian, toByteOffset: 12, as: Int64.self)
        destination.storeBytes(of: event.value.bitPattern.littleEndian, toByteOffset: 20, as: UInt64.self)
    }

    /// Reads an event from `source` (at least ``payloadSize`` bytes).
    @inline(__always)
    public static func decode(from source: UnsafeRawPointer) -> Event {
        Event(
            id: UInt64(littleEndian: source.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
            key: UInt32(littleEndian: source.loadUnaligned(fromByteOffset: 8, as: UInt32.self)),
            timestampMillis: Int64(littleEndian: source.loadUnaligned(fromByteOffset: 12, as: Int64.self)),
            value: Double(bitPattern: UInt64(littleEndian: source.loadUnaligned(fromByteOffset: 20, as: UInt64.self)))
        )
    }
}
