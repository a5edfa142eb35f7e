/// A fixed set of short names (at most 16 bytes) looked up by their bytes, without building a
/// string: a name is packed into two 64-bit words, which are hashed into an open-addressed table
/// and compared whole. The tokenizer uses it to intern tag and attribute names.
struct PackedNameTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var low: UInt64
        var high: UInt64
        var count: Int
        var value: Value
    }

    private var entries: [Entry?]
    private let mask: Int

    /// A table of `names` (each at most 16 bytes; longer ones are left out).
    init(_ names: [(name: String, value: Value)]) {
        var size = 16
        while size < names.count * 4 { size *= 2 }
        mask = size - 1
        entries = [Entry?](repeating: nil, count: size)
        for (name, value) in names {
            var name = name
            let count = name.utf8.count
            guard count <= 16 else { continue }
            // The literal's own bytes, without copying them into an array (this runs at start-up).
            let key = name.withUTF8 { Self.pack($0) }
            var slot = Self.hash(key.low, key.high, count) & mask
            while entries[slot] != nil { slot = (slot + 1) & mask }
            entries[slot] = Entry(low: key.low, high: key.high, count: count, value: value)
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

    /// The value stored for the name `bytes`, if it is in the table.
    @inline(__always) func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard bytes.count > 0, bytes.count <= 16 else { return nil }
        let key = Self.pack(bytes)
        var slot = Self.hash(key.low, key.high, bytes.count) & mask
        while let entry = entries[slot] {
            if entry.low == key.low, entry.high == key.high, entry.count == bytes.count { return entry.value }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
