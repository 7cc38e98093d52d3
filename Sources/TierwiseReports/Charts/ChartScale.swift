import Foundation

/// Maps values on an axis to pixels: linear, or logarithmic for positive values.
struct ChartScale: Sendable {
    /// The axis's ends, in values (for a logarithmic scale, positive).
    var lower: Double, upper: Double
    /// The pixels of `lower` and `upper` (upper may be the smaller, for a y axis).
    var start: Double, end: Double
    var isLogarithmic = false

    /// The pixel of `value`, clamped to the axis.
    func position(_ value: Double) -> Double {
        let fraction: Double
        if isLogarithmic {
            let low = log10(lower), high = log10(upper)
            fraction = value > 0 && high > low ? (log10(value) - low) / (high - low) : 0
        } else {
            fraction = upper > lower ? (value - lower) / (upper - lower) : 0
        }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        return start + (end - start) * clamped
    }
}
