/// An article: its metadata and its body.
///
/// Every reader produces a `Document`, every pass maps one to another, and every writer consumes
/// one. It is a plain value: copying is cheap (copy-on-write arrays) and comparing two documents
/// compares their whole content.
///
/// Documents that come from a reader are never nested deeper than ``Document/maximumDepth``: the
/// readers flatten anything deeper into its ancestor at that depth, so that walkers, passes and
/// writers can recurse over a document without risking the stack on hostile input.
public struct Document: Sendable, Hashable {
    /// The article's metadata (title, authors, date, dateline, …).
    public var metadata: Metadata
    /// The body, in reading order.
    public var blocks: [Block]

    /// Creates a document.
    public init(metadata: Metadata = Metadata(), blocks: [Block] = []) {
        self.metadata = metadata
        self.blocks = blocks
    }

    /// The deepest nesting of blocks and inlines that readers produce.
    ///
    /// Counted in container nodes (block quote, list item, div, emphasis, link, note, …) from the
    /// document's top level. 256 is far beyond real articles (the deepest page of the extraction
    /// corpus nests about 60 levels after container flattening) and keeps recursive walkers within
    /// a few hundred kilobytes of stack even in debug builds. Browsers cap their trees similarly
    /// (Blink's HTML parser stops nesting at 512 elements).
    public static let maximumDepth = 256
}
