// Escaping text: a backslash only where a character would otherwise mean something where it
// stands. One pass over the UTF-8 bytes; ordinary bytes are copied in runs.

extension MarkdownRenderer {
    /// What follows the inline being written: its first byte when known, and its flank class.
    struct Next {
        /// The first byte written next (`\n` at a line end, 0 when not known in advance).
        var byte: UInt8
        var flank: Flank

        /// The end of a block.
        static let end = Next(byte: UInt8(ascii: "\n"), flank: .whitespace)
        /// A delimiter or other markup punctuation whose exact byte is not known yet.
        static let markup = Next(byte: 0, flank: .symbol)
    }

    /// Bytes that may need a backslash somewhere:
    /// backslash, `` ` ``, `*`, `_`, `[`, `]`, `<`, `&`, `!`, `~`, `:` and `.`.
    static func isSpecial(_ byte: UInt8) -> Bool {
        // One bit per byte value: 0x00...0x3F in the first mask, 0x40...0x7F in the second.
        let below40: UInt64 = 1 << 0x21 | 1 << 0x26 | 1 << 0x2A | 1 << 0x2E | 1 << 0x3A | 1 << 0x3C
        let below80: UInt64 = 1 << (0x5B - 0x40) | 1 << (0x5C - 0x40) | 1 << (0x5D - 0x40) | 1 << (0x5F - 0x40)
            | 1 << (0x60 - 0x40) | 1 << (0x7E - 0x40)
        if byte < 0x40 { return below40 >> byte & 1 != 0 }
        if byte < 0x80 { return below80 >> (byte - 0x40) & 1 != 0 }
        return false
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// Whether `&` at `index` starts something a renderer would read as an entity.
    static func startsEntity<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Bool where Bytes.Index == Int {
        var cursor = index + 1
        guard cursor < bytes.count else { return false }
        if bytes[cursor] == UInt8(ascii: "#") { return true }
        while cursor < bytes.count, isASCIIAlphanumeric(bytes[cursor]) { cursor += 1 }
        return cursor > index + 1 && cursor < bytes.count && bytes[cursor] == UInt8(ascii: ";")
    }

    /// The class of the last character written (whitespace at the start of the output).
    func trailingFlankOfOutput() -> Flank {
        if isAtLineStart { return .whitespace }
        return out.withUnsafeBufferPointer { Self.lastScalarFlank($0, before: $0.count) } ?? .whitespace
    }

    /// The class of the scalar that ends just before `end` in `bytes`, or `nil` at the start.
    static func lastScalarFlank<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, before end: Int, from start: Int = 0) -> Flank? where Bytes.Index == Int {
        guard end > start else { return nil }
        var index = end - 1
        while index > start, bytes[index] & 0xC0 == 0x80, end - index < 4 { index -= 1 }
        return scalarFlank(bytes, at: index, end: end)
    }

