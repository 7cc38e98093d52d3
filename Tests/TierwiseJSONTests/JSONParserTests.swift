import Testing
@testable import TierwiseJSON

private func parse(_ text: String, maximumDepth: Int = JSONParser.defaultMaximumDepth) throws(JSONSyntaxError) -> JSONValue {
    try JSONParser.parse(Array(text.utf8), maximumDepth: maximumDepth)
}

@Suite("JSON parser")
struct JSONParserTests {
    // MARK: - Values

    @Test("Objects keep member order and nest arrays")
    func objectsKeepOrder() throws {
        let value = try parse(#"{"b": 1, "a": [true, false, null], "c": {"d": "e"}}"#)
        guard case .object(let members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a", "c"])
        #expect(value["a"] == .array([.bool(true), .bool(false), .null]))
        #expect(value["c"]?["d"] == .string("e"))
    }

    @Test("Numbers follow the JSON grammar", arguments: [
        ("0", 0.0), ("-12", -12.0), ("3.25", 3.25), ("1e3", 1000.0), ("2.5E-2", 0.025), ("-0.5e+1", -5.0),
    ])
    func numbers(text: String, expected: Double) throws {
        #expect(try parse(text) == .number(expected))
    }

    @Test("An out-of-range literal parses to infinity for the decoder to reject")
    func hugeNumber() throws {
        guard case .number(let value) = try parse("1e999") else { Issue.record("not a number"); return }
        #expect(value == .infinity)
    }

    @Test("String escapes, including a surrogate pair, decode")
    func escapes() throws {
        #expect(try parse(#""a\"b\\c\/d\n\t\u00e9\ud83d\ude00""#) == .string("a\"b\\c/d\n\té😀"))
    }

    @Test("A UTF-8 byte order mark is tolerated")
    func byteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8)) == .array([.number(1)]))
    }

    // MARK: - Errors

    @Test("Malformed input is reported with line and column", arguments: [
        ("{\n  \"a\": 1,\n}", 3, 1, "expected a quoted member name"),
        ("[1, 2", 1, 6, "expected ',' or ']'"),
        ("{\"a\": tru}", 1, 7, "expected a value"),
        ("[01]", 1, 3, "leading zero"),
        ("\"abc", 1, 1, "unterminated string"),
        ("[1] 2", 1, 5, "after the end of the document"),
        ("", 1, 1, "found end of input"),
        ("[\"a\u{01}\"]", 1, 4, "control character"),
    ])
    func malformed(text: String, line: Int, column: Int, fragment: String) {
        do {
            _ = try parse(text)
            Issue.record("expected an error for \(text.debugDescription)")
        } catch {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(error.message.contains(fragment), "\(error.message)")
        }
    }

    @Test("Nesting deeper than the limit is an error, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try parse(deep) }
        #expect(throws: Never.self) { try parse("[[[1]]]", maximumDepth: 3) }
        #expect(throws: JSONSyntaxError.self) { try parse("[[[[1]]]]", maximumDepth: 3) }
    }

    @Test("Invalid UTF-8 inside a string is an error")
    func invalidUTF8() {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse([0x22, 0xFF, 0x22]) }
    }

    @Test("A lone surrogate escape is an error")
    func loneSurrogate() {
        #expect(throws: JSONSyntaxError.self) { try parse(#""\ud83d""#) }
    }
}
