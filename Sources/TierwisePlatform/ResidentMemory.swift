import Foundation

/// The process's resident memory as Linux reports it in `/proc/self`; zero or
/// false where that is not available.
public enum ResidentMemory {
    /// Resets the kernel's peak-RSS counter ("5" into /proc/self/clear_refs); false where unsupported.
    public static func resetPeak() -> Bool {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return FileDescriptorIO.writeAll(Array("5".utf8), to: descriptor) == nil
    }

    /// VmHWM from /proc/self/status, the peak resident set, in bytes; 0 where unavailable.
    public static func peakBytes() -> Int {
        guard let bytes = FileDescriptorIO.readFile("/proc/self/status") else { return 0 }
        let status = String(decoding: bytes, as: UTF8.self)
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.filter(\.isNumber)
            return (Int(digits) ?? 0) * 1_024
        }
        return 0
    }
}
