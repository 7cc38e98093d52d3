/// Two versions of a catalog compared (`tierwise diff BASE HEAD`): each use
/// case matched by name, what was added and removed, and the portfolio delta.
public struct CatalogComparison: Sendable, Equatable {
    /// BASE: the file and what it was.
    public var baseFile: String
    /// Whether BASE was a catalog or a saved analysis.
    public var baseSource: AnalysisSnapshot.Source
    /// HEAD: the file.
    public var headFile: String
    /// Whether HEAD was a catalog or a saved analysis.
    public var headSource: AnalysisSnapshot.Source
    /// HEAD's use cases in HEAD's order, then the removed ones in BASE's order.
    public var useCases: [UseCaseComparison]
    /// The portfolio.
    public var portfolio: PortfolioDelta

    /// Creates a `CatalogComparison` from its parts.
    public init(
        baseFile: String, baseSource: AnalysisSnapshot.Source, headFile: String, headSource: AnalysisSnapshot.Source,
        useCases: [UseCaseComparison], portfolio: PortfolioDelta
    ) {
        self.baseFile = baseFile
        self.baseSource = baseSource
        self.headFile = headFile
        self.headSource = headSource
        self.useCases = useCases
        self.portfolio = portfolio
    }

    /// How many use cases had `change`.
    public func count(_ change: UseCaseComparison.Change) -> Int { useCases.count { $0.change == change } }
}
