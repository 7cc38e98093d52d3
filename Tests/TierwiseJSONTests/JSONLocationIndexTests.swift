import Testing
@testable import TierwiseJSON

@Suite("JSON location index")
struct JSONLocationIndexTests {
    // Lines and columns below are counted by hand from this text (columns in bytes, 1-based).
    static let text = "{\n  \"name\": \"a \\\"b\\\" [c]\",\n  \"use_cases\": [\n    {\"n\": 1, \"v\": [true, null]},\n    {\"n\": \"é\", \"x\": {}}\n  ]\n}\n"

    @Test("Values are found by path at their line and column")
    func positions() {
        var index = JSONLocationIndex(bytes: Array(Self.text.utf8))
        #expect(index.position(of: []) == JSONPosition(line: 1, column: 1))
        #expect(index.position(of: [.key("name")]) == JSONPosition(line: 2, column: 11))
        #expect(index.position(of: [.key("use_cases")]) == JSONPosition(line: 3, column: 16))
        #expect(index.position(of: [.key("use_cases"), .index(0), .key("v"), .index(1)]) == JSONPosition(line: 4, column: 26))
        // "é" is two bytes; the column of what follows counts bytes.
        #expect(index.position(of: [.key("use_cases"), .index(1), .key("x")]) == JSONPosition(line: 5, column: 22))
        #expect(index.keyPosition(of: [.key("use_cases")]) == JSONPosition(line: 3, column: 3))
    }

    @Test("A path that is not there is nil, and the deepest value on it is found")
    func missing() {
        var index = JSONLocationIndex(bytes: Array(Self.text.utf8))
        #expect(index.position(of: [.key("use_cases"), .index(2)]) == nil)
        let deepest = index.deepestPosition(of: [.key("use_cases"), .index(1), .key("missing")])
        #expect(deepest.position == JSONPosition(line: 5, column: 5))
        #expect(deepest.matchedCount == 2)
    }

    @Test("Paths as messages write them split into components", arguments: [
        ("top level", [JSONPathComponent]()),
        ("use_cases[3].events_per_second", [.key("use_cases"), .index(3), .key("events_per_second")]),
        ("defaults.tier_latency_minutes.batch", [.key("defaults"), .key("tier_latency_minutes"), .key("batch")]),
        ("rules[0]", [.key("rules"), .index(0)]),
    ])
    func components(path: String, expected: [JSONPathComponent]) {
        #expect(JSONPathComponent.components(of: path) == expected)
    }
}
