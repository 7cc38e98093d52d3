import Foundation
import Testing
import TierwiseModel
@testable import TierwiseCLI
import TierwiseJSON
import TierwiseSimulator

private extension SplitMix64 {
    /// A number in 0..<bound (bound > 0).
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
}

/// Seeded mutations of valid catalogs: byte flips, truncations, type swaps,
/// extreme numbers, long strings, control characters, deep nesting,
/// duplicate and missing keys. Each case must end in exit 0 with a valid
/// report or exit 2 with located messages, never a trap, and the same input
/// must give the same bytes.
@Suite("Catalog fuzzing")
struct CatalogFuzzTests {
    static let fields: [(String, String)] = [
        ("name", #""Fraud""#), ("description", #""Score transactions""#), ("data_source", #""payments""#),
        ("latency_requirement", #""real_time""#), ("latency_justification", #""Block before settlement""#),
        ("events_per_second", "100"), ("peak_multiplier", "2"), ("requires_historical_context", "true"),
        ("requires_ordering", "false"), ("requires_exactly_once", "true"), ("revenue_impact_per_minute_delay", "500"),
        ("cost_of_error", #""critical""#), ("events_per_day", "5000000"), ("hourly_rate", "150"),
    ]

    static let replacements: [String] = [
        "1e308", "-1e308", "1.7976931348623157e308", "1e-320", "-0", "0", "9007199254740993", "1e999", "-1e999",
        "123456789012345678901234567890", "1e9", "1e14", "1000", "0.0000001", "\"1e304\"", "null", "true", "[]", "{}",
        "\"\"", "\"   \"", "\"\\u0000\\u001b[2J\\u202e\\u0007\"", "\"" + String(repeating: "x", count: 70_000) + "\"",
        String(repeating: "[", count: 70) + String(repeating: "]", count: 70), "\"near_real_time\"", "\"critical\"",
        "\"\\ud800\"", "\"- list\\n---\\n    code\"", "-1", "1001", "2e5",
    ]

    /// One mutated catalog text for `seed`: one to three use cases, and one
    /// kind of damage (or none, for a sixth of the cases).
    static func mutatedCatalog(seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        let kind = random.below(12)
        let count = 1 + random.below(3)
        let target = random.below(count)
        let field = random.below(fields.count)
        var useCases: [String] = []
        for index in 0..<count {
            var members: [String] = []
            for (position, (key, value)) in fields.enumerated() {
                let named = key == "name" ? "\"Fraud \(index)\"" : value
                guard index == target, position == field else {
                    members.append("\"\(key)\": \(named)")
                    continue
                }
                switch kind {
                case 1, 2, 3: members.append("\"\(key)\": \(random.pick(replacements))")
                case 4: continue // missing
                case 5: members.append("\"\(key)\": \(named), \"\(key)\": \(named)") // duplicate
                case 6: members.append("\"\(key)\": \(named), \"\(random.pick(["colour", "events_per_sec", "\u{1B}x"]))\": 1")
                default: members.append("\"\(key)\": \(named)")
                }
            }
            useCases.append("{" + members.joined(separator: ", ") + "}")
        }
        var defaults = ""
        if kind == 7 {
            defaults = #""defaults": {"hourly_rate": \#(random.pick(replacements)), "tier_latency_minutes": {"batch": \#(random.pick(replacements))}}, "#
        }
        var bytes = Array(("{" + defaults + "\"use_cases\": [" + useCases.joined(separator: ", ") + "]}").utf8)
        switch kind {
        case 8:
            bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
        case 9:
            bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
        case 10:
            bytes.insert(contentsOf: random.pick([[0x00], [0x1B, 0x5B], [0xFF, 0xFE], [0xC3], [0x0A, 0x0D]]), at: random.below(bytes.count))
        default:
            break
        }
        return bytes
    }

    @Test("3,000 mutated catalogs: exit 0 with a valid report or exit 2 with located messages, deterministically")
    func fuzzCatalogs() throws {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("fuzz.json").path
        var valid = 0, invalid = 0
        for seed in UInt64(1)...3_000 {
            let bytes = Self.mutatedCatalog(seed: seed)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let format = ["json", "markdown", "text"][Int(seed % 3)]
            let result = run(["analyze", path, "--format", format])
            #expect(result.status == 0 || result.status == 2, "seed \(seed): status \(result.status)")
            if result.status == 0 {
                valid += 1
                #expect(!result.output.isEmpty)
                if format == "json" {
                    #expect(throws: Never.self, "seed \(seed)") { try JSONParser.parse(Array(result.output.utf8)) }
                }
            } else {
                invalid += 1
                #expect(result.output.isEmpty, "seed \(seed)")
                let lines = result.error.split(separator: "\n")
                #expect(!lines.isEmpty && lines.count <= IssueListBound.linesAtMost, "seed \(seed)")
                #expect(lines.allSatisfy { $0.hasPrefix(path + ": ") || $0.hasPrefix("tierwise: ") }, "seed \(seed)")
                #expect(!result.error.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{0}" }, "seed \(seed)")
            }
            if seed % 50 == 0 {
                let again = run(["analyze", path, "--format", format])
                #expect(again.output == result.output && again.error == result.error, "seed \(seed): not deterministic")
            }
        }
        // The generator must exercise both outcomes, or the test proves little.
        #expect(valid > 500)
        #expect(invalid > 1_000)
    }
}

/// The most lines an invalid catalog can print: 100 problems, the summary
/// line, the total line, and the warnings (100 and a summary).
enum IssueListBound {
    static let linesAtMost = 100 + 2 + 101
}
