/// How long a piece of work takes in simulated time: a mean and a distribution.
///
///     ServiceTime(meanSeconds: 0.001, distribution: .exponential)  // M/M/1 service
public struct ServiceTime: Sendable, Equatable {
    /// The shape of the service-time distribution.
    public enum Distribution: String, CaseIterable, Sendable {
        /// Always the mean (the D of M/D/1).
        case deterministic
        /// Exponential with the mean (the M of M/M/1): coefficient of variation 1.
        case exponential
        /// Lognormal with the mean and ``ServiceTime/coefficientOfVariation``.
        case lognormal
    }

    /// Mean seconds per unit of work (an event, or a batch).
    public var meanSeconds: Double
    /// The distribution around the mean.
    public var distribution: Distribution
    /// Standard deviation over mean, for `lognormal` (ignored otherwise).
    public var coefficientOfVariation: Double

    /// Creates a `ServiceTime` from its parts.
    public init(meanSeconds: Double, distribution: Distribution = .deterministic, coefficientOfVariation: Double = 1) {
        self.meanSeconds = meanSeconds
        self.distribution = distribution
        self.coefficientOfVariation = coefficientOfVariation
    }

    /// No work at all.
    public static let zero = ServiceTime(meanSeconds: 0)

    /// The variance's coefficient, squared: 0, 1, or cv² (what Pollaczek–Khinchine needs).
    public var squaredCoefficientOfVariation: Double {
        switch distribution {
        case .deterministic: 0
        case .exponential: 1
        case .lognormal: coefficientOfVariation * coefficientOfVariation
        }
    }
}
