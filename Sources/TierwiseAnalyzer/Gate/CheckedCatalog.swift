import TierwiseModel

/// A catalog given to `tierwise check`, as read: decoded with its warnings
/// and its source map, or invalid with its located problems.
public enum CheckedCatalog: Sendable {
    /// A catalog that decoded.
    case valid(file: String, catalog: Catalog, sourceMap: CatalogSourceMap, warnings: [LocatedIssue], warningCount: Int)
    /// A file that did not: every problem kept, with its place.
    case invalid(file: String, issues: [LocatedIssue])

    /// The file as given.
    public var file: String {
        switch self {
        case .valid(let file, _, _, _, _), .invalid(let file, _): file
        }
    }
}
