/// One problem in an input file with its place: file, JSON path, line and column.
///
///     LocatedIssue(location: SourceLocation(file: "p.json", jsonPath: "rules[0].level", line: 4, column: 16),
///                  message: "expected deny or warn, got \"block\"")
///     // p.json:4:16: rules[0].level: expected deny or warn, got "block"
public struct LocatedIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where.
    public var location: SourceLocation
    /// What was expected and what was found.
    public var message: String

    /// Creates a `LocatedIssue` from its parts.
    public init(location: SourceLocation, message: String) {
        self.location = location
        self.message = message
    }

    /// `FILE:LINE:COLUMN: PATH: message`.
    public var description: String {
        "\(location.file):\(location.line):\(location.column): \(location.jsonPath): \(message)"
    }
}
