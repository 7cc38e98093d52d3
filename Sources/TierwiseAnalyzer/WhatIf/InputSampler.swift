import Foundation
import TierwiseModel

/// Draws a value of an ``UncertainInput``: Beta-PERT (shape λ = 4: α = 1 + 4(m − a)/(b − a),
/// β = 1 + 4(b − m)/(b − a); Malcolm, Roseboom, Clark and Fazar, 1959) or triangular.
/// Gamma variates by Marsaglia and Tsang (2000), normals by Box–Muller; seeded, so the same
/// seed gives the same draws on every machine.
struct InputSampler {
    var generator: SplitMix64

    init(seed: UInt64) {
        generator = SplitMix64(seed: seed)
    }

    mutating func draw(_ range: UncertainInput, distribution: UncertainInput.Distribution) -> Double {
        let a = range.low, m = range.likely, b = range.high
        guard b > a else { return m }
        switch range.distribution ?? distribution {
        case .triangular:
            let u = generator.nextUnitDouble()
            let split = (m - a) / (b - a)
            return u < split ? a + ((u * (b - a) * (m - a))).squareRoot() : b - (((1 - u) * (b - a) * (b - m))).squareRoot()
        case .pert:
            let alpha = 1 + 4 * (m - a) / (b - a), beta = 1 + 4 * (b - m) / (b - a)
            let x = gamma(alpha), y = gamma(beta)
            let t = x + y > 0 ? x / (x + y) : 0.5
            return a + t * (b - a)
        }
    }

    /// Gamma(shape ≥ 1, scale 1).
    private mutating func gamma(_ shape: Double) -> Double {
        let d = shape - 1.0 / 3, c = 1 / (9 * d).squareRoot()
        while true {
            var x: Double, v: Double
            repeat {
                x = normal()
                v = 1 + c * x
            } while v <= 0
            v = v * v * v
            let u = generator.nextUnitDouble()
            if u < 1 - 0.0331 * x * x * x * x { return d * v }
            if u > 0, log(u) < 0.5 * x * x + d * (1 - v + log(v)) { return d * v }
        }
    }

    private mutating func normal() -> Double {
        let u1 = max(generator.nextUnitDouble(), .leastNormalMagnitude), u2 = generator.nextUnitDouble()
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }
}
