import TierwiseModel
/// The natural logarithm for random variates, in a few multiplications and
/// one division, the same bits on every platform (the C library's `log`
/// differs between them, and costs a fifth of a simulation's time).
///
/// x = m·2ᵉ with m in [√½, √2); ln m = 2·atanh(t) with t = (m − 1)/(m + 1),
/// |t| ≤ 0.1716, summed to t¹¹: relative error below 10⁻⁹ (tested against `log`).
enum FastLogarithm {
    /// ln `x` for positive, finite, normal `x` (callers pass 1 − U, in [2⁻⁵³, 1]).
    @inline(__always)
    static func ln(_ x: Double) -> Double {
        // Straight from the bits (x is normal: at least 2⁻⁵³ here); `significand` is a call.
        let bits = x.bitPattern
        var exponent = Int(truncatingIfNeeded: (bits >> 52) & 0x7FF) - 1_023
        var mantissa = Double(bitPattern: (bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FF0_0000_0000_0000)  // [1, 2)
        if mantissa > 1.414_213_562_373_095_1 {
            mantissa *= 0.5
            exponent += 1
        }
        let t = (mantissa - 1) / (mantissa + 1)
        let t2 = t * t
        let series = t * (2 + t2 * (2.0 / 3 + t2 * (2.0 / 5 + t2 * (2.0 / 7 + t2 * (2.0 / 9 + t2 * (2.0 / 11))))))
        return Double(exponent) * 0.693_147_180_559_945_3 + series
    }

    /// An exponential variate with mean 1 from `random`.
    @inline(__always)
    static func standardExponential(_ random: inout SplitMix64) -> Double {
        -ln(1 - random.nextUnitDouble())
    }
}
