/// How tierwise writes money, durations and counts for people (Markdown,
/// text, rationale sentences). Fixed formats, independent of the locale, so
/// reports are byte-for-byte reproducible.
public enum DisplayFormat {
    /// "$1,234.50", always with cents so columns line up; negatives "-$20.00".
    /// Non-finite values print as "n/a" (they never reach a report as a figure).
    /// Total: every `Double` prints without trapping; from $10 trillion up a
    /// figure's cents are not significant and print as ".00".
    public static func usd(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        let (whole, fraction, isZero) = split(abs(value), decimals: 2)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if value < 0 && !isZero { out.append(UInt8(ascii: "-")) }
        out.append(UInt8(ascii: "$"))
        appendGrouped(whole, to: &out)
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction / 10))
        out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10))
        return String(decoding: out, as: UTF8.self)
    }

    /// A number with thousands separators and at most `decimals` decimals
    /// (0 to 9), trailing zeros dropped. Total for every `Double`.
    ///
    ///     DisplayFormat.number(1234567.891, decimals: 1)  // "1,234,567.9"
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "n/a" }
        let decimals = min(max(decimals, 0), 9)
        var (whole, fraction, isZero) = split(abs(value), decimals: decimals)
        var out: [UInt8] = []
        out.reserveCapacity(24)
        if value < 0 && !isZero { out.append(UInt8(ascii: "-")) }
        appendGrouped(whole, to: &out)
        if decimals > 0 && fraction > 0 {
            var digits = [UInt8](repeating: UInt8(ascii: "0"), count: decimals)
            for position in stride(from: decimals - 1, through: 0, by: -1) {
                digits[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
                fraction /= 10
            }
            while digits.last == UInt8(ascii: "0") { digits.removeLast() }
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Splits a finite, non-negative `magnitude` rounded to `decimals` (0…9)
    /// into its integral part and its fraction as an integer of `decimals`
    /// digits. Where the scaled value is beyond 2^53 the fraction carries no
    /// information, so it is 0 and the integral part is the rounded value;
    /// no conversion can trap. `isZero` tells whether it rounds to zero.
    private static func split(_ magnitude: Double, decimals: Int) -> (whole: Double, fraction: Int, isZero: Bool) {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (magnitude * scale).rounded()
        guard scaled < 9.0e15 else {
            let whole = magnitude.rounded()
            return (whole, 0, whole == 0)
        }
        var whole = (scaled / scale).rounded(.down)
        // The quotient can round up to the next integer near 2^53; step back.
        if whole * scale > scaled { whole -= 1 }
        // Both are integers below 2^53 here, so the difference is exact and in [0, scale).
        let fraction = Int(scaled - whole * scale)
        return (whole, fraction, scaled == 0)
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

    /// Appends the integral digits of `whole` (finite, ≥ 0) with a comma every three.
    private static func appendGrouped(_ whole: Double, to out: inout [UInt8]) {
        var digits: [UInt8] = []
        digits.reserveCapacity(20)
        let remaining = whole
        if remaining < 9.0e18 {
            var integer = UInt64(remaining)
            repeat {
                digits.append(UInt8(ascii: "0") + UInt8(integer % 10))
                integer /= 10
            } while integer > 0
        } else {
            // Beyond 64 bits: the shortest decimal that reads back as this
            // double (Swift's description, "1e+304"), padded with zeros to
            // its exponent. Peeling digits off by division drifts.
            let text = Array(remaining.description.utf8)
            let exponentStart = text.firstIndex(of: UInt8(ascii: "e")) ?? text.count
            let mantissa = text[..<exponentStart].filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            var exponent = 0
            for byte in text[min(exponentStart + 1, text.count)...] where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
            }
            let integral = Array(mantissa.prefix(exponent + 1))
                + [UInt8](repeating: UInt8(ascii: "0"), count: max(0, exponent + 1 - mantissa.count))
            digits = integral.reversed()
        }
        for index in stride(from: digits.count - 1, through: 0, by: -1) {
            out.append(digits[index])
            if index > 0 && index % 3 == 0 { out.append(UInt8(ascii: ",")) }
        }
    }
}
