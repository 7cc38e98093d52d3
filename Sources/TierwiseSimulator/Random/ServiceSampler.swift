import Foundation
import TierwiseModel

/// Draws service times from a ``ServiceTime`` with a seeded generator.
///
/// Exponential by inversion (−mean·ln U); lognormal with the mean and
/// coefficient of variation kept (σ² = ln(1 + cv²), μ = ln(mean) − σ²/2),
/// its normal by Box–Muller. Deterministic draws consume no random numbers.
struct ServiceSampler: Sendable {
    private let mean: Double
    private let kind: ServiceTime.Distribution
    private let mu: Double
    private let sigma: Double

    init(_ time: ServiceTime) {
        mean = max(time.meanSeconds, 0)
        kind = mean > 0 ? time.distribution : .deterministic
        let variance = log1p(max(time.coefficientOfVariation, 0) * max(time.coefficientOfVariation, 0))
        sigma = variance.squareRoot()
        mu = mean > 0 ? log(mean) - variance / 2 : 0
    }

    /// True when every draw is the mean.
    var isDeterministic: Bool { kind == .deterministic }

    /// The mean, seconds.
    var meanSeconds: Double { mean }

    /// One draw, seconds (finite and non-negative).
    @inline(__always)
    func draw(_ random: inout SplitMix64) -> Double {
        switch kind {
        case .deterministic:
            return mean
        case .exponential:
            // 1 − U is in (0, 1]: the logarithm is finite.
            return mean * FastLogarithm.standardExponential(&random)
        case .lognormal:
            let u1 = 1 - random.nextUnitDouble(), u2 = random.nextUnitDouble()
            let normal = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
            return exp(mu + sigma * normal)
        }
    }
}
