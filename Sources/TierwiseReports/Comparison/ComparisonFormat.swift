import TierwiseModel

/// Phrases the comparison and gate reports share.
enum ComparisonFormat {
    /// "+$1,234.50" / "-$20.00" / "$0.00".
    static func signedUSD(_ value: Double) -> String {
        if value > 0 && DisplayFormat.usd(value) != "$0.00" { return "+" + DisplayFormat.usd(value) }
        return DisplayFormat.usd(value)
    }

    /// "+5.2%" / "-3%" / "n/a" (no base figure).
    static func signedPercent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "n/a" }
        let text = DisplayFormat.number(abs(value), decimals: 1)
        if text == "0" { return "0%" }
        return (value < 0 ? "-" : "+") + text + "%"
    }

    /// "+$1,234.50 (+5.2%)", the percentage left out when there is none.
    static func delta(_ usd: Double, _ percent: Double?) -> String {
        let money = signedUSD(usd)
        guard let percent, percent.isFinite else { return money }
        return money + " (" + signedPercent(percent) + ")"
    }

    /// "12.3 months", "never", or "—" when there is no move.
    static func payback(_ move: MoveSnapshot?) -> String {
        guard let move else { return "—" }
        return ReportFormat.payback(move.paybackMonths)
    }

    /// `a → b`, or `a` when the two are the same; "—" stands for a side that is missing.
    static func change(_ a: String?, _ b: String?) -> String {
        switch (a, b) {
        case (let a?, let b?): a == b ? a : "\(a) → \(b)"
        case (let a?, nil): "\(a) → —"
        case (nil, let b?): "— → \(b)"
        case (nil, nil): "—"
        }
    }
}
