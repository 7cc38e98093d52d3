import Foundation
import TierwiseModel
import TierwisePlatform

extension EventFileReader {
    /// Why an events file could not be read at all (as opposed to lines in it).
    public enum FileError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The file is missing, a directory, or cannot be opened.
        case cannotOpen(path: String)
        /// Reading failed part way.
        case readFailed(path: String, reason: String)

        /// The problem as one sentence for the user.
        public var description: String {
            switch self {
            case .cannotOpen(let path): "\(path): cannot read the events file (missing, a directory, or unreadable)"
            case .readFailed(let path, let reason): "\(path): reading the events file failed: \(reason)"
            }
        }
    }

    /// Bytes read from the file per call: 1 MiB.
    static let chunkBytes = 1 << 20

    /// Reads the events file at `path` a chunk at a time, so memory holds the
    /// events read and at most ``maximumLineBytes`` of any line (plus, while the
    /// layout is being detected, the first ``detectionLineCount`` non-blank lines).
    /// The layout is `layout`, else the one the extension names
    /// (``Layout/init(pathExtension:)``), else the one the first lines vote for.
    public static func read(
        contentsOfFile path: String, layout: Layout? = nil, maximumLineBytes: Int = maximumLineBytes
    ) throws(FileError) -> Contents {
        var sink = RecordCollector()
        var contents = try read(contentsOfFile: path, layout: layout, maximumLineBytes: maximumLineBytes, into: &sink)
        contents.events = sink.records
        return contents
    }

    /// Reads the events file at `path` as ``read(contentsOfFile:layout:maximumLineBytes:)``
    /// does, handing each event to `sink` as it is read: the contents returned hold no events.
    /// `keptQuarantineCount` limits the quarantined lines the contents keep (the sink sees them all).
    static func read<Sink: EventSink>(
        contentsOfFile path: String, layout: Layout?, maximumLineBytes: Int, into sink: inout Sink,
        keptQuarantineCount: Int = .max, chunkBytes: Int = chunkBytes
    ) throws(FileError) -> Contents {
        guard let reader = FileChunkReader(path: path) else { throw .cannotOpen(path: path) }
        let fromExtension = Layout(pathExtension: URL(fileURLWithPath: path).pathExtension)
        let source: LayoutSource = layout != nil ? .given : fromExtension != nil ? .pathExtension : .content
        var decoder = Decoder(layout: layout ?? fromExtension, source: source, maximumLineBytes: maximumLineBytes, sink: sink,
                              keptQuarantineCount: keptQuarantineCount)
        defer { sink = decoder.sink }
        var splitter = EventLineSplitter(maximumBytes: maximumLineBytes)
        while true {
            let chunk: [UInt8]
            switch reader.next(maximumBytes: chunkBytes) {
            case .success(let bytes): chunk = bytes
            case .failure(let failure): throw .readFailed(path: path, reason: failure.description)
            }
            guard !chunk.isEmpty else { break }
            decoder.sink.begin(chunk: chunk)
            chunk.withUnsafeBufferPointer { bytes in
                splitter.feed(bytes, views: { decoder.take($0) })
            }
            decoder.sink.endChunk()
        }
        splitter.finish(views: { decoder.take($0) })
        return decoder.finish()
    }
}
