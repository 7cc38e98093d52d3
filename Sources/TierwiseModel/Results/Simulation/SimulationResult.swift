/// The simulation of one use case or scenario: the runs at mean and peak
/// load, the capacity, and the claims with their verdicts.
public struct SimulationResult: Sendable, Equatable {
    /// The use case's or scenario's name.
    public var name: String
    /// The pipeline simulated.
    public var pipeline: PipelineSpec
    /// The workload (at its mean rate).
    public var workload: WorkloadSpec
    /// What was claimed.
    public var targets: SimulationTargets
    /// Simulated seconds per run, warm-up included.
    public var simulatedSeconds: Double
    /// Warm-up seconds discarded.
    public var warmupSeconds: Double
    /// The run at the mean rate.
    public var average: SimulationRun
    /// The run at the peak rate (the same as the mean when the peak multiplier is 1).
    public var peak: SimulationRun
    /// What the peak needs.
    public var capacity: SimulationCapacity
    /// Every claim, in a fixed order.
    public var claims: [SimulationClaim]
    /// The exactly-once check under crashes, when it ran.
    public var crashCheck: CrashCheckResult?
    /// Seconds to reprocess the retention horizon by replay (Kappa), at the calibrated speed.
    public var replayHorizonSeconds: Double?
    /// Lambda's merged view against a full recompute, for the Lambda pattern.
    public var lambdaMerge: LambdaMergeCheck? = nil
    /// The live run on the wall clock, with `--clock wall`.
    public var wallClock: WallClockCheck? = nil

    /// Creates a `SimulationResult` from its parts.
    public init(
        name: String, pipeline: PipelineSpec, workload: WorkloadSpec, targets: SimulationTargets, simulatedSeconds: Double,
        warmupSeconds: Double, average: SimulationRun, peak: SimulationRun, capacity: SimulationCapacity, claims: [SimulationClaim],
        crashCheck: CrashCheckResult?, replayHorizonSeconds: Double?, lambdaMerge: LambdaMergeCheck? = nil
    ) {
        self.name = name
        self.pipeline = pipeline
        self.workload = workload
        self.targets = targets
        self.simulatedSeconds = simulatedSeconds
        self.warmupSeconds = warmupSeconds
        self.average = average
        self.peak = peak
        self.capacity = capacity
        self.claims = claims
        self.crashCheck = crashCheck
        self.replayHorizonSeconds = replayHorizonSeconds
        self.lambdaMerge = lambdaMerge
    }

    /// The worst verdict of all claims.
    public var overallVerdict: SimulationClaim.Verdict {
        if claims.contains(where: { $0.verdict == .fail }) { return .fail }
        if claims.contains(where: { $0.verdict == .atRisk }) { return .atRisk }
        return .pass
    }
}
