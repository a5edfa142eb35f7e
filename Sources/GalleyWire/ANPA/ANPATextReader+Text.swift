/// Line-level conventions of ANPA copy: quad codes, AP quotes, subheads, `^` segments.
extension ANPATextReader {
    /// Where a second `^` segment starts on the line (`< ^`), as the range of that separator.
    static func secondSegment(_ bytes: ArraySlice<UInt8>) -> Range<Int>? {
        var index = bytes.startIndex
        while index + 2 < bytes.endIndex {
            if bytes[index] == ControlCode.lessThan, bytes[index + 1] == ControlCode.space,
                bytes[index + 2] == ControlCode.caret
            {
                return (index + 1)..<(index + 3)
            }
            index += 1
        }
        return nil
    }

    /// `*9006`: a service's index number before the keyword.
    static func isIndexNumber(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.first == UInt8(ascii: "*"), bytes.count > 1 else { return false }
        return bytes.dropFirst().allSatisfy(ByteText.isDigit)
    }

    /// A line's text without ANPA's end-of-line quad codes (`<`, `=`) and with AP's `` `` `` and
    /// `''` quotation marks as typographic quotes.
    static func clean(_ text: String) -> Cleaned {
        var value = text.trimmingSpaces()
        var endsParagraph = false
        var endsWithEquals = false
        while let last = value.utf8.last, last == ControlCode.lessThan || last == ControlCode.equals {
            if last == ControlCode.equals { endsWithEquals = true }
            value = String(decoding: Array(value.utf8.dropLast()), as: UTF8.self)
            value = value.trimmingSpaces()
            endsParagraph = true
        }
        var hasBackquotes = false
        var hasApostrophes = false
        var previous: UInt8 = 0
        for byte in value.utf8 {
            if byte == previous {
                if byte == UInt8(ascii: "`") { hasBackquotes = true }
                if byte == UInt8(ascii: "'") { hasApostrophes = true }
            }
            previous = byte
        }
        if hasBackquotes { value = value.replacingOccurrences("``", with: "\u{201C}") }
        if hasApostrophes { value = value.replacingOccurrences("''", with: "\u{201D}") }
        return Cleaned(text: value, endsParagraph: endsParagraph, endsWithEquals: endsWithEquals)
    }

    /// A line's text and the quad code that ended it.
    struct Cleaned {
        var text: String
        /// Ended with `<` or `=`.
        var endsParagraph: Bool
        /// Ended with `=` (a centred line).
        var endsWithEquals: Bool
    }

    /// `TIP-INS`, `UP NEXT`, `2. HONG KONG BILL WITHDRAWN`: a short line in capitals that heads a
    /// section of the body.
    static func isSubhead(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 3, bytes.count <= 80, bytes.contains(where: ByteText.isUpper),
            !bytes.contains(where: ByteText.isLower), let last = bytes.last,
            last != UInt8(ascii: "."), last != UInt8(ascii: ","), last != UInt8(ascii: ":")
        else { return false }
        let words = text.split(separator: " ").count
        return words <= 12 && !SignOff.endWords.contains(text.lowercased()) && text != "MORE"
    }

    static func isBylineStart(_ text: String) -> Bool {
        text.hasPrefix("By ") || text.hasPrefix("BY ")
    }
}
