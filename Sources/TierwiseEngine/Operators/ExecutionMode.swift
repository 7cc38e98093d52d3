/// How an operator sees time: as an unbounded stream with a watermark, or as
/// a bounded batch where every event is known before anything fires.
public enum ExecutionMode: Sendable, Equatable {
    /// Watermark = largest event time − `outOfOrdernessMillis`, advanced per
    /// event; windows fire when it reaches their end; events for windows
    /// already purged go to the late side output.
    case streaming(outOfOrdernessMillis: Int64)
    /// No watermark until the end of input: nothing is late, every window
    /// fires once, at the end.
    case batch
}
