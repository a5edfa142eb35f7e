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
        case .list(let list):
            if readList(list) { return }
        default: break
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

    /// Reads a list whose items hold only paragraphs (a menu, a list of links or of points) as
    /// ``readInlines(_:)`` reads a paragraph: its text is the paragraphs' texts that are not
    /// empty, separated by blank lines, as `plainText` joins them. `false`, with nothing set,
    /// for any other list, which the general walk reads.
    mutating func readList(_ list: List) -> Bool {
        var text = ""
        var inlineFacts = InlineFacts()
        for item in list.items {
            for block in item {
                guard case .paragraph(let content) = block else { return false }
                // The separator goes first and is taken back if the paragraph has no text.
                let separated = !text.isEmpty
                if separated { text += "\n\n" }
                let before = text.utf8.count
                guard inlineFacts.read(content, into: &text) else { return false }
                if separated && text.utf8.count == before { text = String(decoding: text.utf8.dropLast(2), as: UTF8.self) }
            }
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
