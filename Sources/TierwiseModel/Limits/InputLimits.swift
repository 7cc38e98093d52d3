/// The accepted range of every number tierwise reads, in catalogs and on the
/// command line. The upper bounds are far beyond any real system yet keep
/// every derived figure (costs, value of time saved, payback) finite, so no
/// report can print infinity or NaN where a figure belongs. Each bound and
/// its reason is in docs/catalog.md, "Limits".
public enum InputLimits {
    /// Average events per second: up to a billion (about 100× the largest
    /// published Kafka deployments' aggregate rates).
    public static let eventsPerSecond = NumberRange.nonNegative(atMost: 1e9)
    /// Events per day: up to 10^14 (a billion per second for a day is 8.64 × 10^13).
    public static let eventsPerDay = NumberRange.nonNegative(atMost: 1e14)
    /// Peak-to-average ratio: 1 to 1,000.
    public static let peakMultiplier = NumberRange(minimum: 1, isMinimumExclusive: false, maximum: 1_000)
    /// Revenue impact of a minute of delay: up to $1 billion per minute.
    public static let revenuePerMinuteUSD = NumberRange.nonNegative(atMost: 1e9)
    /// Fully loaded engineer cost: above zero, up to $100,000 per hour.
    public static let hourlyRateUSD = NumberRange.positive(atMost: 1e5)
    /// Monthly compute of simple batch at low volume: up to $1 billion.
    public static let baselineMonthlyComputeUSD = NumberRange.nonNegative(atMost: 1e9)
    /// A latency in minutes (tier latencies, break-even latencies): above
    /// zero, up to a year (525,600 minutes).
    public static let latencyMinutes = NumberRange.positive(atMost: 525_600)

    // MARK: Decision model (tierwise)
    /// Decisions per hour in a decisions value model: above zero, up to a million (one every 3.6 ms).
    public static let decisionsPerHour = NumberRange.positive(atMost: 1e6)
    /// A deadline in seconds: above zero, up to a year.
    public static let deadlineSeconds = NumberRange.positive(atMost: 31_536_000)
    /// Active hours a week: above zero, up to the 168 hours a week has.
    public static let activeHoursPerWeek = NumberRange.positive(atMost: 168)
    /// A source or consumer interval, a decay horizon or half-life, in minutes: above zero, up to a year.
    public static let intervalMinutes = NumberRange.positive(atMost: 525_600)
    /// The payback bar, months: above zero, up to 100 years.
    public static let paybackBarMonths = NumberRange.positive(atMost: 1_200)
    /// Engineers building at once: at least 1, up to 10,000.
    public static let buildTeamSize = NumberRange(minimum: 1, isMinimumExclusive: false, maximum: 10_000)
    /// Weeks of parallel running: 0 up to 10 years.
    public static let parallelRunWeeks = NumberRange.nonNegative(atMost: 520)
    /// Annual discount rate: 0 to 100%.
    public static let discountRateAnnual = NumberRange.nonNegative(atMost: 1)
    /// A shared platform's monthly cost: up to $1 billion.
    public static let platformMonthlyUSD = NumberRange.nonNegative(atMost: 1e9)
    /// Bytes per event (`event_bytes`): at least 1, up to 10^8 (100 MB, about a
    /// hundred times Kafka's default largest record, `message.max.bytes` ≈ 1 MB).
    public static let eventBytes = NumberRange(minimum: 1, isMinimumExclusive: false, maximum: 1e8)
    /// Retention in days (`log_retention_days`, the pricing file's retentions):
    /// 0 to 36,500 (a hundred years; longer history belongs in the lake).
    public static let retentionDays = NumberRange.nonNegative(atMost: 36_500)
}
