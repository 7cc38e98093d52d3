import TierwiseModel

/// Seeded mutations of event files: byte flips, truncations, type swaps,
/// extreme numbers, long strings, control characters, deep nesting and
/// line-level damage (blank, repeated, swapped, junk lines, BOM, CRLF).
/// The same seed gives the same files on every run. A hostile workload:
/// the replay input's fuzz tests feed these to the reader and to the CLI.
public struct EventFileMutator: Sendable {
    private var random: SplitMix64
    /// The longest string a mutation writes (keep it above the line limit under test to cross it).
    private let longestString: Int

    /// A mutator whose files are fixed by `seed`; strings up to `longestString` characters.
    public init(seed: UInt64, longestString: Int) {
        random = SplitMix64(seed: seed)
        self.longestString = longestString
    }

    private static let fieldNames = ["id", "key", "event_time", "value"]
    private static let typeSwaps = ["null", "true", "false", "[]", "{}", "\"text\"", "1.5", "-0", "\"\"", "[1,2]", "{\"a\":1}", "\"1\""]
    private static let extremes = [
        "-9223372036854775808", "9223372036854775807", "\"-9223372036854775808\"", "\"9223372036854775807\"",
        "1e308", "-1e308", "1e400", "-1e400", "9007199254740993", "\"99999999999999999999\"", "253402300800000",
        "253402300799999", "-62167219200000", "-62167219200001", "\"9999-12-31T23:59:60Z\"", "\"0000-01-01T00:00:00+23:59\"",
        "\"9999-12-31T23:59:59.999999999999Z\"", "\"2026-02-29T00:00:00Z\"", "4.9e-324", "-0.0", "0.1", "1E+2",
    ]
    private static let junkLines = ["42", "not json", "a,b,c", "{", "}", "[1,2,3]", "\"id\",\"key\"", "\u{FEFF}", "{\"id\":", ",,,,"]

    /// A number in 0..<count from the mutator's sequence (count > 0).
    public mutating func below(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
    private mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

    /// One file: `isCSV` picks the layout of the undamaged events.
    public mutating func file(isCSV: Bool) -> [UInt8] {
        var rows: [[String]] = (0..<(1 + below(8))).map { index in
            ["\"e\(below(6))\"", "\"k\(below(3))\"", String(index * 20_000 + below(90_000)), String(below(1_000)) + ".5"]
        }
        for _ in 0..<(1 + below(3)) {
            let row = below(rows.count), field = below(4)
            switch below(6) {
            case 0: rows[row][field] = pick(Self.typeSwaps)
            case 1, 2: rows[row][field] = pick(Self.extremes)
            case 3: rows[row][field] = "\"" + String(repeating: pick(["x", "é", ",", "\\\""]), count: 1 + below(longestString)) + "\""
            case 4: rows[row][field] = "\"" + (0..<(1 + below(6))).map { _ in pick(["\\u0000", "\\u001b[2J", "\\n", "\\u202e", "\\u0007", "\\t"]) }.joined() + "\""
            default:
                let depth = 1 + below(120)
                rows[row][field] = below(2) == 0 ? String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
                    : String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
            }
            if below(8) == 0 { rows[row][field] = "" }
        }
        var lines: [String]
        if isCSV {
            // JSON string literals are CSV quoted fields too, mostly ("\\\"" is not: that is damage as well).
            lines = [Self.fieldNames.joined(separator: ",")] + rows.map { $0.joined(separator: ",") }
        } else {
            lines = rows.map { row in
                var members = zip(Self.fieldNames, row).map { "\"\($0)\":\($1.isEmpty ? "\"\"" : $1)" }
                if below(10) == 0 { members.remove(at: below(members.count)) }
                return "{" + members.joined(separator: ",") + "}"
            }
        }
        for _ in 0..<below(3) {
            switch below(5) {
            case 0: lines.insert("", at: below(lines.count + 1))
            case 1: lines.insert(lines[below(lines.count)], at: below(lines.count + 1))
            case 2: lines.swapAt(below(lines.count), below(lines.count))
            default: lines.insert(pick(Self.junkLines), at: below(lines.count + 1))
            }
        }
        let ending = below(4) == 0 ? "\r\n" : "\n"
        var bytes = Array(lines.joined(separator: ending).utf8) + (below(2) == 0 ? Array(ending.utf8) : [])
        if below(6) == 0 { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        for _ in 0..<below(3) where !bytes.isEmpty {
            switch below(4) {
            case 0: bytes[below(bytes.count)] ^= UInt8(1 << below(8))
            case 1: bytes[below(bytes.count)] = pick([0x00, 0x07, 0x0A, 0x0D, 0x1B, 0x22, 0x2C, 0x7B, 0x7F, 0x80, 0xC3, 0xFF])
            case 2: bytes.removeLast(below(bytes.count))  // truncation
            default: bytes.insert(pick([0x00, 0x1B, 0x7F, 0xFF, 0x0A]), at: below(bytes.count + 1))
            }
        }
        return bytes
    }
}
