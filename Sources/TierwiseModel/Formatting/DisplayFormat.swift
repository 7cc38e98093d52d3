/// How tierwise writes money, durations and counts for people (Markdown,
/// text, rationale sentences). Fixed formats, independent of the locale, so
/// reports are byte-for-byte reproducible.
public enum DisplayFormat {
    /// "$1,234.50", always with cents so columns line up; negatives "-$20.00".
    /// Non-finite values print as "n/a" (they never reach a report as a figure).
    public static func usd(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let cents = (abs(value) * 100).rounded()
        let isNegative = value < 0 && cents > 0
        let whole = (cents / 100).rounded(.down)
        let fraction = Int(cents - whole * 100)
        let text = "$" + grouped(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
        return isNegative ? "-" + text : text
    }

    /// A number with thousands separators and at most `decimals` decimals, trailing zeros dropped.
    ///
    ///     DisplayFormat.number(1234567.891, decimals: 1)  // "1,234,567.9"
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let isNegative = value < 0 && scaled > 0
        let whole = (scaled / scale).rounded(.down)
        var fractionDigits = Int(scaled - whole * scale)
        var text = grouped(whole)
        if decimals > 0 && fractionDigits > 0 {
            var digits = String(fractionDigits)
            while digits.count < decimals { digits = "0" + digits }
            while digits.hasSuffix("0") { digits.removeLast(); fractionDigits /= 10 }
            text += "." + digits
        }
        return isNegative ? "-" + text : text
    }

    /// Minutes as a readable duration: "100 ms", "30 s", "15 min", "4 h", "1 d".
    public static func duration(minutes: Double) -> String {
        guard minutes.isFinite else { return "n/a" }
        let seconds = minutes * 60
        if seconds < 1 { return number(seconds * 1000, decimals: 0) + " ms" }
        if minutes < 1 { return number(seconds, decimals: 1) + " s" }
        if minutes < 60 { return number(minutes, decimals: 1) + " min" }
        if minutes < 1_440 { return number(minutes / 60, decimals: 1) + " h" }
        return number(minutes / 1_440, decimals: 1) + " d"
    }

    private static func grouped(_ whole: Double) -> String {
        // Doubles up to 2^53 are exact integers; beyond that digits are still printed.
        let digits = whole < 9.0e15 ? String(Int64(whole)) : String(format15: whole)
        var result = ""
        for (offset, character) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }
}

private extension String {
    /// Integral digits of a huge double without scientific notation.
    init(format15 value: Double) {
        var digits: [Character] = []
        var remaining = value
        while remaining >= 1 {
            let digit = Int(remaining.truncatingRemainder(dividingBy: 10))
            digits.append(Character(String(digit)))
            remaining = (remaining / 10).rounded(.down)
        }
        self = digits.isEmpty ? "0" : String(digits.reversed())
    }
}
