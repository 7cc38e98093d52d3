@testable import TierwiseEngine

/// A naive model of the window operator's semantics for sliding windows,
/// written from the rules in docs/engine.md and nothing of the engine's
/// state: every window is a dictionary of values by key; sums are exact
/// (``ExactSum``). It tracks what reaches the sink, which events are late
/// and how many results are emitted (fires and re-fires).
struct SlidingWindowModel {
    /// One (key, window)'s values.
    struct Entry {
        var values: [Double] = []
        var exact = ExactSum()
    }

    let size: Int64, slide: Int64, lateness: Int64, bound: Int64?
    private var seen = Set<UInt64>()
    private var maxTime: Int64?
    /// The watermark (nil before the first event, and always in batch mode).
    private(set) var watermark: Int64?
    /// Windows not purged: start → key → entry.
    private var open: [Int64: [UInt32: Entry]] = [:]
    /// Open windows that have fired (when the watermark passed their end, or created behind it).
    private var fired = Set<Int64>()
    /// Every (key, window start) that ever got an event, with all its events.
    private(set) var results: [UInt32: [Int64: Entry]] = [:]
    private(set) var lateIDs: [UInt64] = []
    private(set) var emitted = 0
    private(set) var refires = 0
    private(set) var duplicates = 0

    /// `bound` nil: batch mode.
    init(size: Int64, slide: Int64, lateness: Int64, bound: Int64?) {
        self.size = size
        self.slide = slide
        self.lateness = lateness
        self.bound = bound
    }

    mutating func process(_ event: Event) {
        guard seen.insert(event.id).inserted else {
            duplicates += 1
            return
        }
        let t = event.timestampMillis
        var start = t >= 0 ? t / slide * slide : -((-t + slide - 1) / slide) * slide
        var starts: [Int64] = []
        while start > t - size {
            starts.append(start)
            start -= slide
        }
        var joined = false
        for start in starts.reversed() {
            let end = start + size
            if let w = watermark, w >= end + lateness { continue }  // purged
            joined = true
            open[start, default: [:]][event.key, default: Entry()].values.append(event.value)
            open[start, default: [:]][event.key, default: Entry()].exact.add(event.value)
            results[event.key, default: [:]][start, default: Entry()].values.append(event.value)
            results[event.key, default: [:]][start, default: Entry()].exact.add(event.value)
            if let w = watermark, w >= end {
                // Fired already (or created behind the watermark): fires again with the update.
                fired.insert(start)
                emitted += 1
                refires += 1
            }
        }
        if !joined { lateIDs.append(event.id) }
        guard let bound else { return }
        maxTime = Swift.max(maxTime ?? t, t)
        if let maxTime, watermark.map({ maxTime - bound > $0 }) ?? true { advance(to: maxTime - bound) }
    }

    mutating func finish() { advance(to: .max) }

    private mutating func advance(to w: Int64) {
        watermark = w
        for (start, keys) in open where start + size <= w && !fired.contains(start) {
            fired.insert(start)
            emitted += keys.count
        }
        for start in Array(open.keys) where w == .max || start + size + lateness <= w {
            open[start] = nil
            fired.remove(start)
        }
    }
}
