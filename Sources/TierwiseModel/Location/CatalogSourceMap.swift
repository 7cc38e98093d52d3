import TierwiseJSON

/// Line and column of the values of one catalog (or policy, or saved
/// analysis) file, by JSON path: what located findings and located
/// validation errors point at. Built from the file's bytes beside the
/// decoder, so decoding pays nothing for it (``JSONLocationIndex``).
///
///     var map = CatalogSourceMap(file: "c.json", bytes: bytes)
///     map.location(useCaseAt: 3, field: "latency_requirement")  // the value's line and column
public struct CatalogSourceMap: Sendable {
    /// The file as given on the command line.
    public let file: String
    private var index: JSONLocationIndex

    /// Indexes the bytes of `file`.
    public init(file: String, bytes: [UInt8]) {
        self.file = file
        self.index = JSONLocationIndex(bytes: bytes)
    }

    /// The value at `jsonPath` as messages write it (`use_cases[3].events_per_second`,
    /// `top level`); when it is not in the file (a missing member) the
    /// deepest value on the path that is, for example the use case object.
    public mutating func location(ofPath jsonPath: String) -> SourceLocation {
        let found = index.deepestPosition(of: JSONPathComponent.components(of: jsonPath))
        return SourceLocation(file: file, jsonPath: jsonPath, line: found.position.line, column: found.position.column)
    }

    /// The value of `field` of the use case at `useCaseIndex`, or the use
    /// case object when `field` is nil or missing.
    public mutating func location(useCaseAt useCaseIndex: Int, field: String?) -> SourceLocation {
        var path = "use_cases[\(useCaseIndex)]"
        if let field { path += "." + field }
        return location(ofPath: path)
    }

    /// The `use_cases` key of the top-level object (where portfolio findings
    /// land); the document's start when there is none.
    public mutating func useCasesKeyLocation() -> SourceLocation {
        let position = index.keyPosition(of: [.key("use_cases")]) ?? index.position(atOffset: 0)
        return SourceLocation(file: file, jsonPath: "use_cases", line: position.line, column: position.column)
    }

    /// True when the top-level object has a member named `key`.
    public mutating func hasTopLevelMember(_ key: String) -> Bool {
        index.contains([.key(key)])
    }
}

extension CatalogSourceMap {
    /// `issues` of this file with their line and column.
    public mutating func located(_ issues: [CatalogIssue]) -> [LocatedIssue] {
        issues.map { LocatedIssue(location: location(ofPath: $0.path), message: $0.message) }
    }

    /// The problems of a catalog error with their places: a syntax error at
    /// its own line and column, an unreadable file at its start.
    public mutating func located(_ error: CatalogError) -> [LocatedIssue] {
        switch error {
        case .unreadable, .tooLarge:
            [LocatedIssue(location: SourceLocation(file: file, jsonPath: "top level", line: 1, column: 1),
                          message: error.description)]
        case .malformedJSON(_, let syntax):
            [LocatedIssue(location: SourceLocation(file: file, jsonPath: "top level", line: syntax.line, column: syntax.column),
                          message: "not valid JSON: \(syntax.message)")]
        case .invalid(_, let issues, _):
            located(issues)
        }
    }
}
