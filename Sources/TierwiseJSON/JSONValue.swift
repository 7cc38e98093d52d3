/// A parsed JSON document node.
///
/// Objects keep their members in document order so that diagnostics can name
/// the first occurrence of a key and so that duplicate keys are not silently
/// merged (the catalog decoder reports them).
///
///     try JSONParser.parse(Array("{\"a\": [1, true]}".utf8))
///     // .object([JSONMember(key: "a", value: .array([.number(1), .bool(true)]))])
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([JSONMember])

    /// The first member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// A short description of the value for error messages: strings quoted,
    /// containers by kind, long text cut.
    ///
    ///     JSONValue.string("fast").excerpt   // "\"fast\""
    ///     JSONValue.array([]).excerpt        // "an array"
    public var excerpt: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return JSONNumberFormat.string(number) ?? "a non-finite number"
        case .string(let text):
            return VisibleText.quoted(text, limit: 40)
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension JSONValue {
    /// An object key as messages show it inside a JSON path: controls made
    /// visible and anything past 40 characters cut, so a 10 MB key costs a
    /// line, not 10 MB of standard error.
    public static func displayKey(_ key: String) -> String {
        VisibleText.escaped(key, limit: 40)
    }
}

/// One `"key": value` pair of a JSON object.
public struct JSONMember: Sendable, Equatable {
    /// The member's key, unescaped.
    public var key: String
    /// The member's value.
    public var value: JSONValue

    /// Creates a member.
    public init(key: String, value: JSONValue) {
        self.key = key
        self.value = value
    }
}
