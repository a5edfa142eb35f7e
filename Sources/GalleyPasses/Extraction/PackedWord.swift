import GalleyCore

/// A short word's UTF-8 bytes packed into two integers: a set key that costs no allocation to
/// build or hash, for stop-word lookups on every word of a page.
///
/// Holds up to 16 bytes; a longer word is marked incomplete and matches nothing (no stop word
/// of any list is that long).
struct PackedWord: Hashable, Sendable {
    fileprivate var low: UInt64 = 0
    fileprivate var high: UInt64 = 0
    fileprivate var count: UInt8 = 0

    static let capacity = 16

    init() {}

    /// The word's bytes as they are, or `nil` when it is longer than ``capacity``.
    init?(_ text: String) {
        for byte in text.utf8 { append(byte) }
        guard isComplete else { return nil }
    }

    /// The bytes as they are; a word longer than ``capacity`` is kept as incomplete, and then
    /// equals no complete word and no set holds it.
    init(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes { append(byte) }
    }

    /// The bytes as they are, as ``init(_:)-(ArraySlice<UInt8>)`` takes them.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { append(byte) }
    }

    /// One of the program's own words (at most ``capacity`` bytes).
    init(literal text: StaticString) {
        text.withUTF8Buffer { bytes in
            for byte in bytes { append(byte) }
        }
    }

    /// The first `length` bytes (fewer than ``capacity``) of the little-endian words `low` and
    /// `high`, all ASCII letters or apostrophes, lower-cased: what appending each lower-cased
    /// byte gives.
    init(asciiWordLow low: UInt64, high: UInt64, length: Int) {
        // Letters and the apostrophe (0x27) have bit 0x20 clear only in upper-case letters:
        // setting it in every byte of the word lower-cases it.
        let lowMask: UInt64 = length >= 8 ? ~0 : (1 << (8 * UInt64(length))) &- 1
        let highMask: UInt64 = length <= 8 ? 0 : (1 << (8 * UInt64(length - 8))) &- 1
        self.low = (low | ByteWord.splat(0x20)) & lowMask
        self.high = (high | ByteWord.splat(0x20)) & highMask
        count = UInt8(length)
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

/// A fixed set of packed words, looked up with a multiplicative hash and linear probing: no
/// hasher to seed and finalise for each of the page's words.
struct PackedWordSet: Sendable {
    private var slots: [PackedWord]
    private var used: [Bool]
    private let mask: Int

    init(_ words: some Sequence<PackedWord>) {
        let unique = Array(Set(words))
        var capacity = 16
        while capacity < unique.count * 4 { capacity *= 2 }
        slots = Array(repeating: PackedWord(), count: capacity)
        used = Array(repeating: false, count: capacity)
        mask = capacity - 1
        for word in unique {
            var slot = Self.hash(word) & mask
            while used[slot] { slot = (slot + 1) & mask }
            slots[slot] = word
            used[slot] = true
        }
    }

    /// The set of those of `words` that fit a ``PackedWord``.
    init(words: some Sequence<String>) {
        self.init(words.compactMap(PackedWord.init))
    }

    /// Whether `word` is in the set.
    func contains(_ word: PackedWord) -> Bool {
        var slot = Self.hash(word) & mask
        while used[slot] {
            if slots[slot] == word { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    private static func hash(_ word: PackedWord) -> Int {
        let mixed = (word.low &* 0x9E37_79B9_7F4A_7C15) ^ (word.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(word.count)
        return Int(truncatingIfNeeded: (mixed >> 29) ^ mixed)
    }
}
