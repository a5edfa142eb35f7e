/// The marker that begins a list item: a bullet (`-`, `*`, `+`, `•`, `◦`, `▪`, `‣`) or a number
/// of one to three digits followed by `.` or `)`, then white space and the item's text.
struct ListMarker {
    /// Which family the marker belongs to; a list's items share it.
    enum Kind: Equatable {
        case bullet(UInt32)
        case ordered(UInt8)
    }

    var kind: Kind
    /// The item's number (1 for bullets).
    var number: Int
    /// The marker's column.
    var indent: Int
    /// The item's text as a line of its own (the marker stripped).
    var contentLine: TextLine

    var isOrdered: Bool {
        if case .ordered = kind { return true }
        return false
    }

    /// Whether the bullet is a typographic symbol (`•`) that never begins an ordinary sentence,
    /// so it starts a list even right after a paragraph line.
    var isSymbolBullet: Bool {
        if case .bullet(let scalar) = kind { return scalar > 0x7F }
        return false
    }

    /// Ordered markers have at most this many digits, so that years ("2021.") stay text.
    static let maximumDigits = 3

    /// The marker at the start of `line`, or `nil`.
    init?(_ line: TextLine, _ bytes: [UInt8]) {
        guard !line.isBlank, line.indent < 16 else { return nil }
        var index = line.contentStart
        let first = bytes[index]
        switch first {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            kind = .bullet(UInt32(first))
            number = 1
            index += 1
        case 0xE2 where index + 2 < line.contentEnd:
            let symbol = (UInt32(bytes[index + 1]) << 8) | UInt32(bytes[index + 2])
            switch symbol {
            case 0x80A2: kind = .bullet(0x2022)  // •
            case 0x80A3: kind = .bullet(0x2023)  // ‣
            case 0x97A6: kind = .bullet(0x25E6)  // ◦
            case 0x96AA: kind = .bullet(0x25AA)  // ▪
            default: return nil
            }
            number = 1
            index += 3
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var value = 0
            var digits = 0
            while index < line.contentEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                digits += 1
                index += 1
            }
            guard digits <= Self.maximumDigits, index < line.contentEnd,
                bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")")
            else { return nil }
            kind = .ordered(bytes[index])
            number = value
            index += 1
        default:
            return nil
        }
        guard index < line.contentEnd, bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        let content = TextLine(bytes, start: index, end: line.end, number: line.number)
        guard !content.isBlank else { return nil }
        indent = line.indent
        contentLine = content
    }
}
