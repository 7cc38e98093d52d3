/// How tierwise writes money, durations and counts for people (Markdown,
/// text, rationale sentences). Fixed formats, independent of the locale, so
/// reports are byte-for-byte reproducible.
///
/// Each format is written as UTF-8 straight into memory by a `write…`
/// function (for reports written as bytes); the `String` functions return
/// the same text.
public enum DisplayFormat {
    /// The most bytes a `write…` function writes: the largest `Double` in
    /// dollars, grouped, is 416.
    public static let maximumLength = 512

    /// "$1,234.50", always with cents so columns line up; negatives "-$20.00".
    /// Non-finite values print as "n/a" (they never reach a report as a figure).
    /// Total: every `Double` prints without trapping; from $10 trillion up a
    /// figure's cents are not significant and print as ".00".
    public static func usd(_ value: Double) -> String {
        string { writeUSD(value, to: $0) }
    }

    /// Writes ``usd(_:)``'s text of `value` at `out`, which has room for
    /// ``maximumLength`` bytes; returns how many it wrote.
    public static func writeUSD(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else { return copy("n/a", to: out) }
        let (whole, fraction, isZero) = split(abs(value), decimals: 2)
        var length = 0
        if value < 0 && !isZero {
            out[0] = UInt8(ascii: "-")
            length = 1
        }
        out[length] = UInt8(ascii: "$")
        length += 1
        length += writeGrouped(whole, to: out + length)
        out[length] = UInt8(ascii: ".")
        out[length + 1] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction / 10)
        out[length + 2] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: fraction % 10)
        return length + 3
    }

    /// A number with thousands separators and at most `decimals` decimals
    /// (0 to 9), trailing zeros dropped. Total for every `Double`.
    ///
    ///     DisplayFormat.number(1234567.891, decimals: 1)  // "1,234,567.9"
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        string { writeNumber(value, decimals: decimals, to: $0) }
    }

    /// Writes ``number(_:decimals:)``'s text of `value` at `out`, which has
    /// room for ``maximumLength`` bytes; returns how many it wrote.
    public static func writeNumber(_ value: Double, decimals: Int = 2, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard value.isFinite else { return copy("n/a", to: out) }
        let decimals = min(max(decimals, 0), 9)
        let (whole, fraction, isZero) = split(abs(value), decimals: decimals)
        var length = 0
        if value < 0 && !isZero {
            out[0] = UInt8(ascii: "-")
            length = 1
        }
        length += writeGrouped(whole, to: out + length)
        guard decimals > 0 && fraction > 0 else { return length }
        // The fraction's `decimals` digits, zero-padded on the left, trailing zeros dropped.
        var digits = fraction, count = decimals
        while digits % 10 == 0 {
            digits /= 10
            count -= 1
        }
        out[length] = UInt8(ascii: ".")
        length += 1
        for position in stride(from: count - 1, through: 0, by: -1) {
            out[length + position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: digits % 10)
            digits /= 10
        }
        return length + count
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
        string { writeDuration(minutes: minutes, to: $0) }
    }

    /// Writes ``duration(minutes:)``'s text at `out`, which has room for
    /// ``maximumLength`` bytes; returns how many it wrote.
    public static func writeDuration(minutes: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard minutes.isFinite else { return copy("n/a", to: out) }
        let seconds = minutes * 60
        if seconds < 1 {
            let length = writeNumber(seconds * 1000, decimals: 0, to: out)
            return length + copy(" ms", to: out + length)
        }
        if minutes < 1 {
            let length = writeNumber(seconds, decimals: 1, to: out)
            return length + copy(" s", to: out + length)
        }
        if minutes < 60 {
            let length = writeNumber(minutes, decimals: 1, to: out)
            return length + copy(" min", to: out + length)
        }
        if minutes < 1_440 {
            let length = writeNumber(minutes / 60, decimals: 1, to: out)
            return length + copy(" h", to: out + length)
        }
        let length = writeNumber(minutes / 1_440, decimals: 1, to: out)
        return length + copy(" d", to: out + length)
    }

    /// Writes the integral digits of `whole` (finite, ≥ 0) with a comma every
    /// three; returns how many bytes it wrote.
    private static func writeGrouped(_ whole: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if whole < 9.0e18 {
            let integer = UInt64(whole)
            var digitCount = 1, power: UInt64 = 10
            while digitCount < 20, integer >= power {
                digitCount += 1
                if digitCount < 20 { power *= 10 }
            }
            let length = digitCount + (digitCount - 1) / 3
            // From the right: a comma before every third digit.
            var rest = integer, position = length, written = 0
            repeat {
                if written > 0 && written % 3 == 0 {
                    position -= 1
                    out[position] = UInt8(ascii: ",")
                }
                position -= 1
                out[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                written += 1
            } while rest > 0
            return length
        }
        // Beyond 64 bits: the shortest decimal that reads back as this
        // double (Swift's description, "1e+304"), padded with zeros to
        // its exponent. Peeling digits off by division drifts.
        let text = Array(whole.description.utf8)
        let exponentStart = text.firstIndex(of: UInt8(ascii: "e")) ?? text.count
        let mantissa = text[..<exponentStart].filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        var exponent = 0
        for byte in text[min(exponentStart + 1, text.count)...] where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
        }
        let digits = Array(mantissa.prefix(exponent + 1))
            + [UInt8](repeating: UInt8(ascii: "0"), count: max(0, exponent + 1 - mantissa.count))
        var length = 0
        for (index, digit) in digits.enumerated() {
            out[length] = digit
            length += 1
            let place = digits.count - 1 - index
            if place > 0 && place % 3 == 0 {
                out[length] = UInt8(ascii: ",")
                length += 1
            }
        }
        return length
    }

    /// Copies `text` to `out`; returns its length.
    private static func copy(_ text: StaticString, to out: UnsafeMutablePointer<UInt8>) -> Int {
        let length = text.utf8CodeUnitCount
        out.update(from: text.utf8Start, count: length)
        return length
    }

    /// The text a `write…` function writes, as a string.
    private static func string(_ write: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumLength) { buffer in
            let length = write(buffer.baseAddress!)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }
}
