// A content hash for Message-ID and MIME boundaries: the same content gives the same message.

/// A 128-bit FNV-1a digest (two 64-bit lanes with different offsets), as hexadecimal.
///
/// Not a cryptographic hash: it only has to make different articles get different identifiers,
/// deterministically and without randomness.
struct ContentDigest {
    private var lanes: (UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x6c62_272e_07bb_0142)
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            lanes.0 = (lanes.0 ^ UInt64(byte)) &* Self.prime
            lanes.1 = (lanes.1 ^ UInt64(byte ^ 0x5A)) &* Self.prime
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        lanes.0 = (lanes.0 ^ 0xFF) &* Self.prime
        lanes.1 = (lanes.1 ^ 0xFF) &* Self.prime
    }

    /// 32 lower-case hexadecimal digits.
    var hex: String {
        func hex16(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.utf8.count) + digits
        }
        return hex16(lanes.0) + hex16(lanes.1)
    }
}
