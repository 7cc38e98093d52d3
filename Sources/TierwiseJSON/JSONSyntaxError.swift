/// Why a byte sequence is not a JSON document tierwise accepts, and where.
///
/// Line and column are 1-based; the column counts bytes, which is what an
/// editor shows for ASCII JSON.
public struct JSONSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was wrong, as a phrase ("expected ',' or '}' after an object member").
    public var message: String
    /// 1-based line of the offending byte.
    public var line: Int
    /// 1-based column (in bytes) of the offending byte.
    public var column: Int

    /// Creates an error at a position.
    public init(message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// "line 3, column 14: expected a value, found end of input".
    public var description: String {
        "line \(line), column \(column): \(message)"
    }
}
