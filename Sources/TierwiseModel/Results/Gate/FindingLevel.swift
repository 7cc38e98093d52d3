/// How much a finding weighs: an error fails the check, a warning fails it
/// under `--strict`, a note (a rule that could not be evaluated) never does.
public enum FindingLevel: String, CaseIterable, Sendable, Comparable {
    /// A `deny` rule failed, or the input is invalid.
    case error
    /// A `warn` rule failed, or the catalog has an unknown field.
    case warning
    /// Information only: for example a rule not evaluated for want of data.
    case note

    /// Errors first.
    public static func < (lhs: FindingLevel, rhs: FindingLevel) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
