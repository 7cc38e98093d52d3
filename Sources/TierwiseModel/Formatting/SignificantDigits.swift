import Foundation

/// Rounding to a number of significant digits, for figures whose last bits
/// are noise (simulated latencies): the same bytes on every platform.
public enum SignificantDigits {
    /// `value` rounded to `digits` significant digits; non-finite values unchanged.
    ///
    ///     SignificantDigits.round(0.0123456789, digits: 3)  // 0.0123
    public static func round(_ value: Double, digits: Int) -> Double {
        guard value.isFinite, value != 0 else { return value }
        let exponent = Int(floor(log10(abs(value))))
        let shift = digits - 1 - exponent
        guard shift > -300, shift < 300 else { return value }
        if shift >= 0 {
            let scale = pow(10, Double(shift))
            let rounded = (value * scale).rounded() / scale
            return rounded.isFinite ? rounded : value
        }
        let scale = pow(10, Double(-shift))
        return (value / scale).rounded() * scale
    }
}
