extension NumberRange {
    /// `value` brought into the range: NaN to the lower bound, values past a
    /// bound to that bound (an exclusive lower bound to the next larger double).
    public func clamp(_ value: Double) -> Double {
        let lowest = isMinimumExclusive ? minimum.nextUp : minimum
        guard !value.isNaN else { return lowest }
        return Swift.min(Swift.max(value, lowest), maximum)
    }
}
