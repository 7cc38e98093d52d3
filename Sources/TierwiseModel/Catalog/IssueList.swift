/// Problems found in a catalog, in the order found: the first ``limit`` are
/// kept, the rest only counted, so a catalog of a million broken use cases
/// costs a hundred messages of memory and of standard error, not twelve
/// million (docs/catalog.md, "Limits").
///
///     var list = IssueList(limit: 1)
///     list.append(CatalogIssue(path: "a", message: "x"))
///     list.append(CatalogIssue(path: "b", message: "y"))
///     list.shown.count  // 1
///     list.totalCount   // 2
public struct IssueList: Sendable, Equatable {
    /// How many problems a report lists by default.
    public static let defaultLimit = 100

    /// The problems kept, the first ``limit`` found.
    public private(set) var shown: [CatalogIssue] = []
    /// Every problem found, kept or not.
    public private(set) var totalCount = 0
    /// How many are kept.
    public let limit: Int

    /// An empty list that keeps at most `limit` problems.
    public init(limit: Int = IssueList.defaultLimit) {
        self.limit = max(limit, 0)
    }

    /// True when nothing was found.
    public var isEmpty: Bool { totalCount == 0 }

    /// Problems found but not kept.
    public var hiddenCount: Int { totalCount - shown.count }

    /// Adds a problem found after every one already here.
    public mutating func append(_ issue: CatalogIssue) {
        totalCount += 1
        if shown.count < limit { shown.append(issue) }
    }

    /// Adds the problems of `other`, all found after these. The kept ones
    /// stay the first found, as long as `other` keeps as many as this list.
    public mutating func append(contentsOf other: IssueList) {
        for issue in other.shown { append(issue) }
        totalCount += other.hiddenCount
    }

    /// The same count with nothing kept: for problems past a budget already spent.
    public func countedOnly() -> IssueList {
        var counted = IssueList(limit: limit)
        counted.totalCount = totalCount
        return counted
    }
}
