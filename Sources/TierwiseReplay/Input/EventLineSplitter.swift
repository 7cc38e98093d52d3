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

    /// Bytes of a too-long line kept for messages and format detection (at most the limit + 1).
    static let prefixBytes = 256

    /// The longest line, in bytes, that is not too long.
    let maximumBytes: Int
    /// The number the line being read will have.
    private var number = 1
    /// The line being read, or its first `maximumBytes + 1` bytes.
    private var current: [UInt8] = []
    /// The length of the line being read so far.
    private var length = 0
    /// Its last byte (to drop a `\r` that did not fit in ``current``).
    private var lastByte: UInt8 = 0

    /// A splitter for lines of at most `maximumBytes` bytes (at least 1).
    init(maximumBytes: Int) {
        self.maximumBytes = min(max(maximumBytes, 1), Int.max - 8)
    }

    /// Splits `chunk`, the next bytes of the file, calling `body` with every line it completes.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (Line) -> Void) {
        var start = 0
        while start < chunk.count {
            let newline = chunk[start...].firstIndex(of: 0x0A)
            let end = newline ?? chunk.count
            append(UnsafeBufferPointer(rebasing: chunk[start..<end]))
            guard let newline else { return }
            completeLine(body)
            start = newline + 1
        }
    }

    /// ``feed(_:_:)-(UnsafeBufferPointer<UInt8>,_)`` for an array.
    mutating func feed(_ chunk: [UInt8], _ body: (Line) -> Void) {
        chunk.withUnsafeBufferPointer { feed($0, body) }
    }

    /// End of the file: calls `body` with the last line when it had no line break.
    mutating func finish(_ body: (Line) -> Void) {
        if length > 0 { completeLine(body) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let last = bytes.last else { return }
        // The first line may start with a 3-byte BOM that is dropped later: room for it too.
        let room = maximumBytes + (number == 1 ? 4 : 1) - current.count
        if room > 0 { current.append(contentsOf: UnsafeBufferPointer(rebasing: bytes.prefix(room))) }
        length += bytes.count
        lastByte = last
    }

    private mutating func completeLine(_ body: (Line) -> Void) {
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
        if byteCount > maximumBytes {
            body(.tooLong(number: number, byteCount: byteCount, prefix: Array(current.dropFirst(dropFront).prefix(min(Self.prefixBytes, maximumBytes + 1)))))
        } else if dropFront > 0 {
            body(.text(number: number, bytes: Array(current.dropFirst(dropFront))))
        } else {
            body(.text(number: number, bytes: current))
        }
        number += 1
        current.removeAll(keepingCapacity: current.capacity <= 1 << 16)
        length = 0
        lastByte = 0
    }
}
