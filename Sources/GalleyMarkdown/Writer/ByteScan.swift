import GalleyCore

// Scans over UTF-8 bytes eight at a time, for the checks every paragraph and text goes through.

/// Byte scans that read a 64-bit word at a time.
enum ByteScan {
    /// Whether `bytes` holds `first` or `second`.
    static func contains(_ first: UInt8, or second: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        // Safe: every word read lies within `bytes` (index + 8 <= count).
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let firstPattern = ByteWord.splat(first)
        let secondPattern = ByteWord.splat(second)
        // Below this, a word may hold `first` or `second` (the usual case, both line ends, is
        // checked with one subtraction per word).
        let bound = UInt64(max(first, second)) + 1
        var index = 0
        if bound <= 0x80 {
            // Four words a step while none holds a byte below the bound (the usual answer), their
            // results joined into one test; the word loop below looks closer from the first step
            // that may.
            while index + 32 <= count {
                let below = ByteWord.bytesBelow(ByteWord.load(raw, at: index), bound)
                    | ByteWord.bytesBelow(ByteWord.load(raw, at: index + 8), bound)
                    | ByteWord.bytesBelow(ByteWord.load(raw, at: index + 16), bound)
                    | ByteWord.bytesBelow(ByteWord.load(raw, at: index + 24), bound)
                if below != 0 { break }
                index += 32
            }
        }
        while index + 8 <= count {
            let word = ByteWord.load(raw, at: index)
            if bound <= 0x80, !ByteWord.hasByteBelow(word, bound) {
                index += 8
                continue
            }
            if ByteWord.hasZeroByte(word ^ firstPattern) || ByteWord.hasZeroByte(word ^ secondPattern) { return true }
            index += 8
        }
        if index < count, count >= 8 {
            // The last eight bytes, some seen already (their answer is known: no).
            let word = ByteWord.load(raw, at: count - 8)
            return ByteWord.hasZeroByte(word ^ firstPattern) || ByteWord.hasZeroByte(word ^ secondPattern)
        }
        while index < count {
            if bytes[index] == first || bytes[index] == second { return true }
            index += 1
        }
        return false
    }

    /// Whether `bytes` is wider than `limit` characters (counting stops there).
    static func width(of bytes: UnsafeBufferPointer<UInt8>, exceeds limit: Int) -> Bool {
        guard let base = bytes.baseAddress else { return 0 > limit }
        // Safe: every word read lies within `bytes` (index + 8 <= count).
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var width = 0
        var index = 0
        while index + 16 <= count {
            // Two words a step; most are ASCII: sixteen characters.
            let word = ByteWord.load(raw, at: index)
            let next = ByteWord.load(raw, at: index + 8)
            width += (word | next) & ByteWord.highs == 0 ? 16 : 16 - continuationCount(word) - continuationCount(next)
            if width > limit { return true }
            index += 16
        }
        while index + 8 <= count {
            let word = ByteWord.load(raw, at: index)
            // Most words are ASCII: eight characters.
            width += word & ByteWord.highs == 0 ? 8 : 8 - continuationCount(word)
            if width > limit { return true }
            index += 8
        }
        while index < count {
            if bytes[index] & 0xC0 != 0x80 { width += 1 }
            index += 1
        }
        return width > limit
    }

    /// How many of the word's bytes are UTF-8 continuation bytes (`10xxxxxx`).
    @inline(__always)
    static func continuationCount(_ word: UInt64) -> Int {
        // The top bit of each continuation byte, moved to the byte's lowest bit; multiplying
        // adds the eight bytes into the top one (at most 8: no carry). Cheaper than a population
        // count where the processor baseline has no instruction for it.
        let ones = (word & ~(word << 1) & ByteWord.highs) >> 7
        return Int(truncatingIfNeeded: (ones &* ByteWord.ones) >> 56)
    }

