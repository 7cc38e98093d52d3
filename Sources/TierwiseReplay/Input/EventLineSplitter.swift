import Foundation
import TierwiseModel
/// Splits an event file into lines, fed a chunk at a time, holding at most
/// `maximumBytes` + 1 bytes of any line (+ 3 for a BOM on the first): a longer line is counted to its end
/// and reported as too long, never held whole.
///
///     var splitter = EventLineSplitter(maximumBytes: 4)
///     splitter.feed(Array("ab\r\ntoo long\n".utf8)) { print($0) }
///     // text(number: 1, bytes: "ab"), tooLong(number: 2, byteCount: 8, prefix: "too l")
///
/// Lines end at `\n`; a `\r` before it is dropped, as is a UTF-8 byte order
/// mark at the start of the first line. Neither counts against the limit.
struct EventLineSplitter {
    /// One line of the file.
    enum Line: Equatable {
        /// A line within the limit (possibly blank), without its line break.
        case text(number: Int, bytes: [UInt8])
        /// A line over the limit: its length without the line break, and its first bytes.
        case tooLong(number: Int, byteCount: Int, prefix: [UInt8])

        /// The 1-based line number.
        var number: Int {
            switch self {
            case .text(let number, _), .tooLong(let number, _, _): number
            }
        }
    }

    /// One line of the file as it lies in memory: valid only during the call it is passed to.
    enum View {
        /// A line within the limit (possibly blank), without its line break.
        case text(number: Int, bytes: UnsafeBufferPointer<UInt8>)
        /// A line over the limit: its length without the line break, and its first bytes.
        case tooLong(number: Int, byteCount: Int, prefix: UnsafeBufferPointer<UInt8>)

        /// The line, copied out of the buffer it lies in.
        var line: Line {
            switch self {
            case .text(let number, let bytes): .text(number: number, bytes: Array(bytes))
            case .tooLong(let number, let byteCount, let prefix): .tooLong(number: number, byteCount: byteCount, prefix: Array(prefix))
            }
        }
    }

    /// Bytes of a too-long line kept for messages and format detection (at most the limit + 1).
    static let prefixBytes = 256

    /// The longest line, in bytes, that is not too long.
    let maximumBytes: Int
    /// The number the line being read will have.
    private var number = 1
    /// The line being read, or its first `maximumBytes + 1` bytes, when it
    /// began in an earlier chunk.
    private var current: [UInt8] = []
    /// The length of the line being read so far.
    private var length = 0
    /// Its last byte (to drop a `\r` that did not fit in ``current``).
    private var lastByte: UInt8 = 0

    /// A splitter for lines of at most `maximumBytes` bytes (at least 1).
    init(maximumBytes: Int) {
        self.maximumBytes = min(max(maximumBytes, 1), Int.max - 8)
    }

    /// Splits `chunk`, the next bytes of the file, calling `body` with every
    /// line it completes. A line that lies wholly in `chunk` is passed where it
    /// lies, without a copy; only a line that began in an earlier chunk is assembled.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, views body: (View) -> Void) {
        guard let base = chunk.baseAddress else { return }
        var start = 0
        while start < chunk.count {
            guard let found = memchr(base + start, 0x0A, chunk.count - start) else {
                append(UnsafeBufferPointer(rebasing: chunk[start...]))
                return
            }
            let newline = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            if length == 0 {
                emitWhole(UnsafeBufferPointer(rebasing: chunk[start..<newline]), body)
            } else {
                append(UnsafeBufferPointer(rebasing: chunk[start..<newline]))
                completeLine(body)
            }
            start = newline + 1
        }
    }

    /// End of the file: calls `body` with the last line when it had no line break.
    mutating func finish(views body: (View) -> Void) {
        if length > 0 { completeLine(body) }
    }

    /// ``feed(_:views:)``, each line copied out (for callers that keep lines).
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (Line) -> Void) {
        feed(chunk, views: { body($0.line) })
    }

    /// ``feed(_:_:)-(UnsafeBufferPointer<UInt8>,_)`` for an array.
    mutating func feed(_ chunk: [UInt8], _ body: (Line) -> Void) {
        chunk.withUnsafeBufferPointer { feed($0, body) }
    }

    /// ``finish(views:)``, the line copied out.
    mutating func finish(_ body: (Line) -> Void) {
        finish(views: { body($0.line) })
    }

    /// A line that lies wholly in the chunk: the same line ``completeLine(_:)`` would make of it.
    @inline(__always)
    private mutating func emitWhole(_ line: UnsafeBufferPointer<UInt8>, _ body: (View) -> Void) {
        var bytes = line
        if let last = bytes.last, last == 0x0D { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
        if number == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
        if bytes.count > maximumBytes {
            body(.tooLong(number: number, byteCount: bytes.count,
                          prefix: UnsafeBufferPointer(rebasing: bytes.prefix(min(Self.prefixBytes, maximumBytes + 1)))))
        } else {
            body(.text(number: number, bytes: bytes))
        }
        number += 1
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let last = bytes.last else { return }
        // The first line may start with a 3-byte BOM that is dropped later: room for it too.
        let room = maximumBytes + (number == 1 ? 4 : 1) - current.count
        if room > 0 { current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes.prefix(room))) }
        length += bytes.count
        lastByte = last
    }

    private mutating func completeLine(_ body: (View) -> Void) {
        var byteCount = length
        var dropFront = 0
        if length > 0 && lastByte == 0x0D {
            byteCount -= 1
            if current.count == length { current.removeLast() }
        }
        if number == 1 && current.starts(with: [0xEF, 0xBB, 0xBF]) {
            dropFront = 3
            byteCount -= 3
        }
        current.withUnsafeBufferPointer { current in
            let kept = UnsafeBufferPointer(rebasing: current.dropFirst(dropFront))
            if byteCount > maximumBytes {
                body(.tooLong(number: number, byteCount: byteCount,
                              prefix: UnsafeBufferPointer(rebasing: kept.prefix(min(Self.prefixBytes, maximumBytes + 1)))))
            } else {
                body(.text(number: number, bytes: kept))
            }
        }
        number += 1
        current.removeAll(keepingCapacity: current.capacity <= 1 << 16)
        length = 0
        lastByte = 0
    }
}
