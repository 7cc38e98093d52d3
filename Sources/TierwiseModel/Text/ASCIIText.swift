/// Fast text tests over UTF-8 bytes, without Foundation (whose `contains` on
/// Linux bridges through NSString and dominated analysis time).
public enum ASCIIText {
    /// True when `text` contains `word`, ignoring ASCII case. `word` must be
    /// lowercase ASCII; non-ASCII bytes in `text` only match themselves, which
    /// gives the same answer as lowercasing `text` first for ASCII words.
    ///
    ///     ASCIIText.contains("Live DASHBOARD", word: "dashboard")  // true
    public static func contains(_ text: String, word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard let first = needle.first else { return true }
        var text = text
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            for start in 0...(haystack.count - needle.count) where lower(haystack[start]) == first {
                var offset = 1
                while offset < needle.count && lower(haystack[start + offset]) == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            return false
        }
    }

    @inline(__always)
    private static func lower(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }
}
