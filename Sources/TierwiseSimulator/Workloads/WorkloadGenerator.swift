import Foundation
import TierwiseEngine
import TierwiseModel

/// The open-loop event schedule of a ``WorkloadSpec``, generated chunk by
/// chunk: every event's intended arrival time is fixed by the schedule alone,
/// never by how the pipeline keeps up (no coordinated omission).
///
/// Each event gets an arrival time (seconds from the start), an event time
/// (arrival minus a lag: exponential for the out-of-order share; beyond the
/// watermark bound, the window and the lateness for the late share), a key
/// (uniform, or Zipf through a 65,536-entry quantile table), a value, and an
/// id: sequential, except for the duplicate share, which repeats one of the
/// last 64 ids. Sampling (``sampleScale`` > 1) thins the schedule to one
/// event in `sampleScale`; the runner weights each by that.
struct WorkloadGenerator: Sendable {
    /// Event times are this many milliseconds after the Unix epoch at simulated time 0 (2023-11-14).
    static let epochMillis: Int64 = 1_700_000_000_000

    private var random: SplitMix64
    private let arrival: ArrivalProcess
    /// Events per second of the (thinned) schedule.
    private let rate: Double
    private let peakRate: Double
    private let lowRate: Double
    private let horizonSeconds: Double
    private let outOfOrderShare: Double
    private let lateShare: Double
    private let duplicateShare: Double
    private let lagMeanSeconds: Double
    private let lateLagSeconds: Double
    private let keyCount: UInt64
    private let zipfTable: [UInt32]?

    /// 1 / rate: a multiplication per event instead of a division.
    private let gapScale: Double
    private var now = 0.0
    private var nextID: UInt64 = 0
    private var inBurst = false
    private var stateEndsAt = 0.0
    /// Events generated, duplicates included.
    private(set) var generated = 0

    /// - Parameters:
    ///   - rate: mean events per second to simulate (already divided by the sample scale).
    ///   - peakMultiplier: the peak over the mean (diurnal and bursts).
    ///   - lateLagSeconds: the smallest lag that is surely late (bound + window + lateness).
    init(workload: WorkloadSpec, arrival: ArrivalProcess, rate: Double, horizonSeconds: Double, lateLagSeconds: Double, seed: UInt64) {
        random = SplitMix64(seed: seed ^ 0x5EED_0F_A11_7135)
        self.arrival = arrival
        self.rate = max(rate, 0)
        self.horizonSeconds = horizonSeconds
        gapScale = rate > 0 ? 1 / rate : 0
        let multiplier = max(workload.peakMultiplier, 1)
        switch arrival {
        case .diurnal:
            // Amplitude m − 1, at most 1 so the rate stays ≥ 0 and the mean is kept.
            peakRate = self.rate * min(multiplier, 2)
            lowRate = self.rate * (2 - min(multiplier, 2))
        case .bursts:
            // Bursts at the peak a share p of the time; the rest at the rate that keeps the mean.
            let share = min(0.1, 1 / multiplier)
            peakRate = self.rate * multiplier
            lowRate = multiplier > 1 ? max(self.rate * (1 - share * multiplier) / (1 - share), 0) : self.rate
        case .constant, .poisson:
            peakRate = self.rate
            lowRate = self.rate
        }
        outOfOrderShare = min(max(workload.outOfOrdernessFraction, 0), 1)
        lateShare = min(max(workload.lateFraction, 0), 1)
        duplicateShare = min(max(workload.duplicateFraction, 0), 1)
        lagMeanSeconds = max(workload.outOfOrdernessMeanSeconds, 0)
        self.lateLagSeconds = lateLagSeconds
        keyCount = UInt64(max(workload.keys, 1))
        zipfTable = workload.keySkew > 0 && workload.keys > 1 ? Self.zipfQuantiles(keys: workload.keys, exponent: workload.keySkew) : nil
        if arrival == .bursts { stateEndsAt = 540 * FastLogarithm.standardExponential(&random) }
    }

