import TierwiseModel

/// A use case with sensible values, any of which a test can change.
func makeUseCase(
    name: String = "use case",
    description: String = "Score events",
    tier: LatencyTier = .batch,
    eventsPerSecond: Double = 10,
    peakMultiplier: Double = 1,
    historical: Bool = false,
    ordering: Bool = false,
    exactlyOnce: Bool = false,
    revenue: Double = 0,
    costOfError: CostOfError = .low,
    complexity: ProcessingComplexity? = nil,
    parameters: CostParameters = CostParameters()
) -> UseCase {
    UseCase(
        name: name, description: description, dataSource: "events", latencyRequirement: tier,
        latencyJustification: "because", eventsPerSecond: eventsPerSecond, peakMultiplier: peakMultiplier,
        requiresHistoricalContext: historical, requiresOrdering: ordering, requiresExactlyOnce: exactlyOnce,
        revenueImpactPerMinuteDelayUSD: revenue, costOfError: costOfError, processingComplexity: complexity,
        costParameters: parameters)
}

/// |a − b| ≤ tolerance × max(1, |b|).
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}
