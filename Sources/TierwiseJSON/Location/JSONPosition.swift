/// A place in a JSON document: 1-based line and column, the column counting
/// bytes (what an editor shows for ASCII JSON), as in ``JSONSyntaxError``.
///
///     JSONPosition(line: 3, column: 14)
public struct JSONPosition: Sendable, Equatable, Hashable, Comparable {
    /// 1-based line.
    public var line: Int
    /// 1-based column, in bytes.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Document order.
    public static func < (lhs: JSONPosition, rhs: JSONPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
