/// One problem at one place in a catalog.
///
///     CatalogIssue(path: "use_cases[3].events_per_second",
///                  message: "expected a non-negative number, got \"fast\"")
public struct CatalogIssue: Sendable, Equatable, CustomStringConvertible {
    /// Where: a JSON path such as `use_cases[3].events_per_second`, or `top level`.
    public var path: String
    /// What was expected and what was found.
    public var message: String

    /// Creates a `CatalogIssue` from its parts.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// "use_cases[3].events_per_second: expected …".
    public var description: String { "\(path): \(message)" }
}
