/// How generated events are spread over time (open loop: the schedule never
/// waits for the pipeline).
public enum ArrivalProcess: String, CaseIterable, Sendable {
    /// Evenly spaced at the rate.
    case constant
    /// Poisson: exponential gaps at the rate.
    case poisson
    /// Poisson with a 24-hour sine rate, lowest at midnight and highest at
    /// noon, peaking at the peak multiplier (at most 2× the mean; the mean is kept).
    case diurnal
    /// On/off bursts (a two-state Markov-modulated Poisson process): bursts at
    /// the peak rate a tenth of the time (mean 60 s), a lower rate otherwise, the mean kept.
    case bursts
}
