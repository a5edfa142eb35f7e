/// A short word's UTF-8 bytes packed into two integers: a set key that costs no allocation to
/// build or hash, for stop-word lookups on every word of a page.
///
/// Holds up to 16 bytes; a longer word is marked incomplete and matches nothing (no stop word
/// of any list is that long).
struct PackedWord: Hashable, Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var count: UInt8 = 0

    static let capacity = 16

    init() {}

    /// The word's bytes as they are, or `nil` when it is longer than ``capacity``.
    init?(_ text: String) {
        for byte in text.utf8 { append(byte) }
        guard isComplete else { return nil }
    }

    /// Whether every byte appended fits.
    var isComplete: Bool { Int(count) <= Self.capacity }

    /// Adds one byte at the end; past ``capacity`` the word only counts as too long.
    mutating func append(_ byte: UInt8) {
        if count < 8 {
            low |= UInt64(byte) << (8 * UInt64(count))
        } else if count < 16 {
            high |= UInt64(byte) << (8 * UInt64(count - 8))
        } else {
            count = 17
            return
        }
        count += 1
    }
}

/// Decoding of one scalar from well-formed UTF-8, as Swift's `String` stores it.
enum UTF8Decoding {
    /// The scalar starting at `index` and its length in bytes; a malformed sequence reads as
    /// U+FFFD of length 1.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<length { value = value << 6 | (UInt32(bytes[index + offset]) & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
