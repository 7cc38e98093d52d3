/// One result of the gate: a rule that failed (or could not be evaluated)
/// for a use case or the portfolio, or a validation problem, with the figure,
/// the threshold and the place in the catalog it is about.
public struct GateFinding: Sendable, Equatable {
    /// The rule's id (``PolicyRule/id``), or `schema` / `unknown-field` for validation.
    public var ruleID: String
    /// The rule's index in the policy; nil for validation findings.
    public var ruleIndex: Int?
    /// Error, warning or note.
    public var level: FindingLevel
    /// Which catalog (its index in ``GateReport/catalogs``).
    public var catalogIndex: Int
    /// The use case's name; nil for portfolio and file findings.
    public var useCase: String?
    /// The use case's index in its catalog; nil for portfolio and file findings.
    public var useCaseIndex: Int?
    /// The figure found ("$1,250.00", "3 words"); nil when there is none.
    public var figure: String?
    /// The threshold it was held to ("$500.00 or 20%"); nil when there is none.
    public var threshold: String?
    /// One sentence naming the use case, the rule, the figure and the threshold.
    public var message: String
    /// The catalog value it is about.
    public var location: SourceLocation

    /// Creates a `GateFinding` from its parts.
    public init(
        ruleID: String, ruleIndex: Int?, level: FindingLevel, catalogIndex: Int, useCase: String?, useCaseIndex: Int?,
        figure: String?, threshold: String?, message: String, location: SourceLocation
    ) {
        self.ruleID = ruleID
        self.ruleIndex = ruleIndex
        self.level = level
        self.catalogIndex = catalogIndex
        self.useCase = useCase
        self.useCaseIndex = useCaseIndex
        self.figure = figure
        self.threshold = threshold
        self.message = message
        self.location = location
    }

    /// A short title for annotations: the rule and the use case.
    public var title: String {
        useCase.map { "tierwise \(ruleID): \($0)" } ?? "tierwise \(ruleID)"
    }
}
