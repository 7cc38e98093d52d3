import Foundation
import TierwiseModel

/// Generates synthetic, valid use-case catalogs for what-if work and benchmarks.
///
/// Each use case is drawn from one of the seeds' archetypes (fraud detection,
/// recommendations, industrial IoT, dashboards, regulatory reporting, …) with
/// its rate, peak, delay cost and stated tier varied around the archetype.
/// The same count and seed always give the same catalog.
public struct CatalogGenerator: Sendable {
    /// How many use cases to generate.
    public var count: Int
    /// The random seed.
    public var seed: UInt64

    /// Creates a `CatalogGenerator` from its parts.
    public init(count: Int, seed: UInt64 = 42) {
        self.count = count
        self.seed = seed
    }

    /// The generated catalog.
    public func generate() -> Catalog {
        var random = SplitMix64(seed: seed)
        let width = max(4, String(count).count)
        var useCases: [UseCase] = []
        useCases.reserveCapacity(count)
        for index in 0..<count {
            let archetype = Archetype.all[Int(random.next() % UInt64(Archetype.all.count))]
            useCases.append(archetype.instance(number: index + 1, width: width, random: &random))
        }
        return Catalog(name: "Synthetic catalog (\(count) use cases, seed \(seed))", useCases: useCases)
    }
}

/// One kind of use case the seeds describe, with the ranges it is drawn from.
struct Archetype: Sendable {
    var slug: String
    var description: String
    var dataSource: String
    var justification: String
    var tiers: [LatencyTier]
    var eventsPerSecond: ClosedRange<Double>
    var peak: ClosedRange<Double>
    var revenuePerMinute: ClosedRange<Double>
    var costsOfError: [CostOfError]
    var historical: Bool
    var ordering: Bool
    var exactlyOnce: Bool
    var complexity: ProcessingComplexity?

    func instance(number: Int, width: Int, random: inout SplitMix64) -> UseCase {
        var digits = String(number)
        while digits.count < width { digits = "0" + digits }
        return UseCase(
            name: "\(slug)-\(digits)",
            description: description,
            dataSource: dataSource,
            latencyRequirement: tiers[Int(random.next() % UInt64(tiers.count))],
            latencyJustification: justification,
            eventsPerSecond: rounded(logUniform(eventsPerSecond, &random), places: 1),
            peakMultiplier: rounded(uniform(peak, &random), places: 1),
            requiresHistoricalContext: historical,
            requiresOrdering: ordering,
            requiresExactlyOnce: exactlyOnce,
            revenueImpactPerMinuteDelayUSD: rounded(logUniform(revenuePerMinute, &random), places: 0),
            costOfError: costsOfError[Int(random.next() % UInt64(costsOfError.count))],
            processingComplexity: complexity
        )
    }

    private func uniform(_ range: ClosedRange<Double>, _ random: inout SplitMix64) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * random.nextUnitDouble()
    }

    private func logUniform(_ range: ClosedRange<Double>, _ random: inout SplitMix64) -> Double {
        let low = log(max(range.lowerBound, 0.01)), high = log(max(range.upperBound, 0.01))
        return exp(low + (high - low) * random.nextUnitDouble())
    }

    private func rounded(_ value: Double, places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }

    static let all: [Archetype] = [
        Archetype(slug: "fraud-detection", description: "Score card transactions and block suspected fraud before authorization completes",
                  dataSource: "payment authorization stream", justification: "A fraudulent charge must be stopped before it settles",
                  tiers: [.realTime, .nearRealTime], eventsPerSecond: 200...20_000, peak: 2...5, revenuePerMinute: 500...20_000,
                  costsOfError: [.high, .critical], historical: true, ordering: false, exactlyOnce: true, complexity: .moderate),
        Archetype(slug: "recommendations", description: "Update product recommendations from clicks and cart events",
                  dataSource: "clickstream", justification: "Recommendations should reflect the current session",
                  tiers: [.realTime, .nearRealTime, .microBatch], eventsPerSecond: 1_000...50_000, peak: 2...8,
                  revenuePerMinute: 20...2_000, costsOfError: [.low, .medium], historical: true, ordering: false, exactlyOnce: false,
                  complexity: .complex),
        Archetype(slug: "iot-maintenance", description: "Detect vibration and temperature anomalies on factory equipment",
                  dataSource: "industrial sensor telemetry", justification: "A failing bearing must trigger a shutdown quickly",
                  tiers: [.realTime, .nearRealTime, .microBatch], eventsPerSecond: 500...150_000, peak: 1...3,
                  revenuePerMinute: 50...5_000, costsOfError: [.medium, .high, .critical], historical: false, ordering: true,
                  exactlyOnce: false, complexity: .simple),
        Archetype(slug: "ops-dashboard", description: "Executive KPI dashboard of orders and revenue",
                  dataSource: "order events", justification: "Executives want to see live numbers",
                  tiers: [.realTime, .nearRealTime, .microBatch, .miniBatch], eventsPerSecond: 10...5_000, peak: 1.5...4,
                  revenuePerMinute: 0...300, costsOfError: [.low, .medium], historical: true, ordering: false, exactlyOnce: false,
                  complexity: .moderate),
        Archetype(slug: "regulatory-report", description: "Produce the daily regulatory capital report",
                  dataSource: "general ledger extracts", justification: "The regulator expects it each morning",
                  tiers: [.batch, .miniBatch], eventsPerSecond: 1...200, peak: 1...2, revenuePerMinute: 0...50,
                  costsOfError: [.high, .critical], historical: true, ordering: true, exactlyOnce: true, complexity: .complex),
        Archetype(slug: "ml-training", description: "Retrain the churn model on the full customer history",
                  dataSource: "customer event warehouse", justification: "The model is retrained nightly",
                  tiers: [.batch, .miniBatch], eventsPerSecond: 100...10_000, peak: 1...2, revenuePerMinute: 0...20,
                  costsOfError: [.low, .medium], historical: true, ordering: false, exactlyOnce: false, complexity: .complex),
        Archetype(slug: "inventory", description: "Keep store inventory levels current for online availability",
                  dataSource: "point-of-sale and warehouse events", justification: "Overselling out-of-stock items costs refunds",
                  tiers: [.nearRealTime, .microBatch, .miniBatch], eventsPerSecond: 50...8_000, peak: 2...6,
                  revenuePerMinute: 100...3_000, costsOfError: [.medium, .high], historical: false, ordering: true,
                  exactlyOnce: true, complexity: .simple),
        Archetype(slug: "dynamic-pricing", description: "Adjust prices from demand and competitor signals",
                  dataSource: "demand and competitor price feeds", justification: "Prices should follow demand within minutes",
                  tiers: [.realTime, .nearRealTime, .microBatch, .batch], eventsPerSecond: 20...3_000, peak: 1.5...5,
                  revenuePerMinute: 200...8_000, costsOfError: [.medium, .high], historical: true, ordering: false,
                  exactlyOnce: false, complexity: .moderate),
    ]
}
