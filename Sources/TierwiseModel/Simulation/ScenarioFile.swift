/// A decoded scenario file: its scenarios and the warnings found on the way.
public struct ScenarioFile: Sendable, Equatable {
    /// The file's `name`, if it has one.
    public var name: String?
    /// The scenarios, in file order.
    public var scenarios: [SimulationScenario]
    /// Unknown fields (ignored, perhaps typos).
    public var warnings: [CatalogIssue]

    /// Creates a `ScenarioFile` from its parts.
    public init(name: String?, scenarios: [SimulationScenario], warnings: [CatalogIssue]) {
        self.name = name
        self.scenarios = scenarios
        self.warnings = warnings
    }
}
