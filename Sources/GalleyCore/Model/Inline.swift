/// A piece of running text inside a paragraph, heading, cell or caption.
public indirect enum Inline: Sendable, Hashable {
    /// Characters, exactly as they read (no markup, no entities).
    case text(String)
    /// A line break in the source that renders as a space.
    case softBreak
    /// A forced line break.
    case lineBreak
    case emphasis([Inline])
    case strong([Inline])
    case strikeout([Inline])
    case superscript([Inline])
    case `subscript`([Inline])
    /// Inline code; the string is shown verbatim.
    case code(String)
    case link(Link)
    case image(Image)
    /// A generic container that keeps its attributes (the escape hatch for unknown structure).
    case span(Attributes, [Inline])
    /// A footnote or endnote; its blocks are the note's body.
    case note([Block])
    /// Passthrough markup that only the writer for `format` emits.
    case rawInline(format: String, text: String)
}

/// A hyperlink.
public struct Link: Sendable, Hashable {
    public var attributes: Attributes
    /// The target, as written (readers resolve relative URLs against the base when they can).
    public var url: String
    /// The advisory title, or the empty string.
    public var title: String
    /// The link text.
    public var content: [Inline]

    public init(url: String, title: String = "", content: [Inline], attributes: Attributes = .empty) {
        self.attributes = attributes
        self.url = url
        self.title = title
        self.content = content
    }
}

/// An image.
public struct Image: Sendable, Hashable {
    public var attributes: Attributes
    /// Where the image is: a URL or a path relative to the input.
    public var source: String
    /// Text that replaces the image when it cannot be shown.
    public var alt: String
    /// The advisory title, or the empty string.
    public var title: String

    public init(source: String, alt: String = "", title: String = "", attributes: Attributes = .empty) {
        self.attributes = attributes
        self.source = source
        self.alt = alt
        self.title = title
    }
}
