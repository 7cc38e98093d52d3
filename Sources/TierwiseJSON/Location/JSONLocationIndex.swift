/// Where values are in a JSON document, found by JSON path without building
/// values: for annotations that land on the line of the value they are about.
///
/// Kept apart from ``JSONParser`` so the normal parse pays nothing for it:
/// the index is built only when positions are wanted, from the same bytes.
/// The line starts are found (one pass, 4 bytes a line) on the first
/// position asked for, so an index nobody asks costs nothing; a lookup walks the path,
/// skipping the values before the one it wants, and remembers the element
/// offsets of each array it has gone through, so looking up every element of
/// a 100,000-element array costs one pass over the array, not one per
/// lookup. Object members are found by comparing the key's bytes, so a key
/// written with escapes in the file is not found (the lookup stops at its
/// object). Meant for documents ``JSONParser`` accepted; on anything else a
/// lookup returns nil rather than guessing.
///
///     var index = JSONLocationIndex(bytes: Array("{\n  \"a\": [1, 2]\n}".utf8))
///     index.position(of: [.key("a"), .index(1)])  // JSONPosition(line: 2, column: 12)
public struct JSONLocationIndex: Sendable {
    private let bytes: [UInt8]
    /// The offset of the first byte of each line, found on the first position asked for.
    private var lineStarts: [UInt32]?
    /// Element offsets of the arrays looked into, by the offset of their `[`.
    private var elementOffsets: [Int: [Int]] = [:]

    /// Indexes `bytes` (a UTF-8 JSON document, a byte order mark allowed,
    /// at most 4 GiB). Nothing is scanned until a lookup.
    public init(bytes: [UInt8]) {
        precondition(bytes.count <= Int(UInt32.max), "JSONLocationIndex indexes documents of at most 4 GiB")
        self.bytes = bytes
    }

    /// The line and column of the byte at `offset`.
    public mutating func position(atOffset offset: Int) -> JSONPosition {
        if lineStarts == nil {
            var starts: [UInt32] = [0]
            bytes.withUnsafeBufferPointer { buffer in
                for offset in buffer.indices where buffer[offset] == 0x0A { starts.append(UInt32(offset + 1)) }
            }
            lineStarts = starts
        }
        let lineStarts = lineStarts!
        // The last line start at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(lineStarts[middle]) <= offset { low = middle } else { high = middle - 1 }
        }
        return JSONPosition(line: low + 1, column: offset - Int(lineStarts[low]) + 1)
    }

    /// True when there is a value at `path` (no line is counted).
    public mutating func contains(_ path: [JSONPathComponent]) -> Bool {
        walk(path).matched == path.count
    }

    /// The position of the value at `path`, or nil when there is none.
    public mutating func position(of path: [JSONPathComponent]) -> JSONPosition? {
        let (offset, matched) = walk(path)
        guard matched == path.count, let offset else { return nil }
        return position(atOffset: offset)
    }

    /// The position of the value at the longest prefix of `path` that
    /// exists, and how many components that prefix has (0: the root).
    public mutating func deepestPosition(of path: [JSONPathComponent]) -> (position: JSONPosition, matchedCount: Int) {
        let (offset, matched) = walk(path)
        return (position(atOffset: offset ?? 0), matched)
    }

    /// The position of the key (its opening quote) of the member at `path`,
    /// whose last component must be a key; nil when there is no such member.
    public mutating func keyPosition(of path: [JSONPathComponent]) -> JSONPosition? {
        guard case .key(let key)? = path.last else { return nil }
        let (parent, matched) = walk(Array(path.dropLast()))
        guard matched == path.count - 1, let parent else { return nil }
        guard let found = member(key, ofObjectAt: parent) else { return nil }
        return position(atOffset: found.key)
    }

    // MARK: - Walking

    /// The offset of the deepest value found along `path` and how many components led to it.
    private mutating func walk(_ path: [JSONPathComponent]) -> (offset: Int?, matched: Int) {
        var offset = JSONArrayLocator.skipWhitespace(bytes, bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
        guard offset < bytes.count else { return (nil, 0) }
        for (depth, component) in path.enumerated() {
            let next: Int?
            switch component {
            case .key(let key): next = member(key, ofObjectAt: offset)?.value
            case .index(let index): next = element(index, ofArrayAt: offset)
            }
            guard let next else { return (offset, depth) }
            offset = next
        }
        return (offset, path.count)
    }

    /// The offsets of the key and the value of the first member named `key`
    /// of the object starting at `start`.
    private func member(_ key: String, ofObjectAt start: Int) -> (key: Int, value: Int)? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else { return nil }
        let keyBytes = Array(key.utf8)
        var i = JSONArrayLocator.skipWhitespace(bytes, start + 1)
        while i < bytes.count, bytes[i] == UInt8(ascii: "\"") {
            guard let keyEnd = JSONArrayLocator.skipString(bytes, i) else { return nil }
            let isTarget = bytes[(i + 1)..<(keyEnd - 1)].elementsEqual(keyBytes)
            var j = JSONArrayLocator.skipWhitespace(bytes, keyEnd)
            guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { return nil }
            j = JSONArrayLocator.skipWhitespace(bytes, j + 1)
            if isTarget { return (i, j) }
            guard let valueEnd = JSONArrayLocator.skipValue(bytes, j) else { return nil }
            j = JSONArrayLocator.skipWhitespace(bytes, valueEnd)
            guard j < bytes.count, bytes[j] == UInt8(ascii: ",") else { return nil }
            i = JSONArrayLocator.skipWhitespace(bytes, j + 1)
        }
        return nil
    }

    /// The offset of element `index` of the array starting at `start`.
    private mutating func element(_ index: Int, ofArrayAt start: Int) -> Int? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: "["), index >= 0 else { return nil }
        if let cached = elementOffsets[start] { return index < cached.count ? cached[index] : nil }
        var offsets: [Int] = []
        var i = JSONArrayLocator.skipWhitespace(bytes, start + 1)
        if i < bytes.count, bytes[i] != UInt8(ascii: "]") {
            while i < bytes.count {
                offsets.append(i)
                guard let end = JSONArrayLocator.skipValue(bytes, i) else { break }
                i = JSONArrayLocator.skipWhitespace(bytes, end)
                guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { break }
                i = JSONArrayLocator.skipWhitespace(bytes, i + 1)
            }
        }
        elementOffsets[start] = offsets
        return index < offsets.count ? offsets[index] : nil
    }
}
