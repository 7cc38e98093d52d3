/// Events moving through the simulated pipeline together: one generated
/// event (weight 1, or the sample scale), or several merged in a long batch.
struct Cohort: Sendable {
    /// Intended arrival at the source, simulated seconds (freshness starts here).
    var origin: Double
    /// Arrival at the current stage.
    var arrival: Double
    /// Events it stands for.
    var weight: Double
    /// Arrival minus event time, seconds (for freshness from event time).
    var lag: Double
}
