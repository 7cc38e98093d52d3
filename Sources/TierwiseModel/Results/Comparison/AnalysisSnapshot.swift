/// An analyzed catalog as comparisons and the gate read it: where it came
/// from, each use case's ``UseCaseSnapshot`` and the portfolio.
public struct AnalysisSnapshot: Sendable, Equatable {
    /// What the file was.
    public enum Source: String, Sendable {
        /// A catalog, analyzed for the comparison.
        case catalog
        /// A saved `tierwise analyze --format json` report.
        case savedAnalysis = "saved_analysis"
    }

    /// The file as given.
    public var file: String
    /// What the file was.
    public var source: Source
    /// The catalog's title, if any.
    public var catalogName: String?
    /// Per use case, in file order.
    public var useCases: [UseCaseSnapshot]
    /// The portfolio totals.
    public var portfolio: PortfolioSnapshot

    /// Creates an `AnalysisSnapshot` from its parts.
    public init(file: String, source: Source, catalogName: String?, useCases: [UseCaseSnapshot], portfolio: PortfolioSnapshot) {
        self.file = file
        self.source = source
        self.catalogName = catalogName
        self.useCases = useCases
        self.portfolio = portfolio
    }
}
