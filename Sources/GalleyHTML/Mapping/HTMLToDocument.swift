import GalleyCore

/// Maps a parsed HTML page (``HTMLDOM``) to a ``Document``: its body to blocks and inlines, its
/// head (title, `<meta>`, `<link>`, JSON-LD) to ``Metadata``.
///
/// The mapping keeps every piece of visible text: unknown and custom elements, `<font>`,
/// `<center>`, layout tables and text straight in `<body>` all flow into paragraphs, as a browser
/// would show them. Scripts, styles, form controls, embedded media and SVG drawings are dropped.
/// Sectioning and container elements become ``Block/div(_:_:)`` with the element's name in the
/// `tag` pair, so that passes such as `extract` can score them; hidden content is kept but
/// flagged with the pair `hidden` = `true` (see ``Options/keepsHidden``).
///
/// The walk is iterative (an explicit stack), so any nesting depth works; containers deeper than
/// ``Document/maximumDepth`` are flattened into their ancestor at the limit without losing text.
///
/// ```swift
/// let document = HTMLToDocument(options: .init(baseURL: "https://example.com/news/"))
///     .document(from: dom)
/// ```
public struct HTMLToDocument: Sendable {
    /// How the mapping treats links, hidden content and layout tables.
    public struct Options: Sendable, Hashable, Codable {
        /// The URL relative links and images resolve against when the page has no `<base href>`
        /// (a `<base href>` that is itself relative resolves against it). Default `nil`: relative
        /// URLs stay as written.
        public var baseURL: String?
        /// Whether hidden elements (`hidden`, `aria-hidden="true"`, `display: none`) are kept,
        /// wrapped in a div or span with the pair `hidden` = `true`. Default `true`; `false` drops them.
        public var keepsHidden: Bool
        /// Whether tables used for layout (one cell per row, nested tables, block content and no
        /// header cells, `role="presentation"`) become divs whose cells flow in reading order
        /// rather than ``Table``s. Default `true`.
        public var unwrapsLayoutTables: Bool

        /// Creates options; every parameter defaults as documented on its property.
        public init(baseURL: String? = nil, keepsHidden: Bool = true, unwrapsLayoutTables: Bool = true) {
            self.baseURL = baseURL
            self.keepsHidden = keepsHidden
            self.unwrapsLayoutTables = unwrapsLayoutTables
        }
    }

    /// The options the mapping runs with.
    public var options: Options

    /// Creates a mapping with `options`.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The document for `dom`: metadata from the head, blocks from the body.
    public func document(from dom: HTMLDOM) -> Document {
        let metadata = PageMetadata.extract(from: dom, baseURL: options.baseURL)
        let resolver = URLResolver(base: metadata.baseURL ?? options.baseURL)
        var mapper = BodyMapper(dom: dom, options: options, resolver: resolver)
        let blocks = mapper.map()
        return Document(metadata: metadata.metadata, blocks: blocks)
    }
}
