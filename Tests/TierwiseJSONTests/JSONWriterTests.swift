import Testing
@testable import TierwiseJSON

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("Pretty output has two-space indentation and a final newline")
    func prettyLayout() {
        var writer = JSONWriter()
        writer.beginObject()
        writer.member("a", 1.0)
        writer.key("b"); writer.beginArray(); writer.bool(true); writer.null(); writer.endArray()
        writer.key("c"); writer.beginObject(); writer.endObject()
        writer.endObject()
        #expect(writer.text == "{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null\n  ],\n  \"c\": {}\n}\n")
    }

    @Test("Containers deeper than the line-break depth are written inline")
    func inlineLeaves() throws {
        var writer = JSONWriter(lineBreakDepth: 1)
        writer.beginObject()
        writer.key("row"); writer.beginObject(); writer.member("a", 1.0); writer.member("b", "x"); writer.endObject()
        writer.key("list"); writer.beginArray(); writer.integer(1); writer.integer(2); writer.endArray()
        writer.key("empty"); writer.beginArray(); writer.endArray()
        writer.endObject()
        #expect(writer.text == "{\n  \"row\": {\"a\": 1, \"b\": \"x\"},\n  \"list\": [1, 2],\n  \"empty\": []\n}\n")
        _ = try JSONParser.parse(writer.bytes)
    }

    @Test("An inline container keeps its children on its line")
    func inlineContainer() {
        var writer = JSONWriter()
        writer.beginArray()
        writer.beginObject(inline: true); writer.key("a"); writer.beginArray(); writer.integer(1); writer.endArray(); writer.endObject()
        writer.beginObject(); writer.member("b", 2); writer.endObject()
        writer.endArray()
        #expect(writer.text == "[\n  {\"a\": [1]},\n  {\n    \"b\": 2\n  }\n]\n")
    }

    @Test("Money is written to the cent", arguments: [
        (7029.2088, "7029.21"), (1234.5, "1234.5"), (5525.0, "5525"), (-0.05, "-0.05"), (-150.0, "-150"), (-1.5, "-1.5"),
        (0.004, "0"), (-0.004, "0"), (.infinity, "null"),
    ])
    func money(value: Double, expected: String) {
        var writer = JSONWriter(pretty: false)
        writer.money(value)
        #expect(writer.text == expected)
    }

    @Test("Compact output is one line")
    func compact() {
        var writer = JSONWriter(pretty: false)
        writer.beginArray(); writer.integer(1); writer.string("x"); writer.endArray()
        #expect(writer.text == "[1,\"x\"]")
    }

    @Test("Non-finite numbers become null, so the document stays valid")
    func nonFinite() throws {
        var writer = JSONWriter(pretty: false)
        writer.beginArray(); writer.number(.infinity); writer.number(-.infinity); writer.number(.nan); writer.endArray()
        #expect(writer.text == "[null,null,null]")
        #expect(try JSONParser.parse(writer.bytes) == .array([.null, .null, .null]))
    }

    @Test("Strings with quotes, backslashes and control characters round-trip")
    func stringRoundTrip() throws {
        let awkward = "quote \" backslash \\ newline \n tab \t bell \u{07} pipe | é 😀"
        var writer = JSONWriter(pretty: false)
        writer.beginObject(); writer.key(dynamic: awkward); writer.string(awkward); writer.endObject()
        let parsed = try JSONParser.parse(writer.bytes)
        #expect(parsed == .object([JSONMember(key: awkward, value: .string(awkward))]))
    }

    @Test("Numbers print in one fixed format", arguments: [
        (1500.0, "1500"), (0.1, "0.1"), (-0.0, "0"), (2.5, "2.5"), (1e-5, "1e-05"), (1e20, "1e+20"), (-42.0, "-42"),
    ])
    func numberFormat(value: Double, expected: String) {
        #expect(JSONNumberFormat.string(value) == expected)
    }

    @Test("Every printed number parses back to the same value", arguments: [0.1, 1.0 / 3.0, 123_456.789, 9.99e14, 2.0e15, Double.leastNonzeroMagnitude])
    func numberRoundTrip(value: Double) throws {
        let text = try #require(JSONNumberFormat.string(value))
        #expect(try JSONParser.parse(Array(text.utf8)) == .number(value))
    }
}
