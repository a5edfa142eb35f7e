/// Tests on eight bytes at once, held in a 64-bit word (the "SWAR" tricks): the readers' and
/// writers' scans over long runs of text load a word per step instead of a byte.
///
/// Words are loaded little-endian, so the lowest set bit of a result marks the first byte.
public enum ByteWord {
    /// 0x01 in every byte.
    @inlinable public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    /// 0x80 in every byte.
    @inlinable public static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// `byte` in every byte of a word.
    @inlinable @inline(__always)
    public static func splat(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// The eight bytes at `offset` from `base`, as a little-endian word. The caller makes sure
    /// all eight lie in its buffer.
    @inlinable @inline(__always)
    public static func load(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// A word with the top bit set in the bytes where `word` has a zero byte. Bits above the
    /// lowest set one may be spurious (borrows): the lowest, and "any", are exact.
    @inlinable @inline(__always)
    public static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highs }

    /// Whether one of the word's bytes is zero.
    @inlinable @inline(__always)
    public static func hasZeroByte(_ word: UInt64) -> Bool { zeroBytes(word) != 0 }

    /// A word with the top bit set in the bytes of `word` below `bound`, which is at most 0x80
    /// (a byte at or above it then never borrows into a false hit). As with ``zeroBytes(_:)``,
    /// bits above the lowest set one may be spurious: the lowest, and "any", are exact, also for
    /// several words' results joined with `|`.
    @inlinable @inline(__always)
    public static func bytesBelow(_ word: UInt64, _ bound: UInt64) -> UInt64 {
        (word &- ones &* bound) & ~word & highs
    }

    /// Whether one of the word's bytes is below `bound`, which is at most 0x80.
    @inlinable @inline(__always)
    public static func hasByteBelow(_ word: UInt64, _ bound: UInt64) -> Bool {
        bytesBelow(word, bound) != 0
    }

    /// The top bit of each byte of `word` that equals `byte`, each byte tested exactly.
    @inlinable @inline(__always)
    public static func equalBytes(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let difference = word ^ splat(byte)
        return ~(((difference & ~highs) &+ ~highs) | difference) & highs
    }
}
