import Foundation

/// Which processors a thread runs on: the calling thread's processor and
/// affinity mask, and restricting it to a mask. The engine's two-core batch
/// pipeline uses it to keep its two threads on different processors (Linux
/// tends to wake a thread on the processor of the thread that woke it, which
/// can put a producer and its consumer on one processor).
///
/// The calls are the C library's `sched_getcpu`, `sched_getaffinity` and
/// `sched_setaffinity`, looked up at run time (Foundation does not export
/// them). Where they are missing, or fail, placement is simply skipped: it
/// changes speed, never results.
public enum ThreadAffinity {
    private typealias GetCPU = @convention(c) () -> Int32
    private typealias Affinity = @convention(c) (Int32, Int, UnsafeMutableRawPointer) -> Int32

    /// A CPU set as the kernel takes it: 1,024 bits.
    public typealias Mask = [UInt64]

    private struct Functions: @unchecked Sendable {
        var getCPU: GetCPU
        var getAffinity: Affinity
        var setAffinity: Affinity
    }

    private static let functions: Functions? = {
        #if os(Linux)
        guard let handle = dlopen(nil, RTLD_NOW),
              let getCPU = dlsym(handle, "sched_getcpu"),
              let getAffinity = dlsym(handle, "sched_getaffinity"),
              let setAffinity = dlsym(handle, "sched_setaffinity") else { return nil }
        return Functions(getCPU: unsafeBitCast(getCPU, to: GetCPU.self),
                         getAffinity: unsafeBitCast(getAffinity, to: Affinity.self),
                         setAffinity: unsafeBitCast(setAffinity, to: Affinity.self))
        #else
        return nil
        #endif
    }()

    /// The processor the calling thread runs on, if known.
    public static func currentCPU() -> Int? {
        guard let functions else { return nil }
        let cpu = functions.getCPU()
        return cpu >= 0 ? Int(cpu) : nil
    }

    /// The processors the calling thread may run on, if known.
    public static func currentMask() -> Mask? {
        guard let functions else { return nil }
        var mask = Mask(repeating: 0, count: 16)
        let status = mask.withUnsafeMutableBytes { functions.getAffinity(0, $0.count, $0.baseAddress!) }
        return status == 0 ? mask : nil
    }

    /// Restricts the calling thread to `mask`; false when that failed.
    @discardableResult
    public static func restrictCurrentThread(to mask: Mask) -> Bool {
        guard let functions else { return false }
        var mask = mask
        return mask.withUnsafeMutableBytes { functions.setAffinity(0, $0.count, $0.baseAddress!) } == 0
    }

    /// A mask holding only `cpu`.
    public static func mask(of cpu: Int) -> Mask {
        var mask = Mask(repeating: 0, count: 16)
        if cpu >= 0 && cpu < 1_024 { mask[cpu / 64] = 1 << UInt64(cpu % 64) }
        return mask
    }

    /// The processors set in `mask`.
    public static func cpus(in mask: Mask) -> [Int] {
        (0..<1_024).filter { mask[$0 / 64] & (1 << UInt64($0 % 64)) != 0 }
    }
}
