/// How bad a wrong or missed result is for the business (the seed's `cost_of_error`).
public enum CostOfError: String, CaseIterable, Sendable, Comparable {
    case low, medium, high, critical

    private var rank: Int {
        switch self {
        case .low: 0
        case .medium: 1
        case .high: 2
        case .critical: 3
        }
    }

    /// From low to critical.
    public static func < (lhs: CostOfError, rhs: CostOfError) -> Bool { lhs.rank < rhs.rank }
}
