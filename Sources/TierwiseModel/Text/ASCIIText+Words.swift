extension ASCIIText {
    /// True when `text` contains `word` as a whole word, ignoring ASCII case:
    /// the bytes on either side are not ASCII letters or digits, so
    /// "dashboards" does not match "dashboard" but "KPI dashboard." does.
    ///
    ///     ASCIIText.containsWord("Live DASHBOARD", "dashboard")   // true
    ///     ASCIIText.containsWord("dashboarding", "dashboard")     // false
    public static func containsWord(_ text: String, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard !needle.isEmpty else { return true }
        var text = text
        return text.withUTF8 { haystack in
            guard haystack.count >= needle.count else { return false }
            for start in 0...(haystack.count - needle.count) {
                var offset = 0
                while offset < needle.count && lowered(haystack[start + offset]) == needle[offset] { offset += 1 }
                guard offset == needle.count else { continue }
                let before = start == 0 ? nil : haystack[start - 1]
                let after = start + needle.count < haystack.count ? haystack[start + needle.count] : nil
                if !isWordByte(before) && !isWordByte(after) { return true }
            }
            return false
        }
    }

    private static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func isWordByte(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
