import Foundation
import TierwiseAnalyzer
import TierwiseModel

/// `tierwise simulate CATALOG`: every (or each named) use case's recommended
/// architecture, simulated against its workload.
public enum CatalogSimulator {
    /// The scenario of one use case: the tierwise model's recommendation (the
    /// analysis `analyze` writes by default) as stages, the tier's bound (the
    /// catalog's tier latencies) as the latency target.
    public static func scenario(
        for useCase: UseCase, latencies: TierLatencies, settings: DecisionSettings = DecisionSettings(),
        calibration: SimulationCalibration
    ) -> SimulationScenario {
        let analysis = CatalogAnalyzer.analyze(useCase, latencies: latencies, model: .tierwise, settings: settings)
        let tier = analysis.requirement.recommendedTier
        return SimulationScenario(
            name: useCase.name, workload: ArchitectureStages.workload(for: useCase),
            pipeline: ArchitectureStages.pipeline(for: useCase, recommendation: analysis.architecture, calibration: calibration),
            targets: SimulationTargets(
                latencyP99Seconds: latencies.minutes(for: tier) * 60, tier: tier.rawValue,
                requiresExactlyOnce: useCase.requiresExactlyOnce))
    }

    /// Simulates the use cases of `catalog` named in `names` (all when empty,
    /// in catalog order); an unknown name is an error naming the known ones.
    public static func simulate(
        _ catalog: Catalog, names: [String] = [], settings: SimulationSettings, calibration: SimulationCalibration,
        progress: (String) -> Void = { _ in }
    ) throws(SimulationError) -> SimulationReport {
        for name in names where !catalog.useCases.contains(where: { $0.name == name }) {
            throw .unknownUseCase(name: name, known: catalog.useCases.map(\.name))
        }
        let chosen = names.isEmpty ? catalog.useCases : catalog.useCases.filter { names.contains($0.name) }
        let decisionSettings = catalog.decisionSettings
        let scenarios = chosen.map {
            scenario(for: $0, latencies: catalog.tierLatencies, settings: decisionSettings, calibration: calibration)
        }
        return try simulate(scenarios, sourceName: catalog.name, settings: settings, calibration: calibration, progress: progress)
    }

    /// Simulates explicit scenarios (a scenario file).
    public static func simulate(
        _ scenarios: [SimulationScenario], sourceName: String?, settings: SimulationSettings, calibration: SimulationCalibration,
        progress: (String) -> Void = { _ in }
    ) throws(SimulationError) -> SimulationReport {
        let clock = ContinuousClock()
        let start = clock.now
        var results: [SimulationResult] = []
        for (index, scenario) in scenarios.enumerated() {
            var result = try ScenarioSimulator.simulate(scenario, settings: settings, calibration: calibration, progress: progress)
            if settings.runsLive {
                let seconds = min(result.simulatedSeconds, WallClockRunner.maximumSeconds)
                if WallClockRunner.ineligibility(scenario.pipeline) == nil {
                    progress("\(scenario.name): running live on the wall clock for " + SimulationDuration.format(seconds: seconds))
                }
                result.wallClock = WallClockRunner.run(scenario, seconds: seconds, seed: settings.seed)
            }
            results.append(result)
            // A line per scenario once the whole takes more than a second.
            let elapsed = PipelineRunner.seconds(clock.now - start)
            if elapsed > 1 {
                progress("\(index + 1) of \(scenarios.count) done (\(scenario.name)), "
                    + DisplayFormat.number(elapsed, decimals: 1) + " s")
            }
        }
        return SimulationReport(
            sourceName: sourceName, simulations: results, calibration: calibration, seed: settings.seed,
            replications: max(settings.replications, 1), wallSeconds: PipelineRunner.seconds(clock.now - start))
    }
}
