import TierwiseModel
import TierwisePlatform
import TierwiseReports

/// `tierwise replay`'s report as the replay runs: each row is rendered as it
/// arrives (``ReplayReportStream``) and its section spooled (``SpoolFile``:
/// memory up to a few MiB, then an unlinked temporary file), because the
/// report's head holds counts known only at the end. Once the replay has
/// ended, ``deliver(_:to:)`` writes head, sections and the parts between them
/// in order. Memory: the open windows' rows for one flush, never the report.
final class SpooledReplayReport: ReplayOutput {
    /// Rendered bytes held before they go to the spools.
    private static let flushBytes = 1 << 20

    private var stream: ReplayReportStream
    private let windows = SpoolFile()
    private let lateEvents = SpoolFile()
    private let quarantined = SpoolFile()

    init(format: ReplayReportStream.Format, tracksDistinctValues: Bool) {
        stream = ReplayReportStream(format: format, tracksDistinctValues: tracksDistinctValues)
    }

    func window(_ row: ReplayWindowRow) {
        stream.append(window: row)
        if stream.pendingByteCount >= Self.flushBytes { flush() }
    }

    func lateEvent(_ record: EventRecord) {
        stream.append(lateEvent: record)
        if stream.pendingByteCount >= Self.flushBytes { flush() }
    }

    func quarantined(_ line: QuarantinedLine) {
        stream.append(quarantined: line)
        if stream.pendingByteCount >= Self.flushBytes { flush() }
    }

    /// Writes the whole report for `summary` to `sink`.
    func deliver(_ summary: ReplaySummary, to sink: ReportSink) throws(ReportSinkError) {
        flush()
        // A spool that could not hold its section fails the report before any of it is written.
        for spool in [windows, lateEvents, quarantined] {
            if let failure = spool.failure { throw ReportSinkError(message: failure.description) }
        }
        let frame = stream.frame(summary)
        try sink.write(frame.head)
        try copy(windows, to: sink)
        try sink.write(frame.afterWindows)
        try copy(lateEvents, to: sink)
        try sink.write(frame.afterLateEvents)
        try copy(quarantined, to: sink)
        try sink.write(frame.tail)
    }

    private func flush() {
        windows.append(stream.takeWindowBytes())
        lateEvents.append(stream.takeLateEventBytes())
        quarantined.append(stream.takeQuarantinedBytes())
    }

    private func copy(_ spool: SpoolFile, to sink: ReportSink) throws(ReportSinkError) {
        var failure: ReportSinkError?
        let copied = spool.forEachPiece { piece in
            do throws(ReportSinkError) {
                try sink.write(piece)
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        if !copied, let spoolFailure = spool.failure { throw ReportSinkError(message: spoolFailure.description) }
    }
}
