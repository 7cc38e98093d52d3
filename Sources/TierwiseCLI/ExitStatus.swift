/// tierwise's exit statuses.
public enum ExitStatus {
    /// Success.
    public static let success: Int32 = 0
    /// A check ran and failed (for example `check --strict` with warnings).
    public static let checkFailed: Int32 = 1
    /// Bad input or bad usage: nothing was written.
    public static let badInput: Int32 = 2
    /// The output could not be written.
    public static let ioFailure: Int32 = 3
}
