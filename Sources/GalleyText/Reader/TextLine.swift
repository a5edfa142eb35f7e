/// One line of the input, as positions in the decoded bytes.
struct TextLine {
    /// The first byte of the line's text (after any stripped quote marker or list marker).
    var start: Int
    /// The byte after the line's last byte (before the line terminator).
    var end: Int
    /// The columns of leading white space (a tab reaches the next multiple of 4).
    var indent: Int
    /// The first and after-last bytes of the text without leading and trailing white space.
    var contentStart: Int
    var contentEnd: Int
    /// The text's width in display columns.
    var width: Int
    /// The 1-based line number, for messages.
    var number: Int

    var isBlank: Bool { contentStart >= contentEnd }

    /// Measures the line `bytes[start..<end]`.
    init(_ bytes: [UInt8], start: Int, end: Int, number: Int) {
        self.start = start
        self.end = end
        self.number = number
        var index = start
        var indent = 0
        scanning: while index < end {
            switch bytes[index] {
            case 0x20, 0x0C, 0x0B:
                indent += 1
                index += 1
            case 0x09:
                indent = (indent / 4 + 1) * 4
                index += 1
            case 0xC2 where index + 1 < end && bytes[index + 1] == 0xA0:  // NO-BREAK SPACE
                indent += 1
                index += 2
            default:
                break scanning
            }
        }
        self.indent = indent
        contentStart = index
        var last = end
        while last > contentStart {
            if Self.isSpace(bytes, last - 1) {
                last -= 1
            } else if last - 2 >= contentStart, bytes[last - 2] == 0xC2, bytes[last - 1] == 0xA0 {
                last -= 2
            } else {
                break
            }
        }
        contentEnd = last
        width = Self.displayWidth(bytes, contentStart, contentEnd)
    }

    static func isSpace(_ bytes: [UInt8], _ index: Int) -> Bool {
        switch bytes[index] {
        case 0x20, 0x09, 0x0C, 0x0B: return true
        default: return false
        }
    }

    /// The display width of `bytes[start..<end]` (ASCII counts one column without a lookup).
    static func displayWidth(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var width = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                width += 1
                index += 1
                continue
            }
            let (scalar, length) = scalar(bytes, at: index, end: end)
            width += DisplayWidth.of(scalar)
            index += length
        }
        return width
    }

    /// The scalar at `index` of well-formed UTF-8 and its length in bytes.
    static func scalar(_ bytes: [UInt8], at index: Int, end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= end else { return ("\u{FFFD}", 1) }
        var value = UInt32(length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07)
        if length > 1 {
            for next in (index + 1)..<(index + length) { value = value << 6 | UInt32(bytes[next] & 0x3F) }
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The scalar that ends at `end` (the last of `bytes[start..<end]`).
    static func lastScalar(_ bytes: [UInt8], start: Int, end: Int) -> Unicode.Scalar? {
        guard end > start else { return nil }
        var index = end - 1
        while index > start && bytes[index] & 0xC0 == 0x80 { index -= 1 }
        return scalar(bytes, at: index, end: end).0
    }

    /// Splits the bytes at LF, CR LF and CR.
    static func split(_ bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        var index = 0
        var number = 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                lines.append(TextLine(bytes, start: start, end: index, number: number))
                number += 1
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        if start < bytes.count { lines.append(TextLine(bytes, start: start, end: bytes.count, number: number)) }
        return lines
    }
}