    /// The class of the scalar starting at `index`.
    static func scalarFlank<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int, end: Int) -> Flank where Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return Flank(Unicode.Scalar(lead)) }
        var value: UInt32
        var count: Int
        if lead & 0xE0 == 0xC0 { value = UInt32(lead & 0x1F); count = 1 }
        else if lead & 0xF0 == 0xE0 { value = UInt32(lead & 0x0F); count = 2 }
        else { value = UInt32(lead & 0x07); count = 3 }
        var cursor = index + 1
        while count > 0, cursor < end {
            value = value << 6 | UInt32(bytes[cursor] & 0x3F)
            cursor += 1
            count -= 1
        }
        return Unicode.Scalar(value).map(Flank.init) ?? .other
    }

    /// Writes text, escaping what would otherwise be markup.
    mutating func writeText(_ text: String, mode: InlineMode, next: Next) {
        // Native strings lend their bytes without a copy (and without the retain a `var` copy
        // for `withUTF8` costs); others are copied once.
        if text.utf8.withContiguousStorageIfAvailable({ writeTextBytes($0, mode: mode, next: next) }) != nil { return }
        var text = text
        text.withUTF8 { writeTextBytes($0, mode: mode, next: next) }
    }

    private mutating func writeTextBytes(_ bytes: UnsafeBufferPointer<UInt8>, mode: InlineMode, next: Next) {
        let count = bytes.count
        guard count > 0 else { return }
        // The index that needs a backslash at a line start, or -1.
        let forced = (isAtLineStart ? lineStartEscapeIndex(bytes, next: next) : nil) ?? -1
        isAtLineStart = false
        let regionStart = out.count
        var runStart = 0
        var index = 0
        // Eight bytes at a time: in a word, only the bytes other than letters, digits, spaces
        // and non-ASCII are looked at (the short rest, and a word holding the forced escape,
        // byte by byte).
        while index < count {
            if index + 8 <= count, index > forced {
                var others = ByteScan.nonPlainTextBytes(bytes, at: index)
                while others != 0 {
                    let at = index + others.trailingZeroBitCount / 8
                    let byte = bytes[at]
                    if Self.isSpecial(byte) {
                        if needsEscape(bytes, at: at, next: next) {
                            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<at]))
                            out.append(UInt8(ascii: "\\"))
                            runStart = at
                        }
                    } else if byte == 0x0A || byte == 0x0D {
                        hasWrittenTextLineEnd = true
                    }
                    others &= others &- 1
                }
                index += 8
                continue
            }
            let chunkEnd = min(index + 8, count)
            while index < chunkEnd {
                if bytes[index] == 0x0A || bytes[index] == 0x0D { hasWrittenTextLineEnd = true }
                if index == forced || (Self.isSpecial(bytes[index]) && needsEscape(bytes, at: index, next: next)) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out.append(UInt8(ascii: "\\"))
                    runStart = index
                }
                index += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        // Where a paragraph may wrap inside the text is found when it is laid out.
        if options.wrap == .auto, mode == .paragraph {
            addWrapRegion(WrapRegion(start: regionStart, end: out.count, nextByte: next.byte))
        }
    }

    static func isBreakingSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    /// Whether the special byte at `index` needs a backslash where it stands.
    private func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, next: Next) -> Bool {
        let byte = bytes[index]
        let following = index + 1 < bytes.count ? bytes[index + 1] : next.byte
        switch byte {
        case UInt8(ascii: "\\"):
            return following == 0 || following == 0x0A || following == 0x20 || Self.isASCIIPunctuation(following)
        case UInt8(ascii: "`"), UInt8(ascii: "["):
            return true
        case UInt8(ascii: "]"):
            return linkDepth > 0
        case UInt8(ascii: "<"):
            return Self.isASCIIAlphanumeric(following) || following == UInt8(ascii: "/")
                || following == UInt8(ascii: "!") || following == UInt8(ascii: "?") || following == 0
        case UInt8(ascii: "&"):
            return Self.startsEntity(bytes, at: index) || (index + 1 == bytes.count && next.byte == 0)
        case UInt8(ascii: "!"):
            return index + 1 == bytes.count && (next.byte == UInt8(ascii: "[") || next.byte == 0)
        case UInt8(ascii: "*"), UInt8(ascii: "_"):
            return delimiterNeedsEscape(bytes, at: index, next: next)
        case UInt8(ascii: "~"):
            return isGFM && delimiterNeedsEscape(bytes, at: index, next: next)
        case UInt8(ascii: ":"):
            // GFM's autolink extension links "http://…"; "http\://" reads as text.
            guard isGFM, index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "/"),
                bytes[index + 2] == UInt8(ascii: "/")
            else { return false }
            return Self.endsWithScheme(bytes, before: index)
        case UInt8(ascii: "."):
            // GFM links "www.…" too.
            return isGFM && index >= 3 && bytes[index - 1] == UInt8(ascii: "w")
                && bytes[index - 2] == UInt8(ascii: "w") && bytes[index - 3] == UInt8(ascii: "w")
        default:
            return false
        }
    }

    /// Whether the bytes before `index` end with `http`, `https` or `ftp` (any case).
    static func endsWithScheme(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        func lowered(_ offset: Int) -> UInt8 { bytes[index - offset] | 0x20 }
        if index >= 4, lowered(4) == UInt8(ascii: "h"), lowered(3) == UInt8(ascii: "t"),
            lowered(2) == UInt8(ascii: "t"), lowered(1) == UInt8(ascii: "p")
        {
            return true
        }
        if index >= 5, lowered(5) == UInt8(ascii: "h"), lowered(4) == UInt8(ascii: "t"),
            lowered(3) == UInt8(ascii: "t"), lowered(2) == UInt8(ascii: "p"), lowered(1) == UInt8(ascii: "s")
        {
            return true
        }
        return index >= 3 && lowered(3) == UInt8(ascii: "f") && lowered(2) == UInt8(ascii: "t")
            && lowered(1) == UInt8(ascii: "p")
    }

    /// Whether a literal `*`, `_` or `~` could open or close emphasis where it stands, or would
    /// join a delimiter run next to it.
    private func delimiterNeedsEscape(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, next: Next) -> Bool {
        let byte = bytes[index]
        let previousByte = index > 0 ? bytes[index - 1] : out.last ?? 0x20
        let followingByte = index + 1 < bytes.count ? bytes[index + 1] : next.byte
        // A literal next to one of the writer's own delimiters would lengthen its run.
        if index == 0, previousByte == byte { return true }
        if index + 1 == bytes.count, followingByte == byte || followingByte == 0 { return true }
        let before: Flank =
            index > 0
            ? (Self.lastScalarFlank(bytes, before: index) ?? .whitespace) : trailingFlankOfOutput()
        let after: Flank =
            index + 1 < bytes.count ? Self.scalarFlank(bytes, at: index + 1, end: bytes.count) : next.flank
        return Flank.canOpen(byte, before, after, underBoth: false)
            || Flank.canClose(byte, before, after, underBoth: false)
    }

    /// Where a line that starts with these bytes needs a backslash so as not to start a block
    /// (heading, quote, list item, thematic break, setext underline, fence, table delimiter row).
    func lineStartEscapeIndex(_ bytes: UnsafeBufferPointer<UInt8>, next: Next) -> Int? {
        let first = bytes[0]
        let count = bytes.count
        func isEndOrBlank(_ index: Int) -> Bool {
            index >= count ? next.byte == 0x0A || next.byte == 0x20 || next.byte == 0 : Self.isBreakingSpace(bytes[index])
        }
        /// Whether the text holds only `byte` and spaces (a rule or underline when alone on its line).
        func isOnly(_ byte: UInt8, atLeast minimum: Int) -> Bool {
            var seen = 0
            for b in bytes {
                if b == byte { seen += 1 } else if b != 0x20 && b != 0x09 { return false }
            }
            return seen >= minimum
        }
        switch first {
        case UInt8(ascii: "#"):
            var run = 0
            while run < count, bytes[run] == UInt8(ascii: "#") { run += 1 }
            return run <= 6 && isEndOrBlank(run) ? 0 : nil
        case UInt8(ascii: ">"):
            return 0
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"):
            if isEndOrBlank(1) { return 0 }
            if first == UInt8(ascii: "-"), isOnly(first, atLeast: 1) { return 0 }
            if first == UInt8(ascii: "*"), isOnly(first, atLeast: 3) { return 0 }
            if first == UInt8(ascii: "-"), isGFM, Self.isDelimiterRow(bytes) { return 0 }
            return nil
        case UInt8(ascii: "_"):
            return isOnly(first, atLeast: 3) ? 0 : nil
        case UInt8(ascii: "="):
            return isOnly(first, atLeast: 1) ? 0 : nil
        case UInt8(ascii: "~"), UInt8(ascii: "`"):
            var run = 0
            while run < count, bytes[run] == first { run += 1 }
            return run >= 3 ? 0 : nil
        case UInt8(ascii: "|"), UInt8(ascii: ":"):
            return isGFM && Self.isDelimiterRow(bytes) ? 0 : nil
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var run = 0
            while run < count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[run]) { run += 1 }
            guard run <= 9, run < count, bytes[run] == UInt8(ascii: ".") || bytes[run] == UInt8(ascii: ")")
            else { return nil }
            return isEndOrBlank(run + 1) ? run : nil
        default:
            return nil
        }
    }

    /// Whether the bytes could be a GFM table delimiter row (`|---|:-:|`).
    static func isDelimiterRow(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var hasDash = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "-"): hasDash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: continue
            default: return false
            }
        }
        return hasDash
    }
}
