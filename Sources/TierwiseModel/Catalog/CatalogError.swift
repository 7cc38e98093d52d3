/// Why a catalog could not be used. Every case names the file; `invalid`
/// carries every problem found, not just the first.
public enum CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read.
    case unreadable(path: String, reason: String)
    /// The file is larger than tierwise reads.
    case tooLarge(path: String, sizeBytes: Int, limitBytes: Int)
    /// The file is not well-formed JSON.
    case malformedJSON(path: String, error: JSONSyntaxErrorSummary)
    /// The JSON is well-formed but breaks the catalog's rules: the first
    /// problems found (at most ``IssueList/defaultLimit``) and how many there are in all.
    case invalid(path: String, issues: [CatalogIssue], totalCount: Int)

    /// One line per problem, each starting with the file path.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): cannot read the catalog: \(reason)"
        case .tooLarge(let path, let size, let limit):
            return "\(path): the catalog is \(size) bytes; tierwise reads catalogs of at most \(limit) bytes"
        case .malformedJSON(let path, let error):
            return "\(path): not valid JSON: line \(error.line), column \(error.column): \(error.message)"
        case .invalid(let path, let issues, let totalCount):
            var lines = issues.map { "\(path): \($0)" }
            if totalCount > issues.count {
                lines.append("\(path): … and \(totalCount - issues.count) more problems, \(totalCount) in all; "
                    + "the first \(issues.count) are listed")
            }
            return lines.joined(separator: "\n")
        }
    }
}

/// The parts of a JSON syntax error a catalog error reports.
public struct JSONSyntaxErrorSummary: Sendable, Equatable {
    /// What was wrong.
    public var message: String
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column, in bytes.
    public var column: Int

    /// Creates a `JSONSyntaxErrorSummary` from its parts.
    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }
}
