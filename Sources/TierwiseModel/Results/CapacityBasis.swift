/// How the capacity cost model sized an approach (docs/capacity.md).
public enum CapacityBasis: String, CaseIterable, Sendable {
    /// An always-on stream job, provisioned for the peak rate with headroom
    /// (`micro_batch`, `near_real_time`, `real_time`).
    case provisionedForPeak = "provisioned_for_peak"
    /// Scheduled batch runs, sized for the volume each run processes
    /// (`batch_simple`, `batch_complex`).
    case sizedForVolume = "sized_for_volume"

    /// The basis the capacity model uses for `approach`.
    public static func of(_ approach: ProcessingApproach) -> CapacityBasis {
        switch approach {
        case .batchSimple, .batchComplex: .sizedForVolume
        case .microBatch, .nearRealTime, .realTime: .provisionedForPeak
        }
    }
}
