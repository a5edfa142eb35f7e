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

    mutating func measureText() {
        var inWord = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value == 0x20 || value == 0x0A || value == 0x09 || value == 0xA0 || value == 0x0D {
                inWord = false
                continue
            }
            characters += 1
            switch value {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x3002, 0x3001, 0xFF0C, 0xFF01, 0xFF1F, 0xFF1B:
                punctuation += 1
            default: break
            }
            if WordCounter.isIdeographic(value) {
                words += 1
                inWord = false
            } else if !inWord {
                words += 1
                inWord = true
            }
        }
    }

    static func visibleCharacters(_ text: String) -> Int {
        var count = 0
        for scalar in text.unicodeScalars where !scalar.properties.isWhitespace { count += 1 }
        return count
    }
}
