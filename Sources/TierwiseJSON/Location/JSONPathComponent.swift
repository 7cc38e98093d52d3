/// One step of a JSON path: an object member by key or an array element by index.
///
///     JSONPathComponent.components(of: "use_cases[3].name")
///     // [.key("use_cases"), .index(3), .key("name")]
public enum JSONPathComponent: Sendable, Equatable, Hashable {
    /// An object member.
    case key(String)
    /// An array element, 0-based.
    case index(Int)

    /// The components of a path as tierwise's messages write it (`a.b[3].c`;
    /// `top level` and the empty string are the root). Keys that themselves
    /// hold `.` or `[` cannot be told apart and are split there; a lookup of
    /// such a path finds the deepest value it can (see
    /// ``JSONLocationIndex/deepestPosition(of:)``).
    public static func components(of path: String) -> [JSONPathComponent] {
        if path.isEmpty || path == "top level" { return [] }
        var components: [JSONPathComponent] = []
        var key = ""
        var digits = ""
        var inIndex = false
        for character in path {
            if inIndex {
                if character == "]" {
                    if let index = Int(digits) { components.append(.index(index)) }
                    digits = ""
                    inIndex = false
                } else {
                    digits.append(character)
                }
                continue
            }
            switch character {
            case ".":
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
            case "[":
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
                inIndex = true
            default:
                key.append(character)
            }
        }
        if !key.isEmpty { components.append(.key(key)) }
        return components
    }
}
