/// An exact sum of doubles, independent of the engine's arithmetic: each
/// value as an integer multiple of 2^-64 in an `Int128`, added exactly and
/// rounded once at the end (`Double(Int128)` rounds to nearest, ties to even).
/// The tests' reference for every sum the engine reports.
struct ExactSum: Sendable {
    private var total: Int128 = 0
    /// False once a value was not a multiple of 2^-64 below 2^63 in magnitude (then the sum means nothing).
    private(set) var isRepresentable = true

    /// Adds `value` exactly.
    mutating func add(_ value: Double) {
        guard let fixed = Int128(exactly: value * 0x1p64) else {
            isRepresentable = false
            return
        }
        total += fixed
    }

    /// The exact sum rounded once to the nearest double; nil when a value could not be represented.
    var rounded: Double? { isRepresentable ? Double(total) * 0x1p-64 : nil }

    /// The exact sum of `values`, rounded once.
    static func of(_ values: some Sequence<Double>) -> Double? {
        var sum = ExactSum()
        for value in values { sum.add(value) }
        return sum.rounded
    }
}
