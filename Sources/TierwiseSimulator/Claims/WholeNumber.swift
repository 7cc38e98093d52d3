/// Whole numbers from computed figures, total for every Double: NaN and
/// negatives give 0, values beyond 10¹⁵ give 10¹⁵ (no conversion traps).
enum WholeNumber {
    static let limit = 1e15

    /// ⌈value⌉ within [0, 10¹⁵].
    static func ceiling(_ value: Double) -> Int {
        guard value.isFinite else { return value == .infinity ? Int(limit) : 0 }
        return Int(min(max(value.rounded(.up), 0), limit))
    }
}
