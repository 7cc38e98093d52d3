/// The free times of a stage's servers, earliest first on top (a binary
/// min-heap): first-come first-served over c servers is "start at the later of
/// the arrival and the earliest free server" (Kiefer–Wolfowitz).
struct ServerPool: Sendable {
    private var free: [Double]

    /// `count` servers, all free at time 0.
    init(count: Int) {
        free = [Double](repeating: 0, count: max(count, 1))
    }

    /// The earliest time a server is free.
    @inline(__always)
    var earliest: Double { free[0] }

    /// The earliest-free server becomes busy until `time`.
    @inline(__always)
    mutating func occupyEarliest(until time: Double) {
        free[0] = time
        guard free.count > 1 else { return }
        var index = 0
        let count = free.count
        while true {
            let left = 2 * index + 1
            guard left < count else { return }
            let right = left + 1
            let child = right < count && free[right] < free[left] ? right : left
            guard free[child] < free[index] else { return }
            free.swapAt(child, index)
            index = child
        }
    }
}
