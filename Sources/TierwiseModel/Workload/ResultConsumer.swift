/// Who acts on a use case's results: people (who read dashboards and reports
/// minutes apart at best) or a machine (a service that acts on every result).
public enum ResultConsumer: String, CaseIterable, Sendable {
    /// People read the results (a dashboard, a report, an analyst).
    case people
    /// A program acts on each result (an authorization check, a shutdown, a re-ranking).
    case machine
}
