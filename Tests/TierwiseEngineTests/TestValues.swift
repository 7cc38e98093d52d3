@testable import TierwiseEngine

/// How the values of a test stream are drawn.
enum TestValues: String, CaseIterable, Sendable {
    /// One decimal, 0 to 99.9 (every naive order agrees with the exact sum most of the time).
    case decimal
    /// Mixed magnitudes and signs, 2^-30 to 2^40: plain left-to-right sums lose bits, exact sums do not.
    case wide

    func draw(_ random: inout TestRandom) -> Double {
        switch self {
        case .decimal: return Double(random.below(1_000)) / 10
        case .wide:
            let mantissa = Double(Int64(truncatingIfNeeded: random.next() >> 24) - (1 << 39))  // ±2^39, 40 bits
            return mantissa * [0x1p-30, 0x1p-10, 0x1p0][random.below(3)]
        }
    }
}
