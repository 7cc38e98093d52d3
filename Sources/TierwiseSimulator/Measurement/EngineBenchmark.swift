import Foundation
import TierwiseEngine
import TierwiseModel
import TierwisePlatform

/// Measures the engine on generated in-memory events: durable log append and
/// replay, streaming tumbling-window aggregation, and the same aggregation as
/// a batch. Events arrive in event-time order with up to 4 s of disorder (within the
/// 5 s watermark bound), ids unique, keys uniform.
public struct EngineBenchmark: Sendable {
    /// Events to generate.
    public var eventCount: Int
    /// Distinct keys.
    public var keyCount: Int
    /// Random seed; the same seed gives the same events.
    public var seed: UInt64

    /// Creates a `EngineBenchmark` from its parts.
    public init(eventCount: Int, keyCount: Int, seed: UInt64 = 42) {
        self.eventCount = eventCount
        self.keyCount = keyCount
        self.seed = seed
    }

    /// The generated events, one at a time, never stored: 1,000 events per
    /// second of event time, up to 4 s of disorder, uniform keys.
    public struct Generator: IteratorProtocol, EventBatchSource, Sendable {
        private var random: SplitMix64
        private var index = 0
        private let count: Int
        private let keys: UInt64

        init(seed: UInt64, count: Int, keys: Int) {
            random = SplitMix64(seed: seed)
            self.count = count
            self.keys = UInt64(keys)
        }

        /// The next event, or nil after the last.
        @inline(__always)
        public mutating func next() -> Event? {
            guard index < count else { return nil }
            let first = random.next(), second = random.next()
            defer { index += 1 }
            // Ranges by multiply-and-shift (Lemire), not division: uniform, and
            // cheap enough that the timed loops measure the engine, not the generator.
            let key = ((first >> 32) &* keys) >> 32
            let disorder = ((first & 0xFFFF_FFFF) &* 4_000) >> 32
            let cents = ((second >> 32) &* 10_000) >> 32
            return Event(id: UInt64(index), key: UInt32(truncatingIfNeeded: key),
                         timestampMillis: Int64(index) - Int64(disorder), value: Double(cents) * 0.01)
        }

        /// Appends up to `maximum` next events to `buffer`; false after the last.
        public mutating func read(into buffer: inout [Event], maximum: Int) -> Bool {
            guard index < count else { return false }
            let first = buffer.count, added = min(max(maximum, 1), count - index)
            // Generate straight into the new tail: no capacity check per event.
            buffer.append(contentsOf: repeatElement(Event(id: 0, key: 0, timestampMillis: 0, value: 0), count: added))
            buffer.withUnsafeMutableBufferPointer { events in
                for slot in first..<(first + added) { events[slot] = next()! }
            }
            return true
        }
    }

    /// A fresh generator of this benchmark's events.
    public func generator() -> Generator { Generator(seed: seed, count: eventCount, keys: keyCount) }

    /// Feeds every generated event to `windowOperator` and finishes it. A plain
    /// loop over an `inout` operator: no closure capture, so no dynamic
    /// exclusivity check per event.
    static func drive(_ windowOperator: inout WindowOperator<TumblingWindows>, with generator: Generator) {
        var events = generator
        while let event = events.next() { windowOperator.process(event) }
        windowOperator.finish()
    }

    /// Runs every stage; `progress` gets a line per stage (for standard error).
    public func run(logDirectory: String, progress: (String) -> Void) throws -> BenchResult {
        let clock = ContinuousClock()
        func rate(_ duration: Duration) -> Double {
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return seconds > 0 ? Double(eventCount) / seconds : 0
        }

        progress("log append: \(eventCount) events")
        let log = try SegmentedEventLog(directory: logDirectory, syncPolicy: .never)
        let appendTime = try clock.measure {
            var events = generator()
            while let event = events.next() { try log.append(event) }
            try log.flush()
        }

        progress("log replay")
        var replayed = 0
        var checksum = 0.0
        let replayTime = try clock.measure {
            try log.replay(from: 0) { _, event in replayed += 1; checksum += event.value }
        }
        precondition(replayed == eventCount, "the log lost events")

        progress("streaming windows: tumbling 1 min, 5 s out-of-orderness, \(keyCount) keys")
        var streaming = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .streaming(outOfOrdernessMillis: 5_000),
                                           deduplicationTTLMillis: 60_000)
        streaming.retainsResults = false
        let overallPeak = Self.peakResidentBytes()
        let isolated = Self.resetPeakResidentBytes()
        let streamingTime = clock.measure { Self.drive(&streaming, with: generator()) }

        let streamingPeak = isolated ? Self.peakResidentBytes() : 0
        func batchOperator() throws -> WindowOperator<TumblingWindows> {
            var batch = try WindowOperator(assigner: TumblingWindows(sizeMillis: 60_000), mode: .batch, deduplicationTTLMillis: 60_000)
            batch.retainsResults = false
            return batch
        }
        progress("batch recompute, one core")
        var oneCore = try batchOperator()
        let oneCoreTime = try clock.measure { try BatchJob.run(generator(), through: &oneCore) }
        progress("batch recompute, two-stage pipeline")
        var batch = try batchOperator()
        let batchTime = try clock.measure { try BatchPipeline.run(generator(), through: &batch) }
        progress("batch recompute over the durable log, two-stage pipeline")
        var fromLog = try batchOperator()
        let fromLogTime = try clock.measure { try BatchPipeline.run(log.reader(from: 0), through: &fromLog) }
        precondition(streaming.lateEvents.isEmpty && batch.resultsEmitted == streaming.resultsEmitted
                     && [oneCore, fromLog].allSatisfy { $0.resultsEmitted == batch.resultsEmitted && $0.eventsSeen == batch.eventsSeen },
                     "streaming and batch disagree on in-bound data")
        _ = checksum

        return BenchResult(
            events: eventCount, keys: keyCount,
            logAppendEventsPerSecond: rate(appendTime), logReplayEventsPerSecond: rate(replayTime),
            streamingWindowEventsPerSecond: rate(streamingTime), batchRecomputeEventsPerSecond: rate(batchTime),
            batchOneCoreEventsPerSecond: rate(oneCoreTime), batchDurableLogEventsPerSecond: rate(fromLogTime),
            peakRSSBytes: max(overallPeak, Self.peakResidentBytes(), streamingPeak), streamingPeakRSSBytes: streamingPeak,
            windowCount: batch.resultsEmitted)
    }

    /// Resets the kernel's peak-RSS counter; false where unsupported.
    public static func resetPeakResidentBytes() -> Bool { ResidentMemory.resetPeak() }

    /// The process's peak resident memory in bytes; 0 where unavailable.
    public static func peakResidentBytes() -> Int { ResidentMemory.peakBytes() }
}
