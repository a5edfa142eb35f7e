import GalleyCore

/// What a body writer may use while writing one chapter.
struct ChapterEnvironment {
    /// The chapter's file name, for links within it.
    var fileName: String
    var links: LinkResolver
    var resources: ResourceTable
}

/// Writes the XHTML markup that goes inside one chapter's `<body>`.
///
/// The package code (OPF, navigation, NCX, title page) talks to the body writer only through
/// this protocol, so the body serializer can be swapped (for example for the HTML writer's XHTML
/// mode) without touching the packaging.
protocol ChapterBodyWriting: Sendable {
    /// The body markup of `blocks`, footnotes included.
    ///
    /// - Parameter noteCount: The number of notes written in earlier chapters; updated, so that
    ///   notes are numbered through the publication.
    func body(of blocks: [Block], environment: ChapterEnvironment, noteCount: inout Int) -> String
}

/// The built-in body writer: ``XHTMLBodyRenderer``.
struct XHTMLBodyWriter: ChapterBodyWriting {
    func body(of blocks: [Block], environment: ChapterEnvironment, noteCount: inout Int) -> String {
        var renderer = XHTMLBodyRenderer(environment: environment, noteCount: noteCount)
        renderer.render(blocks)
        renderer.renderNotes()
        noteCount = renderer.noteCount
        return renderer.output
    }
}
