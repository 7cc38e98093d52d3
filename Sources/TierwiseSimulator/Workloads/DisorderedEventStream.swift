import TierwiseModel
import TierwiseEngine

/// A synthetic event stream with the two imperfections real streams have:
/// event times that run up to a bound behind arrival order, and repeated
/// deliveries. Seeded (``SplitMix64``): the same parameters give the same events.
///
/// Arrival advances by 0–2 s of event time per event; each event's time is
/// that clock minus up to `disorderMillis`; about one event in 20 (after the
/// first ten) repeats an earlier event, id and all.
public struct DisorderedEventStream: Sendable {
    /// The generator's seed.
    public var seed: UInt64
    /// Distinct keys, 0 ..< keyCount.
    public var keyCount: Int
    /// How far an event's time may lag the arrival clock, milliseconds (at least 1).
    public var disorderMillis: Int64

    /// Creates a `DisorderedEventStream` from its parts.
    public init(seed: UInt64, keyCount: Int, disorderMillis: Int64) {
        self.seed = seed
        self.keyCount = max(keyCount, 1)
        self.disorderMillis = max(disorderMillis, 1)
    }

    /// The first `count` events of the stream.
    public func events(count: Int) -> [Event] {
        var random = SplitMix64(seed: seed)
        func below(_ bound: Int64) -> Int64 { Int64(random.next() % UInt64(bound)) }
        var events: [Event] = []
        events.reserveCapacity(max(count, 0))
        var clock: Int64 = 0
        for index in 0..<max(count, 0) {
            clock += below(2_000)
            if index > 10, below(20) == 0 {
                events.append(events[Int(below(Int64(events.count)))])
                continue
            }
            events.append(Event(
                id: UInt64(index), key: UInt32(below(Int64(keyCount))), timestampMillis: clock - below(disorderMillis),
                value: Double(below(1_000)) / 10))
        }
        return events
    }
}