    /// The width in characters of `bytes[start..<end]`. Where the buffer goes on past `end`,
    /// a last short run is read as one word too, its bytes past `end` masked off.
    @inline(__always)
    static func width(of bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard let base = bytes.baseAddress, start < end else { return 0 }
        // Safe: every word read lies within `bytes` (index + 8 <= bytes.count).
        let raw = UnsafeRawPointer(base)
        var continuations = 0
        var index = start
        while index + 16 <= end {
            // Two words a step; most are ASCII: nothing to count.
            let word = ByteWord.load(raw, at: index)
            let next = ByteWord.load(raw, at: index + 8)
            if (word | next) & ByteWord.highs != 0 { continuations &+= continuationCount(word) &+ continuationCount(next) }
            index += 16
        }
        while index + 8 <= end {
            let word = ByteWord.load(raw, at: index)
            // Most words are ASCII: nothing to count.
            if word & ByteWord.highs != 0 { continuations &+= continuationCount(word) }
            index += 8
        }
        let rest = end - index
        if rest > 0, index + 8 <= bytes.count {
            // The first `rest` bytes of the word (the low ones, read little-endian).
            let word = ByteWord.load(raw, at: index)
            let mask: UInt64 = (1 << (8 * UInt64(rest))) - 1
            continuations &+= continuationCount(word & mask)
        } else {
            while index < end {
                if bytes[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
        }
        return end - start - continuations
    }

    /// The eight bytes at `index` that are not ASCII letters, digits, spaces or non-ASCII
    /// bytes (the bytes that may need a backslash in text): the top bit of each, the first
    /// byte's in the lowest byte of the result. Zero past the end of `bytes`.
    static func nonPlainTextBytes(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        guard let base = bytes.baseAddress, index + 8 <= bytes.count else { return 0 }
        // Safe: the word lies within `bytes`.
        let word = ByteWord.load(UnsafeRawPointer(base), at: index)
        let ones = ByteWord.ones
        let highs = ByteWord.highs
        // Each byte's low seven bits, and the same with capitals folded onto small letters.
        // Adding 0x80 - n to a seven-bit byte sets its top bit when it is n or more (no carry
        // reaches the next byte).
        let low = word & ~highs
        let folded = (word | 0x2020_2020_2020_2020) & ~highs
        let letters = (folded &+ ones &* (0x80 - 0x61)) & ~(folded &+ ones &* (0x80 - 0x7B))
        let digits = (low &+ ones &* (0x80 - 0x30)) & ~(low &+ ones &* (0x80 - 0x3A))
        // The top bit of each byte that is a space (each byte tested exactly).
        let spaceless = word ^ 0x2020_2020_2020_2020
        let spaces = ~(((spaceless & ~highs) &+ ~highs) | spaceless)
        return ~(letters | digits | spaces | word) & highs
    }

    /// Whether `bytes` holds a byte that ``MarkdownRenderer/needsDestinationWork(_:)``: a
    /// control, a space, DEL, `&`, `(`, `)`, `<`, `>` or a backslash.
    static func containsDestinationWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        containsAny(in: bytes, hits: { destinationWork($0) }, byte: { MarkdownRenderer.needsDestinationWork($0) })
    }

    /// Whether `bytes` holds a control, a space, DEL or `<` (a destination that needs pointy
    /// brackets).
    static func containsPointyWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        containsAny(in: bytes, hits: { pointyWork($0) }, byte: { $0 <= 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "<") })
    }

    /// Top bits that are set, among the word's, only if it holds a byte below 0x21, DEL or `<`
    /// (other bits are noise).
    @inline(__always)
    static func pointyWork(_ word: UInt64) -> UInt64 {
        let ones = ByteWord.ones
        return ByteWord.bytesBelow(word, 0x21) | ByteWord.zeroBytes(word ^ (ones &* 0x3C)) | ByteWord.zeroBytes(word ^ (ones &* 0x7F))
    }

    /// The index of the first byte at or after `start` that
    /// ``MarkdownRenderer/needsDestinationWork(_:)``, or the count.
    static func firstDestinationWork(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        // Safe: every word read lies within `bytes` (index + 8 <= count).
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let highs = ByteWord.highs
        var index = start
        while index + 8 <= count {
            let word = ByteWord.load(raw, at: index)
            // Each byte tested exactly: ASCII below 0x21 (its seven bits plus 0x80 - 0x21 leave
            // the top bit clear), then the marks. Little-endian: the lowest bit is the first.
            let controls = ~((word & ~highs) &+ 0x5F5F_5F5F_5F5F_5F5F) & ~word
            let marks = ByteWord.equalBytes(word | ByteWord.ones, 0x29) | ByteWord.equalBytes(word | 0x0202_0202_0202_0202, 0x3E)
                | ByteWord.equalBytes(word, 0x26) | ByteWord.equalBytes(word, 0x5C) | ByteWord.equalBytes(word, 0x7F)
            let found = (controls | marks) & highs
            if found != 0 { return index + found.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < count {
            if MarkdownRenderer.needsDestinationWork(bytes[index]) { return index }
            index += 1
        }
        return count
    }

    /// Whether `bytes` holds a byte that ``MarkdownRenderer/needsTitleWork(_:)``: a line end,
    /// `"`, a backslash or `&`.
    static func containsTitleWork(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        containsAny(in: bytes, hits: { titleWork($0) }, byte: { MarkdownRenderer.needsTitleWork($0) })
    }

    /// Whether a word of `bytes` has a top bit set by `hits` (or, in a buffer shorter than a
    /// word, a byte passes `byteTest`). Two words a step, their hits gathered into one test;
    /// the last short run is read as the buffer's last word.
    ///
    /// - Parameter hits: Top bits that are set, among a word's, only if one of its bytes is
    ///   looked for (other bits are noise). The tests are passed as closures, which are inlined
    ///   here (a function passed by name is called through a thunk, once a word).
    @inline(__always)
    private static func containsAny(
        in bytes: UnsafeBufferPointer<UInt8>, hits: (UInt64) -> UInt64, byte byteTest: (UInt8) -> Bool
    ) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        // Safe: every word read lies within `bytes` (index + 8 <= count, count - 8 >= 0).
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        let highs = ByteWord.highs
        var index = 0
        while index + 16 <= count {
            if (hits(ByteWord.load(raw, at: index)) | hits(ByteWord.load(raw, at: index + 8))) & highs != 0 { return true }
            index += 16
        }
        if index < count, count >= 8 {
            // A word, then the last eight bytes, some seen already (their answer is known: no).
            if index + 8 <= count, hits(ByteWord.load(raw, at: index)) & highs != 0 { return true }
            return hits(ByteWord.load(raw, at: count - 8)) & highs != 0
        }
        while index < count {
            if byteTest(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    /// Top bits that are set, among the word's, only if it holds a line end, `"`, a backslash
    /// or `&` (other bits are noise).
    @inline(__always)
    static func titleWork(_ word: UInt64) -> UInt64 {
        let ones = ByteWord.ones
        return ByteWord.zeroBytes(word ^ (ones &* 0x0A)) | ByteWord.zeroBytes(word ^ (ones &* 0x0D)) | ByteWord.zeroBytes(word ^ (ones &* 0x22))
            | ByteWord.zeroBytes(word ^ (ones &* 0x5C)) | ByteWord.zeroBytes(word ^ (ones &* 0x26))
    }

    /// Top bits that are set, among the word's, only if it holds a byte that
    /// ``MarkdownRenderer/needsDestinationWork(_:)`` (other bits are noise).
    @inline(__always)
    static func destinationWork(_ word: UInt64) -> UInt64 {
        let ones = ByteWord.ones
        // A byte below 0x21, then zero bytes where the word (with the last bit or the second
        // folded away for the pairs) equals `(`/`)`, `<`/`>`, `&`, backslash or DEL: each term
        // sets a byte's top bit only if some byte matches.
        return ByteWord.bytesBelow(word, 0x21)
            | ByteWord.zeroBytes((word | ones) ^ (ones &* 0x29)) | ByteWord.zeroBytes((word | ones &* 0x02) ^ (ones &* 0x3E))
            | ByteWord.zeroBytes(word ^ (ones &* 0x26)) | ByteWord.zeroBytes(word ^ (ones &* 0x5C)) | ByteWord.zeroBytes(word ^ (ones &* 0x7F))
    }

    /// Calls `body` with the index of every space in `bytes[start..<end]`, in order.
    @inline(__always)
    static func forEachSpace(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ body: (Int) -> Void
    ) {
        forEach(0x20, in: bytes, from: start, to: end, body)
    }

    /// Calls `body` with the index of every `byte` in `bytes[start..<end]`, in order.
    @inline(__always)
    static func forEach(
        _ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, _ body: (Int) -> Void
    ) {
        guard let base = bytes.baseAddress, start < end, end <= bytes.count else { return }
        // Safe: every word read lies within `bytes[start..<end]` (index + 8 <= end <= count).
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= end {
            // Little-endian: the lowest set bit is the first match.
            var matches = ByteWord.equalBytes(ByteWord.load(raw, at: index), byte)
            while matches != 0 {
                body(index + matches.trailingZeroBitCount / 8)
                matches &= matches &- 1
            }
            index += 8
        }
        while index < end {
            if bytes[index] == byte { body(index) }
            index += 1
        }
    }

    /// The index of the first `byte` in `bytes[start..<end]` that `test` accepts, or `nil`.
    @inline(__always)
    static func first(
        _ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, where test: (Int) -> Bool
    ) -> Int? {
        guard let base = bytes.baseAddress, start < end, end <= bytes.count else { return nil }
        // Safe: every word read lies within `bytes[start..<end]` (index + 8 <= end <= count).
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 8 <= end {
            // Little-endian: the lowest set bit is the first match.
            var matches = ByteWord.equalBytes(ByteWord.load(raw, at: index), byte)
            while matches != 0 {
                let match = index + matches.trailingZeroBitCount / 8
                if test(match) { return match }
                matches &= matches &- 1
            }
            index += 8
        }
        while index < end {
            if bytes[index] == byte, test(index) { return index }
            index += 1
        }
        return nil
    }
}
