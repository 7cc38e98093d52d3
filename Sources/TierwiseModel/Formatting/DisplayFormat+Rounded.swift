extension DisplayFormat {
    /// Money rounded to what an estimate supports, for summaries: whole
    /// dollars under $10,000, thousands with one decimal under a million,
    /// millions with two decimals above ("$8,710", "$44.2k", "$1.73M").
    /// JSON keeps the cents.
    ///
    ///     DisplayFormat.usdRounded(44_160.45)  // "$44.2k"
    public static func usdRounded(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let sign = value < 0 && magnitudeIsVisible(value) ? "-" : ""
        let magnitude = Swift.abs(value)
        if magnitude >= 999_995 { return sign + "$" + number(magnitude / 1e6, decimals: 2) + "M" }
        if magnitude >= 9_999.5 { return sign + "$" + number(magnitude / 1e3, decimals: 1) + "k" }
        return sign + "$" + number(magnitude, decimals: 0)
    }

    /// True when `value` does not round to zero dollars (so "-$0" is never written).
    private static func magnitudeIsVisible(_ value: Double) -> Bool { Swift.abs(value) >= 0.5 }
}
