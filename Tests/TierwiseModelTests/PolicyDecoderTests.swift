import Testing
import TierwiseModel

@Suite("Policy decoder")
struct PolicyDecoderTests {
    private func decode(_ text: String) throws(LocatedInputError) -> GatePolicy {
        try PolicyDecoder().decode(Array(text.utf8), path: "p.json")
    }

    @Test("Every rule kind decodes with its defaults")
    func kinds() throws {
        let policy = try decode(#"""
        {"version": 1, "rules": [
          {"kind": "monthly_cost_increase", "level": "deny", "over_usd": 500},
          {"id": "p", "kind": "monthly_cost_increase", "scope": "portfolio", "level": "warn", "over_percent": 5, "basis": "stated"},
          {"kind": "portfolio_monthly_total", "level": "warn", "max_usd": 1e5},
          {"kind": "challenged_tier", "level": "warn"},
          {"kind": "latency_justification", "level": "deny", "min_words": 8},
          {"kind": "payback_months", "level": "warn", "max_months": 12},
          {"kind": "real_time_use_case_count", "level": "deny", "max_count": 2},
          {"kind": "payback_probability", "level": "warn", "min_probability": 0.8},
          {"kind": "simulation_verdict", "level": "deny"}
        ]}
        """#)
        #expect(policy.rules.map(\.id) == [
            "monthly_cost_increase", "p", "portfolio_monthly_total", "challenged_tier", "latency_justification",
            "payback_months", "real_time_use_case_count", "payback_probability", "simulation_verdict",
        ])
        #expect(policy.rules[0].kind == .monthlyCostIncrease(scope: .useCase, overUSD: 500, overPercent: nil, basis: .recommended))
        #expect(policy.rules[1].kind == .monthlyCostIncrease(scope: .portfolio, overUSD: nil, overPercent: 5, basis: .stated))
        #expect(policy.rules[4].kind == .latencyJustification(minWords: 8, tiers: [.realTime, .nearRealTime]))
        #expect(policy.rules[6].kind == .realTimeUseCaseCount(maxCount: 2, basis: .stated))
        #expect(policy.rules[7].kind == .paybackProbability(minProbability: 0.8, withinMonths: 12))
    }

    @Test("Every problem is reported with its path, line and column")
    func locatedErrors() {
        // Line 2: `  {"kind": "challenged_tier", "level": "block"},` — "block" starts at column 40.
        // Line 3: `  {"kind": "payback_months", "level": "warn", "max_month": 3}` — its value 3 at column 60 (locations are of values).
        let text = "{\"rules\": [\n  {\"kind\": \"challenged_tier\", \"level\": \"block\"},\n"
            + "  {\"kind\": \"payback_months\", \"level\": \"warn\", \"max_month\": 3}\n]}"
        #expect {
            try decode(text)
        } throws: { error in
            guard case .invalid(_, let issues) = error as? LocatedInputError else { return false }
            let lines = issues.map(\.description)
            return lines.count == 3
                && lines[0] == "p.json:2:40: rules[0].level: expected one of deny or warn, got \"block\""
                && lines[1].hasPrefix("p.json:3:60: rules[1].max_month: unknown key; expected one of")
                && lines[1].hasSuffix("did you mean \"max_months\"?")
                && lines[2] == "p.json:3:3: rules[1]: missing \"max_months\""
        }
    }

    @Test("Syntax errors, thresholds out of range and duplicate ids are refused", arguments: [
        ("{\"rules\": [", "p.json:1:12: not valid JSON"),
        (#"{"rules": [{"kind": "payback_probability", "level": "warn", "min_probability": 1.5}]}"#,
         "rules[0].min_probability: expected a number from 0 to 1, got 1.5"),
        (#"{"rules": [{"kind": "challenged_tier", "level": "warn"}, {"kind": "challenged_tier", "level": "deny"}]}"#,
         "rules[1]: duplicate id \"challenged_tier\""),
        (#"{"rules": [{"kind": "monthly_cost_increase", "level": "warn"}]}"#, "expected \"over_usd\", \"over_percent\" or both"),
        (#"{"rules": [{"kind": "cost", "level": "warn"}]}"#, "rules[0].kind: expected \"kind\" to be one of"),
    ])
    func refused(text: String, expected: String) {
        do {
            _ = try decode(text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
