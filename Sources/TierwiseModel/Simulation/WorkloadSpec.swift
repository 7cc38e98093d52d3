/// The synthetic workload of a simulation: the rate, its shape, the keys and
/// the imperfections of real streams. Every field has a documented default
/// (docs/simulator.md, "Workloads").
public struct WorkloadSpec: Sendable, Equatable {
    // MARK: Rate
    /// Mean events per second.
    public var eventsPerSecond: Double
    /// Peak rate as a multiple of the mean (the "at peak" runs use it).
    public var peakMultiplier: Double
    /// How arrivals are spread.
    public var arrival: ArrivalProcess

    // MARK: Keys
    /// Distinct keys.
    public var keys: Int
    /// Zipf exponent of the key popularity (0: uniform).
    public var keySkew: Double

    // MARK: Imperfections
    /// Share of events whose event time lags their arrival (0 to 1).
    public var outOfOrdernessFraction: Double
    /// Mean of that lag (exponential), seconds.
    public var outOfOrdernessMeanSeconds: Double
    /// Share of events that are re-deliveries of an earlier id (0 to 1).
    public var duplicateFraction: Double
    /// Share of events that arrive after their window closed (0 to 1).
    public var lateFraction: Double
    /// Bytes per event on the wire (for partition sizing).
    public var eventBytes: Double

    /// Creates a `WorkloadSpec`; every field but the rate has its default.
    public init(
        eventsPerSecond: Double, peakMultiplier: Double = 1, arrival: ArrivalProcess = .poisson, keys: Int = 10_000,
        keySkew: Double = 0, outOfOrdernessFraction: Double = 0.05, outOfOrdernessMeanSeconds: Double = 1,
        duplicateFraction: Double = 0.001, lateFraction: Double = 0.001, eventBytes: Double = 500
    ) {
        self.eventsPerSecond = eventsPerSecond
        self.peakMultiplier = peakMultiplier
        self.arrival = arrival
        self.keys = keys
        self.keySkew = keySkew
        self.outOfOrdernessFraction = outOfOrdernessFraction
        self.outOfOrdernessMeanSeconds = outOfOrdernessMeanSeconds
        self.duplicateFraction = duplicateFraction
        self.lateFraction = lateFraction
        self.eventBytes = eventBytes
    }
}
