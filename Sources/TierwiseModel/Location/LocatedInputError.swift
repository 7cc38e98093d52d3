/// Why a policy file or a saved analysis could not be used. Every case
/// names the file; `invalid` carries every problem, each with its JSON path,
/// line and column.
public enum LocatedInputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is not well-formed JSON.
    case malformedJSON(path: String, line: Int, column: Int, message: String)
    /// The JSON breaks the format's rules.
    case invalid(path: String, issues: [LocatedIssue])

    /// One line per problem, each starting with `FILE:LINE:COLUMN:` where there is a place.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read it: \(reason)"
        case .malformedJSON(let path, let line, let column, let message):
            "\(path):\(line):\(column): not valid JSON: \(message)"
        case .invalid(_, let issues): issues.map(\.description).joined(separator: "\n")
        }
    }

    /// The problems with their places (empty for an unreadable file).
    public var locatedIssues: [LocatedIssue] {
        switch self {
        case .unreadable: []
        case .malformedJSON(let path, let line, let column, let message):
            [LocatedIssue(location: SourceLocation(file: path, jsonPath: "top level", line: line, column: column),
                          message: "not valid JSON: " + message)]
        case .invalid(_, let issues): issues
        }
    }
}
