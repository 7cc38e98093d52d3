/// How tierwise writes money, durations and counts for people (Markdown,
/// text, rationale sentences). Fixed formats, independent of the locale, so
/// reports are byte-for-byte reproducible.
public enum DisplayFormat {
    /// "$1,234.50", always with cents so columns line up; negatives "-$20.00".
    /// Non-finite values print as "n/a" (they never reach a report as a figure).
    public static func usd(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let cents = (abs(value) * 100).rounded()
        let whole = (cents / 100).rounded(.down)
        let fraction = Int(cents - whole * 100)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if value < 0 && cents > 0 { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: "$"))
        appendGrouped(whole, to: &out)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        out.append(UInt8(ascii: "0") + UInt8(fraction % 10))
        return String(decoding: out, as: UTF8.self)
    }

    /// A number with thousands separators and at most `decimals` decimals, trailing zeros dropped.
    ///
    ///     DisplayFormat.number(1234567.891, decimals: 1)  // "1,234,567.9"
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = (scaled / scale).rounded(.down)
        var fraction = Int(scaled - whole * scale)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if value < 0 && scaled > 0 { out.append(UInt8(ascii: "-")) }
        appendGrouped(whole, to: &out)
        if decimals > 0 && fraction > 0 {
            var digits = [UInt8](repeating: UInt8(ascii: "0"), count: decimals)
            for position in stride(from: decimals - 1, through: 0, by: -1) {
                digits[position] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
            }
            while digits.last == UInt8(ascii: "0") { digits.removeLast() }
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits)
        }
        return String(decoding: out, as: UTF8.self)
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

    /// Appends the integral digits of `whole` (≥ 0) with a comma every three.
    private static func appendGrouped(_ whole: Double, to out: inout [UInt8]) {
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        var remaining = whole
        if remaining < 9.0e18 {
            var integer = UInt64(remaining)
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(integer % 10))
                integer /= 10
            } while integer > 0
        } else {
            // Beyond 64 bits: peel digits off the double (its low digits are not significant anyway).
            while remaining >= 1 {
                digits.append(UInt8(ascii: "0") + UInt8(remaining.truncatingRemainder(dividingBy: 10)))
                remaining = (remaining / 10).rounded(.down)
            }
        }
        for index in stride(from: digits.count - 1, through: 0, by: -1) {
            out.append(digits[index])
            if index > 0 && index % 3 == 0 { out.append(UInt8(ascii: ",")) }
        }
    }
}
