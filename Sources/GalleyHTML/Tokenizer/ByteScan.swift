import GalleyCore

/// Finding the next byte that matters in a run of ordinary bytes, eight bytes at a time.
///
/// Text, attribute values, comments and scripts are mostly long runs the tokenizer only copies;
/// testing one 64-bit word per step instead of one byte keeps those runs cheap.
enum ByteScan {
    /// The index of the first byte at or after `start` that is `byte`, or `buffer.count`.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let end = buffer.count
        var index = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            let splat = ByteWord.splat(byte)
            // Each load reads eight bytes at `index`, all before `end`, so it stays in the buffer.
            while index &+ 8 <= end {
                let word = ByteWord.load(raw, at: index)
                let hits = ByteWord.zeroBytes(word ^ splat)
                if hits != 0 { return index &+ hits.trailingZeroBitCount >> 3 }
                index &+= 8
            }
        }
        while index < end, buffer[index] != byte { index &+= 1 }
        return index
    }

    /// Whether `buffer` holds a byte below `limit`, which is at most 0x80 (so that a byte at or
    /// above it never borrows into a false hit: the word test is exact for "any").
    static func containsByte(below limit: UInt8, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = buffer.count
        var index = 0
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            // Each load reads eight bytes at `index`, all before `end`, so it stays in the buffer.
            while index &+ 8 <= end {
                let word = ByteWord.load(raw, at: index)
                if ByteWord.hasByteBelow(word, UInt64(limit)) { return true }
                index &+= 8
            }
        }
        while index < end {
            if buffer[index] < limit { return true }
            index &+= 1
        }
        return false
    }

    /// The index of the first byte at or after `start` that is `a`, `b` or `c`, or
    /// `buffer.count` when there is none.
    @inline(__always)
    static func firstIndex(of a: UInt8, _ b: UInt8, _ c: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let end = buffer.count
        var index = start
        if let base = buffer.baseAddress {
            let raw = UnsafeRawPointer(base)
            let splatA = ByteWord.splat(a)
            let splatB = ByteWord.splat(b)
            let splatC = ByteWord.splat(c)
            // Each load reads eight bytes at `index`, all before `end`, so it stays in the buffer.
            while index &+ 8 <= end {
                let word = ByteWord.load(raw, at: index)
                let hits = ByteWord.zeroBytes(word ^ splatA) | ByteWord.zeroBytes(word ^ splatB) | ByteWord.zeroBytes(word ^ splatC)
                if hits != 0 { return index &+ hits.trailingZeroBitCount >> 3 }
                index &+= 8
            }
        }
        while index < end {
            let byte = buffer[index]
            if byte == a || byte == b || byte == c { return index }
            index &+= 1
        }
        return end
    }
}
