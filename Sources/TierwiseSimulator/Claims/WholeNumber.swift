/// Whole numbers from computed figures, total for every Double: NaN and
/// negatives give 0, values beyond 10¹⁵ give 10¹⁵ (no conversion traps).
enum WholeNumber {
    static let limit = 1e15

    /// ⌈value⌉ within [0, 10¹⁵], forgiving a relative 10⁻⁹ of rounding noise (0.7 / 0.7 is 1, not 2).
    static func ceiling(_ value: Double) -> Int {
        guard value.isFinite else { return value == .infinity ? Int(limit) : 0 }
        return Int(min(max((value * (1 - 1e-9)).rounded(.up), 0), limit))
    }
}
