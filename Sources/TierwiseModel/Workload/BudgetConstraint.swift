/// Whether the budget can absorb a more expensive approach (decision matrix "budget").
public enum BudgetConstraint: String, CaseIterable, Sendable {
    case flexible, constrained
}
