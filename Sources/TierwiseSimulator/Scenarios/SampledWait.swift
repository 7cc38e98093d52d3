import Foundation
import TierwiseModel

/// The steady-state waiting time of a continuous stage at its full load, for
/// sampled runs, where one simulated event stands for many and queueing the
/// sample would make each wait behind its own stand-ins.
///
/// An arrival waits with probability C (Erlang C for c servers at offered
/// load a = λ·E[S], from the stable Erlang B recursion), and then for an
/// exponential time of mean 1/(cμ − λ) scaled by (1 + cs²)/2 (Allen–Cunneen:
/// exact for M/M/c, Pollaczek–Khinchine's mean for M/G/1). At ρ ≥ 1 there is
/// no steady state: the stage is reported unstable and the draw is 0.
struct SampledWait: Sendable {
    let waitProbability: Double
    let meanWaitWhenWaiting: Double

    init(rate: Double, service: ServiceTime, servers: Int) {
        let mean = max(service.meanSeconds, 0)
        let load = rate * mean
        let c = Double(servers)
        guard mean > 0, load < c else {
            waitProbability = 0
            meanWaitWhenWaiting = 0
            return
        }
        var erlangB = 1.0
        for k in 1...servers { erlangB = load * erlangB / (Double(k) + load * erlangB) }
        let rho = load / c
        waitProbability = erlangB / (1 - rho * (1 - erlangB))
        meanWaitWhenWaiting = (1 + service.squaredCoefficientOfVariation) / 2 / (c / mean - rate)
    }

    @inline(__always)
    func draw(_ random: inout SplitMix64) -> Double {
        guard waitProbability > 0, random.nextUnitDouble() < waitProbability else { return 0 }
        return meanWaitWhenWaiting * FastLogarithm.standardExponential(&random)
    }
}