    /// Appends the events of the schedule up to `maximum` of them to the
    /// buffers; false once the horizon is reached and nothing was added.
    mutating func fill(
        arrivals: inout [Double], lags: inout [Double], events: inout [Event], maximum: Int
    ) -> Bool {
        generate(maximum: maximum) { time, lag, event in
            arrivals.append(time)
            lags.append(lag)
            events.append(event)
        }
    }

    /// Gives up to `maximum` next events of the schedule to `body` (arrival,
    /// lag, event) with no buffer in between; false once the horizon is
    /// reached and nothing was given.
    @inline(__always)
    mutating func generate(maximum: Int, _ body: (Double, Double, Event) -> Void) -> Bool {
        guard rate > 0 else { return false }
        var added = 0
        while added < maximum {
            guard let time = nextArrival(index: generated + added) else { break }
            let u = random.next()
            // Independent shares from disjoint bit fields of one draw.
            let share = Double(u >> 11) * 0x1.0p-53
            var lag = 0.0
            if share < lateShare {
                lag = lateLagSeconds + lagMeanSeconds * FastLogarithm.standardExponential(&random)
            } else if share < lateShare + outOfOrderShare {
                lag = lagMeanSeconds * FastLogarithm.standardExponential(&random)
            }
            let second = random.next()
            var id = nextID
            if duplicateShare > 0, Double(second >> 11) * 0x1.0p-53 < duplicateShare, nextID > 0 {
                id = nextID - 1 - min((second & 63), nextID - 1)
            } else {
                nextID += 1
            }
            let third = random.next()
            let key: UInt32
            if let zipfTable {
                key = zipfTable[Int(truncatingIfNeeded: third & 0xFFFF)]
            } else {
                key = UInt32(truncatingIfNeeded: ((third & 0xFFFF_FFFF) &* keyCount) >> 32)
            }
            let eventSeconds = time - lag
            let millis = Self.epochMillis + Int64((eventSeconds * 1_000).rounded(.down))
            body(time, lag, Event(id: id, key: key, timestampMillis: millis, value: Double(third >> 54) * 0.01))
            added += 1
        }
        generated += added
        return added > 0
    }

    /// The next arrival time before the horizon, or nil.
    @inline(__always)
    private mutating func nextArrival(index: Int) -> Double? {
        switch arrival {
        case .constant:
            // i / rate, not a running sum: no drift over 864 M events.
            let time = Double(index) * gapScale
            return time < horizonSeconds ? time : nil
        case .poisson:
            now += FastLogarithm.standardExponential(&random) * gapScale
        case .diurnal:
            // Thinning (Lewis–Shedler): candidates at the peak rate, kept with probability rate(t)/peak.
            while true {
                now += FastLogarithm.standardExponential(&random) / peakRate
                if now >= horizonSeconds { return nil }
                let phase = 2 * Double.pi * now / 86_400
                let current = rate - (peakRate - rate) * cos(phase)
                if random.nextUnitDouble() * peakRate < current { break }
            }
        case .bursts:
            while true {
                let current = inBurst ? peakRate : lowRate
                let gap = current > 0 ? FastLogarithm.standardExponential(&random) / current : .infinity
                if now + gap < stateEndsAt {
                    now += gap
                    break
                }
                // Memoryless: restart the gap at the state change.
                now = stateEndsAt
                if now >= horizonSeconds { return nil }
                inBurst.toggle()
                stateEndsAt = now + (inBurst ? 60 : 540) * FastLogarithm.standardExponential(&random)
            }
        }
        return now < horizonSeconds ? now : nil
    }

    /// Key at each of 65,536 evenly spaced quantiles of a Zipf(s) popularity over `keys` keys.
    static func zipfQuantiles(keys: Int, exponent: Double) -> [UInt32] {
        let count = min(keys, 1 << 24)
        var cumulative = [Double](repeating: 0, count: count)
        var total = 0.0
        for rank in 0..<count {
            total += 1 / pow(Double(rank + 1), exponent)
            cumulative[rank] = total
        }
        var table = [UInt32](repeating: 0, count: 65_536)
        var rank = 0
        for slot in table.indices {
            let target = (Double(slot) + 0.5) / 65_536 * total
            while rank < count - 1 && cumulative[rank] < target { rank += 1 }
            table[slot] = UInt32(rank)
        }
        return table
    }
}
