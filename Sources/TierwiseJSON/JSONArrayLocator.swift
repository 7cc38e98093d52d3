import Foundation

/// Finds, without building values, the byte ranges of the elements of one
/// array member of a top-level object, so that large documents can be parsed
/// element by element in parallel.
///
/// It checks only structure (strings, nesting); anything unexpected returns
/// `nil` and the caller falls back to ``JSONParser``, whose errors are the
/// authoritative ones.
public enum JSONArrayLocator {
    /// Where the array is and where each element is.
    public struct Location: Sendable, Equatable {
        /// From `[` to one past `]`.
        public var array: Range<Int>
        /// Each element's bytes, without the separating commas.
        public var elements: [Range<Int>]
    }

    /// The array value of the first member named `key` of the top-level object.
    public static func locate(member key: String, in bytes: [UInt8]) -> Location? {
        let keyBytes = Array(key.utf8)
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        i = skipWhitespace(bytes, i)
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        while true {
            i = skipWhitespace(bytes, i)
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            guard let keyEnd = skipString(bytes, i) else { return nil }
            let isTarget = bytes[(i + 1)..<(keyEnd - 1)].elementsEqual(keyBytes)
            i = skipWhitespace(bytes, keyEnd)
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
            i = skipWhitespace(bytes, i + 1)
            if isTarget {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return nil }
                return elements(bytes, arrayStart: i)
            }
            guard let valueEnd = skipValue(bytes, i) else { return nil }
            i = skipWhitespace(bytes, valueEnd)
            guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return nil }
            i += 1
        }
    }

    private static func elements(_ bytes: [UInt8], arrayStart: Int) -> Location? {
        var ranges: [Range<Int>] = []
        var i = skipWhitespace(bytes, arrayStart + 1)
        if i < bytes.count, bytes[i] == UInt8(ascii: "]") { return Location(array: arrayStart..<(i + 1), elements: []) }
        while true {
            i = skipWhitespace(bytes, i)
            guard let end = skipValue(bytes, i) else { return nil }
            ranges.append(i..<end)
            i = skipWhitespace(bytes, end)
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "]") { return Location(array: arrayStart..<(i + 1), elements: ranges) }
            return nil
        }
    }

    /// One past the end of the value starting at `start`, or nil.
    static func skipValue(_ bytes: [UInt8], _ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return skipString(bytes, start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var i = start
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "\""):
                    guard let end = skipString(bytes, i) else { return nil }
                    i = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return i + 1 }
                default: break
                }
                i += 1
            }
            return nil
        default:
            var i = start
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x09, 0x0A, 0x0D: return i
                default: i += 1
                }
            }
            return nil
        }
    }

    /// One past the closing quote of the string starting at `start`, or nil.
    /// Jumps from quote to quote with `memchr`; a quote preceded by an odd
    /// number of backslashes is escaped and does not end the string.
    static func skipString(_ bytes: [UInt8], _ start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var i = start + 1
            while i < buffer.count {
                guard let found = memchr(base + i, Int32(UInt8(ascii: "\"")), buffer.count - i) else { return nil }
                let quote = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                var backslashes = 0
                while quote - 1 - backslashes > start, buffer[quote - 1 - backslashes] == UInt8(ascii: "\\") { backslashes += 1 }
                if backslashes % 2 == 0 { return quote + 1 }
                i = quote + 1
            }
            return nil
        }
    }

    static func skipWhitespace(_ bytes: [UInt8], _ start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
        return i
    }
}
