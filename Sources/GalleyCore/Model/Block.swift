/// A unit of the body: paragraph, heading, list, table, …
public indirect enum Block: Sendable, Hashable {
    case paragraph([Inline])
    case heading(Heading)
    case blockQuote([Block])
    case list(List)
    case codeBlock(CodeBlock)
    case horizontalRule
    case table(Table)
    case figure(Figure)
    /// A generic container that keeps its attributes (sections, asides, unknown structure).
    case div(Attributes, [Block])
    /// Lines kept as broken (verse, addresses, wire tabular copy); each element is one line.
    case lineBlock([[Inline]])
    /// Passthrough markup that only the writer for `format` emits.
    case rawBlock(format: String, text: String)
}

/// A section heading.
public struct Heading: Sendable, Hashable {
    /// 1 (most important) to 6.
    public var level: Int
    public var content: [Inline]
    public var attributes: Attributes

    public init(level: Int, content: [Inline], attributes: Attributes = .empty) {
        self.level = min(max(level, 1), 6)
        self.content = content
        self.attributes = attributes
    }
}

/// A bulleted or numbered list.
public struct List: Sendable, Hashable {
    /// Numbered when true, bulleted otherwise.
    public var isOrdered: Bool
    /// The first number of an ordered list (ignored for bullets).
    public var start: Int
    /// Tight lists render without space between items.
    public var isTight: Bool
    /// Each item is a sequence of blocks.
    public var items: [[Block]]

    public init(isOrdered: Bool = false, start: Int = 1, isTight: Bool = true, items: [[Block]]) {
        self.isOrdered = isOrdered
        self.start = start
        self.isTight = isTight
        self.items = items
    }
}

/// Preformatted code or text.
public struct CodeBlock: Sendable, Hashable {
    /// The characters, verbatim, lines separated by "\n", without a final newline.
    public var text: String
    /// The language, such as "swift", or the empty string.
    public var language: String
    public var attributes: Attributes

    public init(text: String, language: String = "", attributes: Attributes = .empty) {
        self.text = text
        self.language = language
        self.attributes = attributes
    }
}

/// A figure: content (usually an image) with a caption.
public struct Figure: Sendable, Hashable {
    public var content: [Block]
    /// The caption, or no blocks.
    public var caption: [Block]
    public var attributes: Attributes

    public init(content: [Block], caption: [Block] = [], attributes: Attributes = .empty) {
        self.content = content
        self.caption = caption
        self.attributes = attributes
    }
}
