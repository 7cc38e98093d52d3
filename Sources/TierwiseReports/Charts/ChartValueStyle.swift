import TierwiseModel

/// How a chart writes the values on an axis and in labels.
public enum ChartValueStyle: Sendable, Equatable {
    /// Plain numbers: ticks "0", "2.5", "10k", "1.5M"; labels to two decimals.
    case number
    /// US dollars: ticks "$0", "$10k", "$1.5M"; labels as ``DisplayFormat/usdRounded(_:)`` ("$44.2k"),
    /// with cents under $100 ("$4.40").
    case usd
    /// A fraction shown as a percentage: 0.25 is "25%".
    case percent

    /// The tick label of `value` on an axis whose ticks are `step` apart.
    /// Ticks of a thousand or more are written in k (thousands) or M (millions)
    /// when the whole axis is, with as many decimals as the step needs.
    ///
    ///     ChartValueStyle.usd.tick(20_000, step: 10_000, largest: 80_000)  // "$20k"
    public func tick(_ value: Double, step: Double, largest: Double) -> String {
        guard value.isFinite else { return "" }
        if value == 0 { return self == .usd ? "$0" : self == .percent ? "0%" : "0" }
        let sign = value < 0 && value.magnitude >= step.magnitude / 1e6 ? "-" : ""
        let magnitude = value.magnitude
        switch self {
        case .percent:
            return sign + Self.compact(magnitude * 100, step: step * 100) + "%"
        case .number, .usd:
            let prefix = self == .usd ? "$" : ""
            let largest = largest.magnitude
            let (divisor, suffix): (Double, String) = largest >= 1e9 ? (1e9, "B") : largest >= 1e6 ? (1e6, "M")
                : largest >= 1e3 ? (1e3, "k") : (1, "")
            return sign + prefix + Self.compact(magnitude / divisor, step: step / divisor) + suffix
        }
    }

    /// A value's label (on a bar, beside a marker).
    public func label(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        switch self {
        case .usd: return value.magnitude < 100 ? DisplayFormat.usd(value) : DisplayFormat.usdRounded(value)
        case .number: return DisplayFormat.number(value, decimals: 2)
        case .percent: return DisplayFormat.number(value * 100, decimals: 1) + "%"
        }
    }

    /// `value` with the decimals `step` needs (step 0.25 → two), trailing zeros dropped.
    private static func compact(_ value: Double, step: Double) -> String {
        var decimals = 0
        if step.isFinite, step > 0, step < 1 {
            var scaled = step
            while decimals < 6, (scaled - scaled.rounded()).magnitude > 1e-9 * max(1, scaled) {
                scaled *= 10
                decimals += 1
            }
        }
        return SVGWriter.fixed(value, decimals: decimals, trimmingZeros: true)
    }
}
