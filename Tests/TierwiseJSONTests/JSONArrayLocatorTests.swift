import Testing
@testable import TierwiseJSON

@Suite("JSON array locator")
struct JSONArrayLocatorTests {
    @Test("Element ranges parse to the same values as a full parse, escapes and brackets in strings included")
    func matchesFullParse() throws {
        let text = #"""
        {"name": "a \"quoted\" ] name", "skip": {"x": ["]", "}", "\\"]}, "use_cases": [
          {"n": "one \\", "v": [1, 2]},
          "two \\\" ] }",
          [3, {"deep": "\\\\"}],
          4.5e1, true, null
        ], "after": 1}
        """#
        let bytes = Array(text.utf8)
        let location = try #require(JSONArrayLocator.locate(member: "use_cases", in: bytes))
        guard case .array(let expected)? = try JSONParser.parse(bytes)["use_cases"] else { Issue.record("no array"); return }
        let located = try location.elements.map { try JSONParser.parse(bytes, range: $0, startingDepth: 2) }
        #expect(located == expected)
        #expect(located.count == 6)
    }

    @Test("Documents of another shape are left to the full parser", arguments: [
        #"[1, 2]"#, #"{"use_cases": {}}"#, #"{"other": [1]}"#, #"{"use_cases": [1, 2"#, #"{"use_cases": ["unterminated]}"#,
    ])
    func otherShapes(text: String) {
        #expect(JSONArrayLocator.locate(member: "use_cases", in: Array(text.utf8)) == nil)
    }
}
