/// How a failure is recovered from (decision matrix "error recovery"): an
/// immediate retry favors streaming, rerunning a whole batch favors batch.
public enum ErrorRecovery: String, CaseIterable, Sendable {
    case immediateRetry = "immediate_retry"
    case rerunBatch = "rerun_batch"
}
