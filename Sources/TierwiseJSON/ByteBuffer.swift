import Foundation

/// A growable byte buffer for the JSON and Markdown writers: cheaper appends than `[UInt8]`
/// because space is kept allocated ahead of the write position, so a write is
/// a bounds check and a `memcpy` instead of a generic `append`. The space past
/// `count` is never read.
///
/// A value type with copy-on-write (through its array), like `[UInt8]`.
/// Inlinable, so a writer in another module pays no call per byte.
public struct ByteBuffer: Sendable {
    /// Allocated space; only the first `count` bytes are content.
    @usableFromInline var storage: [UInt8]
    /// Bytes of content.
    @inlinable public var count: Int { length }
    @usableFromInline var length = 0

    /// An empty buffer with room for `capacity` bytes (at least 64).
    public init(capacity: Int) {
        storage = Self.allocate(max(capacity, 64), keeping: [], count: 0)
    }

    /// An array of `size` bytes whose first `count` are copied from `old`;
    /// the rest is left uninitialized (bytes are trivial, and it is never read
    /// before being written).
    @usableFromInline static func allocate(_ size: Int, keeping old: [UInt8], count: Int) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            if count > 0 {
                old.withUnsafeBufferPointer { buffer.baseAddress!.update(from: $0.baseAddress!, count: count) }
            }
            initialized = size
        }
    }

    /// The content.
    public var bytes: [UInt8] { Array(storage[..<count]) }

    /// The byte at `index` (below ``count``).
    @inlinable public subscript(index: Int) -> UInt8 { storage[index] }

    /// The content, borrowed.
    @inlinable public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<length])) }
    }

    /// Gives up the content, leaving the buffer empty (no copy).
    public mutating func take() -> [UInt8] {
        storage.removeSubrange(count...)
        defer { storage = Self.allocate(64, keeping: [], count: 0); length = 0 }
        return storage
    }

    @inlinable
    public mutating func append(_ byte: UInt8) {
        if length == storage.count { grow(minimum: 1) }
        storage[length] = byte
        length += 1
    }

    /// Inserts `byte` before the byte at `index` (at most ``count``), moving the rest up.
    public mutating func insert(_ byte: UInt8, at index: Int) {
        precondition(index >= 0 && index <= length)
        if length == storage.count { grow(minimum: 1) }
        let count = length
        storage.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            (base + index + 1).update(from: base + index, count: count - index)
            base[index] = byte
        }
        length += 1
    }

    /// Appends raw bytes.
    @inlinable
    public mutating func append(_ source: UnsafeRawBufferPointer) {
        let added = source.count
        guard added > 0, let from = source.baseAddress else { return }
        if length + added > storage.count { grow(minimum: added) }
        let offset = length
        storage.withUnsafeMutableBytes { destination in
            (destination.baseAddress! + offset).copyMemory(from: from, byteCount: added)
        }
        length += added
    }

    /// Appends bytes from a typed buffer.
    @inlinable
    public mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        append(UnsafeRawBufferPointer(source))
    }

    /// Appends `count` copies of `byte`.
    @inlinable
    public mutating func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if length + repeats > storage.count { grow(minimum: repeats) }
        let offset = length
        _ = storage.withUnsafeMutableBytes { destination in
            (destination.baseAddress! + offset).initializeMemory(as: UInt8.self, repeating: byte, count: repeats)
        }
        length += repeats
    }

    /// Appends a string's UTF-8.
    @inlinable
    public mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Lets `body` write up to `maximum` bytes directly after the content,
    /// through one pointer (one uniqueness check), and keeps as many as it
    /// says it wrote.
    @inlinable
    public mutating func write(upTo maximum: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        if length + maximum > storage.count { grow(minimum: maximum) }
        let offset = length
        let written = storage.withUnsafeMutableBufferPointer { body($0.baseAddress! + offset) }
        precondition(written <= maximum, "a writer wrote more than it had room for")
        length += written
    }

    @usableFromInline mutating func grow(minimum: Int) {
        storage = Self.allocate(max(storage.count * 2, length + minimum), keeping: storage, count: length)
    }
}
