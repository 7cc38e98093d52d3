/// Which processing style a team or platform is already strong in. Feeds the
/// decision matrix's "team experience" and "infrastructure" factors.
public enum Capability: String, CaseIterable, Sendable {
    /// Streaming (Kafka, Flink, Kubernetes-run stream jobs).
    case streaming
    /// Batch (Spark, a warehouse, schedulers).
    case batch
    /// Both, equally.
    case both
}
