import GalleyCore

/// What extraction measures about one leaf block.
struct BlockFeatures {
    enum Kind { case paragraph, heading, list, table, figure, code, quote, rule, other }

    var kind: Kind = .other
    /// The block's text, as it reads.
    var text = ""
    /// Unicode scalars that are not white space.
    var characters = 0
    /// Characters inside links.
    var linkCharacters = 0
    /// Links in the block.
    var links = 0
    /// Sentence and clause punctuation: . , ; : ! ? and their CJK forms.
    var punctuation = 0
    /// Whitespace-separated words (CJK text counts characters instead).
    var words = 0
    /// List items, for lists.
    var items = 0
    var hasImage = false
    /// Stop words found, filled once the page's language is known.
    var stopWords = 0
    /// Whether the text reads as interface (``PageChrome/isChrome(_:)``), filled when measured.
    var isChrome = false

    /// The share of the text that is link text.
    var linkDensity: Double { characters == 0 ? (links > 0 ? 1 : 0) : Double(linkCharacters) / Double(characters) }

    /// Stop words per word (per character for CJK).
    var stopWordDensity: Double { words == 0 ? 0 : Double(stopWords) / Double(words) }

    init() {}

    init(_ block: Block) {
        switch block {
        case .paragraph, .lineBlock: kind = .paragraph
        case .heading: kind = .heading
        case .list(let list):
            kind = .list
            items = list.items.count
        case .table: kind = .table
        case .figure: kind = .figure
        case .codeBlock: kind = .code
        case .blockQuote: kind = .quote
        case .horizontalRule: kind = .rule
        case .div, .rawBlock: kind = .other
        }
        switch block {
        case .paragraph(let content):
            if readInlines(content) { return }
        case .heading(let heading):
            if readInlines(heading.content) { return }
        default:
            if readBlocks(block) { return }
        }
        text = block.plainText
        measureText()
        [block].walk(
            blocks: { _ in .descend },
            inlines: { inline in
                switch inline {
                case .link(let link):
                    links += 1
                    linkCharacters += Self.visibleCharacters(link.content.plainText)
                    for case .image in link.content { hasImage = true }
                    return .descend
                case .image:
                    hasImage = true
                    return .skipChildren
                default:
                    return .descend
                }
            })
    }

    /// Reads `content` in one walk, with a stack instead of recursion: its text (what
    /// `plainText` gives), the text's measures, and the links, their characters and the images
    /// that the general walk in ``init(_:)`` counts. `false`, with nothing set, when the content
    /// holds a note, whose blocks the general walk reads.
    mutating func readInlines(_ content: [Inline]) -> Bool {
        var text = ""
        var inlineFacts = InlineFacts()
        guard inlineFacts.read(content, into: &text) else { return false }
        self.text = text
        measureText()
        inlineFacts.add(to: &self)
        return true
    }

    /// Reads any other block as ``readInlines(_:)`` reads a paragraph, in one walk with a stack
    /// instead of recursion: its text is the texts of its paragraphs, headings, line blocks and
    /// code that are not empty, in reading order, separated by blank lines, as `plainText` joins
    /// them at every level. `false`, with nothing set, when the block holds a note, whose blocks
    /// the general walk reads.
    mutating func readBlocks(_ block: Block) -> Bool {
        var text = ""
        var inlineFacts = InlineFacts()
        // The block lists being read, outermost first, each with where to go on.
        var pending: [(list: [Block], next: Int)] = []
        var list = [block]
        var next = 0
        while true {
            guard next < list.count else {
                guard let outer = pending.popLast() else { break }
                (list, next) = outer
                continue
            }
            let child = list[next]
            next += 1
            // Leaves add a separator first, taken back if they have no text.
            let before = text.utf8.count
            switch child {
            case .paragraph(let content):
                if before > 0 { text += "\n\n" }
                guard inlineFacts.read(content, into: &text) else { return false }
            case .heading(let heading):
                if before > 0 { text += "\n\n" }
                guard inlineFacts.read(heading.content, into: &text) else { return false }
            case .lineBlock(let lines):
                if before > 0 { text += "\n\n" }
                for (index, line) in lines.enumerated() {
                    if index > 0 { text += "\n" }
                    guard inlineFacts.read(line, into: &text) else { return false }
                }
            case .codeBlock(let code):
                if before > 0 { text += "\n\n" }
                text += code.text
            case .horizontalRule, .rawBlock:
                continue
            case .blockQuote(let body), .div(_, let body):
                pending.append((list, next))
                (list, next) = (body, 0)
                continue
            case .list(let nested):
                // The items are pushed last first, so that the first is read first.
                pending.append((list, next))
                for item in nested.items.reversed() { pending.append((item, 0)) }
                (list, next) = pending.removeLast()
                continue
            case .table, .figure:
                var lists: [[Block]] = []
                child.forEachChildList(blocks: { lists.append($0) }, inlines: { _ in })
                pending.append((list, next))
                for childList in lists.reversed() { pending.append((childList, 0)) }
                (list, next) = pending.removeLast()
                continue
            }
            // "\n\n" is two characters that join nothing before them.
            if before > 0 && text.utf8.count == before + 2 { text.removeLast(2) }
        }
        self.text = text
        measureText()
        inlineFacts.add(to: &self)
        return true
    }

    mutating func measureText() {
        var inWord = false
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    // ASCII: white space and punctuation all lie below 0x40, one bit each.
                    index += 1
                    if byte < 0x40 {
                        if (Self.asciiSpaces >> UInt64(byte)) & 1 != 0 {
                            inWord = false
                            continue
                        }
                        if (Self.asciiPunctuation >> UInt64(byte)) & 1 != 0 { punctuation += 1 }
                    }
                    characters += 1
                    if !inWord {
                        words += 1
                        inWord = true
                    }
                    continue
                }
                let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
                let value = scalar.value
                index += length
                if value == 0xA0 {
                    inWord = false
                    continue
                }
                characters += 1
                switch value {
                case 0x3002, 0x3001, 0xFF0C, 0xFF01, 0xFF1F, 0xFF1B: punctuation += 1
                default: break
                }
                if value >= 0x3040 && WordCounter.isIdeographic(value) {
                    words += 1
                    inWord = false
                } else if !inWord {
                    words += 1
                    inWord = true
                }
            }
        }
    }

    /// A bit per ASCII byte below 0x40 that separates words here: space, tab, line feed, carriage return.
    private static let asciiSpaces: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D
    /// A bit per ASCII byte below 0x40 that counts as punctuation: `.` `,` `;` `:` `!` `?`.
    private static let asciiPunctuation: UInt64 = 1 << 0x2E | 1 << 0x2C | 1 << 0x3B | 1 << 0x3A | 1 << 0x21 | 1 << 0x3F

    /// Unicode scalars that are not white space (Unicode's White_Space property), counted on
    /// UTF-8 bytes.
    static func visibleCharacters(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    if !(byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) { count += 1 }
                    continue
                }
                let (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
                index += length
                if !isNonASCIIWhitespace(scalar.value) { count += 1 }
            }
            return count
        }
    }

    /// White space outside ASCII: U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029,
    /// U+202F, U+205F and U+3000.
    static func isNonASCIIWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
