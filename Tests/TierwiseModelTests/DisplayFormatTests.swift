import Testing
@testable import TierwiseModel

@Suite("Display format")
struct DisplayFormatTests {
    @Test("Money has grouping and cents", arguments: [
        (0.0, "$0.00"), (5525.0, "$5,525.00"), (1234567.891, "$1,234,567.89"), (-20.0, "-$20.00"), (0.004, "$0.00"),
        (-0.004, "$0.00"), (.infinity, "n/a"),
    ])
    func usd(value: Double, expected: String) {
        #expect(DisplayFormat.usd(value) == expected)
    }

    @Test("Numbers drop trailing zeros", arguments: [
        (1234567.891, 1, "1,234,567.9"), (2.0, 2, "2"), (0.25, 2, "0.25"), (0.05, 1, "0.1"), (99.99, 2, "99.99"),
    ])
    func number(value: Double, decimals: Int, expected: String) {
        #expect(DisplayFormat.number(value, decimals: decimals) == expected)
    }

    @Test("Durations pick a readable unit", arguments: [
        (0.1 / 60, "100 ms"), (0.5, "30 s"), (15.0, "15 min"), (240.0, "4 h"), (1440.0, "1 d"),
    ])
    func duration(minutes: Double, expected: String) {
        #expect(DisplayFormat.duration(minutes: minutes) == expected)
    }
}

@Suite("ASCII text search")
struct ASCIITextTests {
    @Test("Case-insensitive word search agrees with lowercasing first", arguments: [
        ("Live DASHBOARD", true), ("a Dashboard!", true), ("dash board", false), ("dashboar", false), ("", false),
        ("Ünïcode dashboard ✓", true), ("DASHBOARDS", true),
    ])
    func contains(text: String, expected: Bool) {
        #expect(ASCIIText.contains(text, word: "dashboard") == expected)
        #expect(text.lowercased().contains("dashboard") == expected)
    }
}

@Suite("Decision factor titles")
struct DecisionFactorTitleTests {
    @Test("A factor's title is its raw value with the words spaced and the first capitalized")
    func titlesFollowRawValues() {
        for kind in DecisionFactor.Kind.allCases {
            let words = kind.rawValue.split(separator: "_").map(String.init)
            let derived = ([words[0].prefix(1).uppercased() + words[0].dropFirst()] + words.dropFirst()).joined(separator: " ")
            #expect(kind.title == derived)
        }
    }
}
