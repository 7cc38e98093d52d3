/// Decimal numbers as people write them: an optional sign, digits with an
/// optional fraction, an optional exponent, and (where allowed) underscores
/// between digits as in Swift literals (`1_000_000`). Nothing else: Swift's
/// own `Double(_:)` also takes `0x10`, `inf`, `nan` and `0x1p4`, which no
/// catalog option or CSV field means.
///
///     DecimalText.parse("1e6")                              // 1000000
///     DecimalText.parse("0x10")                             // nil
///     DecimalText.parse("1_000", allowsUnderscores: true)   // 1000
public enum DecimalText {
    /// Why text is not a usable decimal number.
    public enum Failure: Error, Sendable, Equatable {
        /// Not written as a decimal number.
        case notDecimal
        /// A decimal number too large for a double (1e309).
        case tooLarge
    }

    /// The value of `text`, or why not.
    public static func parse(_ text: String, allowsUnderscores: Bool = false) -> Result<Double, Failure> {
        var digitsOnly: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < bytes.count && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        func digits() -> Int {
            var count = 0
            while index < bytes.count {
                if isDigit(index) {
                    digitsOnly.append(bytes[index])
                    count += 1
                } else if allowsUnderscores, bytes[index] == UInt8(ascii: "_"), isDigit(index - 1), isDigit(index + 1) {
                    // An underscore only between two digits.
                } else {
                    break
                }
                index += 1
            }
            return count
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            digitsOnly.append(bytes[index])
            index += 1
        }
        var mantissaDigits = digits()
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            digitsOnly.append(bytes[index])
            index += 1
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return .failure(.notDecimal) }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            digitsOnly.append(bytes[index])
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                digitsOnly.append(bytes[index])
                index += 1
            }
            guard digits() > 0 else { return .failure(.notDecimal) }
        }
        guard index == bytes.count, let value = Double(String(decoding: digitsOnly, as: UTF8.self)) else {
            return .failure(.notDecimal)
        }
        return value.isFinite ? .success(value) : .failure(.tooLarge)
    }

    /// A whole number written in decimal (underscores between digits allowed), or nil.
    public static func integer(_ text: String) -> Int? {
        guard case .success(let value) = parse(text, allowsUnderscores: true), value == value.rounded(),
              abs(value) < 9.0e15 else { return nil }
        return Int(value)
    }
}
