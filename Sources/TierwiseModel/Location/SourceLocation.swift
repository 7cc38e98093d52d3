/// Where a finding or a problem is: the file, the JSON path of the value it
/// is about, and that value's line and column (1-based, the column in bytes).
///
///     SourceLocation(file: "catalogs/example.json", jsonPath: "use_cases[2].latency_requirement",
///                    line: 61, column: 30)
public struct SourceLocation: Sendable, Equatable, Hashable {
    /// The file as given on the command line.
    public var file: String
    /// The JSON path, as tierwise's messages write it (`use_cases[2].name`, `top level`).
    public var jsonPath: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, in bytes.
    public var column: Int

    /// Creates a `SourceLocation` from its parts.
    public init(file: String, jsonPath: String, line: Int, column: Int) {
        self.file = file
        self.jsonPath = jsonPath
        self.line = line
        self.column = column
    }
}
