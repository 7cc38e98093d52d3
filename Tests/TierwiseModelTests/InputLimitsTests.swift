import Foundation
import Testing
import TierwiseJSON
@testable import TierwiseModel

@Suite("Input limits")
struct InputLimitsTests {
    // MARK: - Catalog numbers

    @Test("Finite but huge numbers are refused with the bound they break", arguments: [
        ("revenue_impact_per_minute_delay", "1e304",
         "use_cases[0].revenue_impact_per_minute_delay: expected a number of at most 1,000,000,000, got 1e+304"),
        ("events_per_second", "1e306", "use_cases[0].events_per_second: expected a number of at most 1,000,000,000, got 1e+306"),
        ("events_per_day", "1.5e14", "use_cases[0].events_per_day: expected a number of at most 100,000,000,000,000, got 150000000000000"),
        ("peak_multiplier", "1001", "use_cases[0].peak_multiplier: expected a number of at most 1,000, got 1001"),
        ("hourly_rate", "1e308", "use_cases[0].hourly_rate: expected a number of at most 100,000, got 1e+308"),
        ("baseline_monthly_compute", "1e308",
         "use_cases[0].baseline_monthly_compute: expected a number of at most 1,000,000,000, got 1e+308"),
        ("peak_multiplier", "0.5", "use_cases[0].peak_multiplier: expected a number of at least 1, got 0.5"),
    ])
    func hugeNumbers(key: String, value: String, message: String) {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase([key: value])])
        #expect(CatalogFixtures.issues(text) == [message])
    }

    @Test("Tier latencies near the largest double are refused")
    func hugeTierLatency() {
        let text = CatalogFixtures.catalog(
            [CatalogFixtures.useCase()], extra: #""defaults": {"tier_latency_minutes": {"batch": 1.7e308}}"#)
        #expect(CatalogFixtures.issues(text) == [
            "defaults.tier_latency_minutes.batch: expected a number of at most 525,600, got 1.7e+308",
        ])
    }

    @Test("Every bound itself is accepted")
    func boundsAreInclusive() throws {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase([
            "events_per_second": "1e9", "events_per_day": "1e14", "peak_multiplier": "1000",
            "revenue_impact_per_minute_delay": "1e9", "hourly_rate": "1e5", "baseline_monthly_compute": "1e9",
        ])], extra: #""defaults": {"tier_latency_minutes": {"batch": 525600}}"#)
        #expect(CatalogFixtures.issues(text) == [])
    }

    @Test("Ranges say which bound a value breaks")
    func rangeExpectations() {
        let range = NumberRange.positive(atMost: 100)
        #expect(range.contains(100) && !range.contains(0) && !range.contains(100.5) && !range.contains(.nan))
        #expect(range.expectation(for: -1) == "a positive number")
        #expect(range.expectation(for: 101) == "a number of at most 100")
        #expect(range.expectation(for: .infinity) == "a number of at most 100")
        #expect(InputLimits.peakMultiplier.expectation(for: 0) == "a number of at least 1")
    }

    // MARK: - Diagnostics

    @Test("A million broken use cases cost a hundred messages, and the total is said")
    func diagnosticsAreCapped() {
        // Each {} lacks the 12 required fields (see CatalogFixtures.validFields).
        let count = 5_000
        let text = CatalogFixtures.catalog(Array(repeating: "{}", count: count))
        do {
            _ = try CatalogFixtures.decode(text)
            Issue.record("expected an invalid catalog")
        } catch {
            guard case .invalid(_, let issues, let total) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(total == count * CatalogFixtures.validFields.count)
            #expect(issues.count == IssueList.defaultLimit)
            #expect(issues.first?.description == "use_cases[0].name: missing; expected a non-empty string")
            let lines = error.description.split(separator: "\n")
            #expect(lines.count == IssueList.defaultLimit + 1)
            #expect(lines.last == "catalogs/x.json: … and \(total - 100) more problems, \(total) in all; the first 100 are listed")
        }
    }

    @Test("The parallel path caps and counts exactly as the sequential one")
    func parallelPathCapsAlike() {
        // Over the 4 MiB parallel threshold: 40,000 broken use cases with a long description each.
        let padding = String(repeating: "p", count: 100)
        let element = #"{"description": ""# + padding + #""}"#
        let count = 40_000
        let text = CatalogFixtures.catalog(Array(repeating: element, count: count))
        #expect(text.utf8.count > CatalogDecoder.parallelThresholdBytes)
        let small = CatalogFixtures.catalog(Array(repeating: element, count: 3))
        func outcome(_ text: String) -> (issues: [CatalogIssue], total: Int)? {
            do {
                _ = try CatalogFixtures.decode(text)
                return nil
            } catch {
                if case .invalid(_, let issues, let total) = error { return (issues, total) }
                return nil
            }
        }
        let large = outcome(text)
        #expect(large?.total == count * (CatalogFixtures.validFields.count - 1))
        #expect(large?.issues.count == 100)
        // The first 33 messages are those of the first three elements, as in a small catalog.
        let smallIssues = outcome(small)?.issues ?? []
        #expect(smallIssues.count == 33)
        #expect(Array(large?.issues.prefix(33) ?? []) == smallIssues)
    }

    @Test("A huge unknown key is shown cut, with no suggestion search")
    func hugeUnknownKey() throws {
        let key = String(repeating: "k", count: 1_000_000)
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase([key: "1"])])
        let loaded = try CatalogFixtures.decode(text)
        #expect(loaded.warnings.map(\.description) == [
            "use_cases[0]." + String(repeating: "k", count: 40) + "…: unknown field, ignored",
        ])
    }

    @Test("Warnings are capped and counted too")
    func warningsAreCapped() throws {
        let useCases = (0..<150).map { CatalogFixtures.useCase(["name": "\"u\($0)\"", "extra_field": "1"]) }
        let loaded = try CatalogFixtures.decode(CatalogFixtures.catalog(useCases))
        #expect(loaded.warnings.count == 100)
        #expect(loaded.warningCount == 150)
    }

    @Test("Control characters in echoed values are made visible")
    func controlCharactersInMessages() {
        let text = CatalogFixtures.catalog([CatalogFixtures.useCase(["cost_of_error": #""\u001b[2Jsevere\u202e""#])])
        #expect(CatalogFixtures.issues(text) == [
            #"use_cases[0].cost_of_error: expected low, medium, high or critical, got "\u001b[2Jsevere\u202e""#,
        ])
    }

    @Test("Malformed JSON messages show keys cut and with controls visible")
    func malformedMessages() {
        // The key is written with a JSON escape; the parser decodes it to a real ESC.
        let text = #"{"\u001b[2J"# + String(repeating: "k", count: 100_000) + #"" 1}"#
        do {
            _ = try CatalogFixtures.decode(text)
            Issue.record("expected malformed JSON")
        } catch {
            let message = error.description
            #expect(message.count < 300, "\(message.prefix(300))")
            #expect(message.contains(#"member name "\u001b[2J"# + String(repeating: "k", count: 36) + #"…""#))
            #expect(!message.unicodeScalars.contains("\u{1B}"))
        }
    }

    @Test("A second top-level use_cases key is reported alike below and above the parallel threshold")
    func duplicateTopLevelUseCases() {
        let padding = String(repeating: "p", count: 5 * 1024 * 1024)
        let small = #"{"use_cases": ["# + CatalogFixtures.useCase() + #"], "use_cases": []}"#
        let large = #"{"description": ""# + padding + #"", "use_cases": ["# + CatalogFixtures.useCase()
            + #"], "use_cases": []}"#
        #expect(large.utf8.count > CatalogDecoder.parallelThresholdBytes)
        // The later key wins, as for every duplicate; both paths say so alike.
        let expected = [
            "use_cases: appears more than once in the same object; keep one",
            "use_cases: expected at least one use case, got an empty array",
        ]
        #expect(CatalogFixtures.issues(small) == expected)
        #expect(CatalogFixtures.issues(large) == expected)
    }
}

@Suite("Display format is total")
struct DisplayFormatTotalityTests {
    @Test("Money beyond the cents' precision prints whole, without trapping", arguments: [
        (2.5e15, "$2,500,000,000,000,000.00"), (-2.5e15, "-$2,500,000,000,000,000.00"),
        (1e20, "$100,000,000,000,000,000,000.00"), (9_007_199_254_740_992, "$9,007,199,254,740,992.00"),
        (12.345, "$12.35"), (0.005, "$0.01"),
    ])
    func money(value: Double, expected: String) {
        #expect(DisplayFormat.usd(value) == expected)
    }

    // Digit counts of the shortest round-trip decimal (Python's repr, Swift's
    // description): 1e304 prints as 1 and 304 zeros, though the double is 9.99…e303.
    @Test("The largest doubles print every integral digit", arguments: [
        (1e304, 305), (1.7976931348623157e308, 309), (-1e300, 301), (Double.leastNonzeroMagnitude, 1),
    ])
    func extremes(value: Double, digits: Int) {
        let usd = DisplayFormat.usd(value)
        let number = DisplayFormat.number(value, decimals: 2)
        let duration = DisplayFormat.duration(minutes: value)
        let stripped = number.filter { $0.isNumber }
        #expect(stripped.count == digits)
        let groups = number.components(separatedBy: ",")
        #expect(groups.dropFirst().allSatisfy { $0.count == 3 })
        #expect(usd.hasSuffix(".00"))
        #expect(!duration.isEmpty && !duration.contains("n/a"))
    }

    @Test("Numbers near 2^53 split into whole and fraction without a negative fraction", arguments: [
        (9.0e15 - 1, 2), (4_503_599_627_370_495.5, 1), (999_999_999_999.999, 3),
    ])
    func nearPrecisionLimit(value: Double, decimals: Int) {
        let text = DisplayFormat.number(value, decimals: decimals)
        #expect(!text.contains("-"))
        #expect(text.allSatisfy { $0.isNumber || $0 == "," || $0 == "." })
    }

    @Test("Decimals outside 0…9 are clamped instead of overflowing the scale")
    func decimalsAreClamped() {
        #expect(DisplayFormat.number(1.5, decimals: 400) == "1.5")
        #expect(DisplayFormat.number(1.5, decimals: -3) == "2")
    }
}
