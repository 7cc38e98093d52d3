import Foundation
import Testing
import TierwiseModel
@testable import TierwiseSimulator

/// The simulator against queueing theory. Every expected value is worked out
/// here from the textbook formula, never read from the simulator's output;
/// runs are long enough for 5% (a few hundred thousand events) and seeded.
@Suite("Queueing theory")
struct QueueingTheoryTests {
    /// A workload with no imperfections: every event reaches the stages.
    static func clean(rate: Double, arrival: ArrivalProcess) -> WorkloadSpec {
        WorkloadSpec(eventsPerSecond: rate, arrival: arrival, keys: 100, outOfOrdernessFraction: 0, duplicateFraction: 0,
                     lateFraction: 0)
    }

    static func run(
        _ stage: StageSpec, rate: Double, arrival: ArrivalProcess = .poisson, seconds: Double, seed: UInt64 = 7
    ) throws -> SimulationRun {
        let scenario = SimulationScenario(
            name: "queue", workload: clean(rate: rate, arrival: arrival),
            pipeline: PipelineSpec(pattern: "custom", approach: "custom", stages: [stage]),
            targets: SimulationTargets(latencyP99Seconds: nil))
        let runner = PipelineRunner(
            scenario: scenario, horizonSeconds: seconds, warmupSeconds: seconds / 10, seed: seed, maximumEvents: 10_000_000)
        return try runner.run(atPeak: false)
    }

    static func within(_ measured: Double?, _ expected: Double, _ tolerance: Double = 0.05) -> Bool {
        guard let measured else { return false }
        return abs(measured - expected) <= tolerance * expected
    }

    @Test("A periodic trigger T with uniform arrivals: mean freshness T/2, maximum T")
    func periodicTrigger() throws {
        let period = 10.0
        let run = try Self.run(StageSpec(name: "batch", trigger: .every(intervalSeconds: period)), rate: 200, arrival: .constant,
                               seconds: 2_000)
        #expect(Self.within(run.latencySeconds.mean, period / 2))
        #expect(Self.within(run.latencySeconds.max, period))
        // Uniform waits on [0, T): p99 = 0.99 T.
        #expect(Self.within(run.latencySeconds.p99, 0.99 * period))
    }

    @Test("M/D/1: mean wait ρ/(2μ(1−ρ))")
    func mD1() throws {
        let lambda = 700.0, mu = 1_000.0, rho = lambda / mu
        let expectedWait = rho / (2 * mu * (1 - rho))
        let run = try Self.run(StageSpec(name: "q", trigger: .continuous, perEvent: ServiceTime(meanSeconds: 1 / mu)),
                               rate: lambda, seconds: 600)
        let wait = run.stages[0].latencySeconds.mean.map { $0 - 1 / mu }
        #expect(Self.within(wait, expectedWait), "wait \(String(describing: wait)) vs \(expectedWait)")
    }

    @Test("M/M/1: mean time in system 1/(μ−λ), p99 ln(100)/(μ−λ)")
    func mM1() throws {
        let lambda = 700.0, mu = 1_000.0
        let run = try Self.run(
            StageSpec(name: "q", trigger: .continuous, perEvent: ServiceTime(meanSeconds: 1 / mu, distribution: .exponential)),
            rate: lambda, seconds: 600)
        let latency = run.stages[0].latencySeconds
        #expect(Self.within(latency.mean, 1 / (mu - lambda)), "mean \(String(describing: latency.mean))")
        #expect(Self.within(latency.p99, log(100) / (mu - lambda)), "p99 \(String(describing: latency.p99))")
    }

    @Test("M/M/c: mean time in system from Erlang C")
    func mMc() throws {
        let lambda = 700.0, mu = 250.0, servers = 4
        let a = lambda / mu, rho = a / Double(servers)
        var factorial = 1.0, partial = 0.0, term = 1.0
        for k in 0..<servers {
            if k > 0 { factorial *= Double(k); term = pow(a, Double(k)) / factorial }
            partial += term
        }
        let top = pow(a, Double(servers)) / (factorial * Double(servers)) / (1 - rho)
        let erlangC = top / (partial + top)
        let expected = erlangC / (Double(servers) * mu - lambda) + 1 / mu
        let run = try Self.run(
            StageSpec(name: "q", trigger: .continuous, perEvent: ServiceTime(meanSeconds: 1 / mu, distribution: .exponential),
                      parallelism: servers),
            rate: lambda, seconds: 600)
        #expect(Self.within(run.stages[0].latencySeconds.mean, expected), "mean \(String(describing: run.stages[0].latencySeconds.mean)) vs \(expected)")
    }

    @Test("Little's law: the sampled number in the stage is λ times the mean time in it")
    func littlesLaw() throws {
        let stages: [StageSpec] = [
            StageSpec(name: "q", trigger: .continuous, perEvent: ServiceTime(meanSeconds: 0.001, distribution: .exponential)),
            StageSpec(name: "b", trigger: .every(intervalSeconds: 2), perBatch: ServiceTime(meanSeconds: 0.2)),
        ]
        for stage in stages {
            let run = try Self.run(stage, rate: 700, seconds: 600)
            let ratio = try #require(run.stages[0].littlesLawRatio)
            #expect(abs(ratio - 1) <= 0.05, "\(stage.name): L/(λW) = \(ratio)")
        }
    }

    @Test("An overloaded stage (λ > μ) is unstable: no latency figures, never NaN")
    func overload() throws {
        let run = try Self.run(StageSpec(name: "q", trigger: .continuous, perEvent: ServiceTime(meanSeconds: 0.001)),
                               rate: 1_200, seconds: 60)
        #expect(!run.isStable)
        #expect(run.stages[0].offeredLoad > 1.1)
        #expect(run.latencySeconds == .unavailable || run.latencySeconds.mean == nil)
        #expect(run.series.allSatisfy { $0.meanLatencySeconds == nil })
        // The backlog grows: later samples hold more than earlier ones.
        #expect(run.series[40].backlogEvents > run.series[10].backlogEvents * 2)
    }
}
