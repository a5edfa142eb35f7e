/// A fixed list of short names (at most 16 bytes) looked up by their bytes, without building a
/// string: a name is packed into two 64-bit words, which are hashed into an open-addressed table
/// and compared whole. What a look-up finds is the name's position in the list, which the owner
/// turns into its own value (a ``Tag``'s raw value, say). ``Tag`` and ``UntaggedElement`` look up
/// element names in it.
///
/// The type is not generic and its slots are plain integers: every table a process builds at
/// start-up shares the one `[Entry]` type, so building one instantiates no generic metadata of
/// its own (each distinct generic type costs a process about 11 000 instructions the first time).
struct PackedNameTable: Sendable {
    private struct Entry: Sendable {
        var low: UInt64
        var high: UInt64
        /// The name's length in bytes; 0 marks an empty slot (no name is empty).
        var count: UInt32
        /// The name's position in the list the table was built from.
        var index: UInt32
    }

    private var entries: [Entry]
    private let mask: Int

    /// A table of `names`, each found as its position in the list (names longer than 16 bytes,
    /// and empty ones, are left out).
    init(_ names: [String]) {
        // At most half full: a miss ends within a few slots, and the table of the 130 tag names
        // (256 slots of 24 bytes) takes two pages rather than the six of a quarter-full one (which
        // saved the tokenizer no more than 0.1% of its instructions on the 99 pages of p100).
        var size = 16
        while size < names.count * 2 { size *= 2 }
        mask = size - 1
        entries = [Entry](repeating: Entry(low: 0, high: 0, count: 0, index: 0), count: size)
        var index = 0
        while index < names.count {
            var name = names[index]
            // The literal's own bytes, without copying them into an array (this runs at start-up).
            name.withUTF8 { bytes in
                guard bytes.count > 0, bytes.count <= 16 else { return }
                let key = Self.pack(bytes)
                var slot = Self.hash(key.low, key.high, bytes.count) & mask
                while entries[slot].count != 0 { slot = (slot + 1) & mask }
                entries[slot] = Entry(
                    low: key.low, high: key.high, count: UInt32(bytes.count), index: UInt32(truncatingIfNeeded: index))
            }
            index += 1
        }
    }

    /// The bytes as two little-endian words, zero-padded.
    @inline(__always) private static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> (low: UInt64, high: UInt64) {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while index < bytes.count, index < 8 {
            low |= UInt64(bytes[index]) << (UInt64(index) << 3)
            index += 1
        }
        while index < bytes.count {
            high |= UInt64(bytes[index]) << (UInt64(index - 8) << 3)
            index += 1
        }
        return (low, high)
    }

    @inline(__always) private static func hash(_ low: UInt64, _ high: UInt64, _ count: Int) -> Int {
        let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(count)
        return Int(truncatingIfNeeded: mixed >> 40)
    }

    /// The position in the list of the name `bytes`, if it is in the table.
    @inline(__always) func index(for bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count > 0, bytes.count <= 16 else { return nil }
        let key = Self.pack(bytes)
        var slot = Self.hash(key.low, key.high, bytes.count) & mask
        while entries[slot].count != 0 {
            let entry = entries[slot]
            if entry.low == key.low, entry.high == key.high, Int(entry.count) == bytes.count { return Int(entry.index) }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
