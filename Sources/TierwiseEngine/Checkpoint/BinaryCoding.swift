/// Little-endian binary writing and reading for checkpoints.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Double) { write(value.bitPattern) }

    mutating func write(_ text: String) {
        let utf8 = Array(text.utf8)
        write(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }
}

/// Reads what ``BinaryWriter`` wrote; every read checks the bounds.
struct BinaryReader {
    private let bytes: [UInt8]
    private(set) var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(CheckpointError) -> T {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.count else { throw .malformed("cut short at byte \(position)") }
        var value = T.zero
        withUnsafeMutableBytes(of: &value) { destination in
            for index in 0..<size { destination[index] = bytes[position + index] }
        }
        position += size
        return T(littleEndian: value)
    }

    mutating func readDouble() throws(CheckpointError) -> Double { Double(bitPattern: try read(UInt64.self)) }

    mutating func readString() throws(CheckpointError) -> String {
        let count = Int(try read(UInt32.self))
        guard position + count <= bytes.count else { throw .malformed("a string is cut short at byte \(position)") }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    /// A count that must fit in the bytes left (each item at least `minimumItemSize` bytes).
    mutating func readCount(minimumItemSize: Int) throws(CheckpointError) -> Int {
        let raw = try read(UInt64.self)
        guard let count = Int(exactly: raw), count <= (bytes.count - position) / max(minimumItemSize, 1) else {
            throw .malformed("an impossible count \(raw) at byte \(position - 8)")
        }
        return count
    }
}
