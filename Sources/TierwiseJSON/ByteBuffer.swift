import Foundation

/// A growable byte buffer for the JSON writer: cheaper appends than `[UInt8]`
/// because space is kept allocated ahead of the write position, so a write is
/// a bounds check and a `memcpy` instead of a generic `append`. The space past
/// `count` is never read.
///
/// A value type with copy-on-write (through its array), like `[UInt8]`.
struct ByteBuffer: Sendable {
    /// Allocated space; only the first `count` bytes are content.
    private var storage: [UInt8]
    /// Bytes of content.
    private(set) var count = 0

    init(capacity: Int) {
        storage = Self.allocate(max(capacity, 64), keeping: [], count: 0)
    }

    /// An array of `size` bytes whose first `count` are copied from `old`;
    /// the rest is left uninitialized (bytes are trivial, and it is never read
    /// before being written).
    private static func allocate(_ size: Int, keeping old: [UInt8], count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            if count > 0 {
                old.withUnsafeBufferPointer { buffer.baseAddress!.update(from: $0.baseAddress!, count: count) }
            }
            initialized = size
        }
    }

    /// The content.
    var bytes: [UInt8] { Array(storage[..<count]) }

    /// Gives up the content, leaving the buffer empty (no copy).
    mutating func take() -> [UInt8] {
        storage.removeSubrange(count...)
        defer { storage = Self.allocate(64, keeping: [], count: 0); count = 0 }
        return storage
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == storage.count { grow(minimum: 1) }
        storage[count] = byte
        count += 1
    }

    /// Appends raw bytes.
    mutating func append(_ source: UnsafeRawBufferPointer) {
        let length = source.count
        guard length > 0 else { return }
        if count + length > storage.count { grow(minimum: length) }
        let offset = count
        storage.withUnsafeMutableBytes { destination in
            (destination.baseAddress! + offset).copyMemory(from: source.baseAddress!, byteCount: length)
        }
        count += length
    }

    /// Appends bytes from a typed buffer.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        append(UnsafeRawBufferPointer(source))
    }

    /// Appends `count` copies of `byte`.
    mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if count + repeats > storage.count { grow(minimum: repeats) }
        let offset = count
        _ = storage.withUnsafeMutableBytes { destination in
            (destination.baseAddress! + offset).initializeMemory(as: UInt8.self, repeating: byte, count: repeats)
        }
        count += repeats
    }

    /// Appends a string's UTF-8.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Lets `body` write up to `maximum` bytes directly after the content,
    /// through one pointer (one uniqueness check), and keeps as many as it
    /// says it wrote.
    @inline(__always)
    mutating func write(upTo maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + maximum > storage.count { grow(minimum: maximum) }
        let offset = count
        let written = storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + offset) }
        count += written
    }

    private mutating func grow(minimum: Int) {
        storage = Self.allocate(max(storage.count * 2, count + minimum), keeping: storage, count: count)
    }
}
