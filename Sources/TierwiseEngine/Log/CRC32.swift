/// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), the checksum of zlib
/// and gzip, computed eight bytes at a time (slicing-by-8).
///
///     CRC32.checksum(Array("123456789".utf8))  // 0xCBF43926
public enum CRC32 {
    /// Eight lookup tables of 256 entries, one after the other.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var crc = UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            tables[byte] = crc
        }
        for slice in 1..<8 {
            for byte in 0..<256 {
                let previous = tables[(slice - 1) * 256 + byte]
                tables[slice * 256 + byte] = (previous >> 8) ^ tables[Int(previous & 0xFF)]
            }
        }
        return tables
    }()

    /// The checksum of `bytes`.
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        tables.withUnsafeBufferPointer { t in
            var crc: UInt32 = 0xFFFF_FFFF
            guard var p = bytes.baseAddress else { return 0 }
            var remaining = bytes.count
            // Eight bytes per step: one table per byte, all lookups independent.
            while remaining >= 8 {
                let word = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self)) ^ UInt64(crc)
                crc = t[7 * 256 + Int(word & 0xFF)] ^ t[6 * 256 + Int((word >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((word >> 16) & 0xFF)] ^ t[4 * 256 + Int((word >> 24) & 0xFF)]
                    ^ t[3 * 256 + Int((word >> 32) & 0xFF)] ^ t[2 * 256 + Int((word >> 40) & 0xFF)]
                    ^ t[256 + Int((word >> 48) & 0xFF)] ^ t[Int(word >> 56)]
                p += 8
                remaining -= 8
            }
            if remaining >= 4 {
                let word = UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)) ^ crc
                crc = t[3 * 256 + Int(word & 0xFF)] ^ t[2 * 256 + Int((word >> 8) & 0xFF)]
                    ^ t[256 + Int((word >> 16) & 0xFF)] ^ t[Int(word >> 24)]
                p += 4
                remaining -= 4
            }
            while remaining > 0 {
                crc = (crc >> 8) ^ t[Int((crc ^ UInt32(p.load(as: UInt8.self))) & 0xFF)]
                p += 1
                remaining -= 1
            }
            return crc ^ 0xFFFF_FFFF
        }
    }

    /// The checksum of a byte array.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBytes { checksum($0) }
    }
}
