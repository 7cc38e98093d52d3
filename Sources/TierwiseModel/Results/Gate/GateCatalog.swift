/// One catalog the gate checked.
public struct GateCatalog: Sendable, Equatable {
    /// The file as given.
    public var file: String
    /// Its use cases' names, in file order (empty when it is invalid).
    public var useCaseNames: [String]
    /// True when it decoded.
    public var isValid: Bool
    /// Unknown fields found (all of them, shown or not).
    public var warningCount: Int

    /// Creates a `GateCatalog` from its parts.
    public init(file: String, useCaseNames: [String], isValid: Bool, warningCount: Int) {
        self.file = file
        self.useCaseNames = useCaseNames
        self.isValid = isValid
        self.warningCount = warningCount
    }
}
