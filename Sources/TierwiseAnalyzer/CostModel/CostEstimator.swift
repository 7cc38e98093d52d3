import Foundation
import TierwiseModel

/// Estimates what each processing approach costs at a volume (seed 002,
/// `ProcessingCostEstimator`).
///
/// Infrastructure scales with the baseline and a logarithmic volume factor;
/// people costs scale with the approach's multipliers only.
///
///     let estimator = CostEstimator(parameters: CostParameters())
///     estimator.estimate(.batchSimple, eventsPerDay: 1_000_000).totalMonthlyUSD  // 5_525 (1,400 infrastructure + 27.5 h × 150)
public struct CostEstimator: Sendable {
    /// Hourly rate and baseline compute.
    public var parameters: CostParameters

    /// Creates a `CostEstimator` from its parts.
    public init(parameters: CostParameters = CostParameters()) {
        self.parameters = parameters
    }

    /// max(1, log10(events per day / 1,000,000 + 1)): 1 up to about 9 M events a day, then logarithmic.
    public static func volumeFactor(eventsPerDay: Double) -> Double {
        max(1, log10(eventsPerDay / 1_000_000 + 1))
    }

    /// The seed's `estimate_costs` for `approach` at `eventsPerDay`.
    public func estimate(_ approach: ProcessingApproach, eventsPerDay: Double) -> CostModel {
        let m = approach.multipliers
        let volume = Self.volumeFactor(eventsPerDay: eventsPerDay)
        let baseline = parameters.baselineMonthlyComputeUSD
        return CostModel(
            computeCostUSD: baseline * m.compute * volume,
            storageCostUSD: baseline * 0.3 * m.storage * volume,
            networkCostUSD: baseline * 0.1 * volume,
            engineeringHours: 20 * m.engineering,
            onCallHours: 10 * m.onCall,
            incidentResponseHours: 5 * m.onCall,
            initialDevelopmentDays: 20 * m.development,
            testingDays: 10 * m.development,
            hourlyRateUSD: parameters.hourlyRateUSD
        )
    }

    /// The seed's `compare_approaches`: each approach costed, in the order given.
    public func compare(
        eventsPerDay: Double, approaches: [ProcessingApproach] = ProcessingApproach.seedDefaultComparison
    ) -> [ApproachCost] {
        let volume = Self.volumeFactor(eventsPerDay: eventsPerDay)
        return approaches.map {
            ApproachCost(approach: $0, model: estimate($0, eventsPerDay: eventsPerDay), volumeFactor: volume)
        }
    }
}
