/// A catalog decoded from JSON, with the warnings found on the way (unknown
/// fields, which are ignored but may be typos).
public struct LoadedCatalog: Sendable, Equatable {
    /// The catalog.
    public var catalog: Catalog
    /// Fields tierwise does not know; the catalog is still used. At most
    /// ``IssueList/defaultLimit`` are kept; ``warningCount`` counts them all.
    public var warnings: [CatalogIssue]
    /// How many warnings were found, kept or not.
    public var warningCount: Int
}
