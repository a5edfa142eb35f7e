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
