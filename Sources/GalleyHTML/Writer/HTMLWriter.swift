// The HTML writer: AST → HTML5 fragment or page, or XHTML for EPUB content documents.

import GalleyCore

/// Writes a document as HTML5 (a fragment by default, a whole page with `--standalone`) or as
/// XHTML for EPUB 3 content documents.
///
/// Output is safe to show in a browser whatever the input was: all text is escaped, only an
/// allowlist of attributes is kept (see ``HTMLAttributeFilter``), URLs that would run script are
/// dropped (see ``HTMLURLPolicy``), and raw HTML from the input is dropped unless
/// ``Options/allowsRawHTML`` is set, in which case it passes through ``HTMLRawSanitizer``.
///
/// ```swift
/// var options = HTMLWriter.Options()
/// options.isStandalone = true
/// let page = try HTMLWriter(options: options).render(document, profile: .standard)
/// ```
public struct HTMLWriter: Writer {
    /// How the writer renders links.
    public enum LinkRendering: String, Sendable, Hashable, Codable, CaseIterable {
        /// Follow the profile's ``RenderProfile/links``.
        case profile
        /// Plain `<a href>` links.
        case inline
        /// Links stay links and get a numbered marker; the URLs are listed at the end.
        case footnotes
        /// The URL is printed in parentheses after the link text.
        case urls
    }

    /// What the writer produces.
    public struct Options: Sendable, Hashable, Codable {
        /// A whole page (doctype, head, header, stylesheet) rather than a fragment. Default `false`.
        public var isStandalone = false
        /// Well-formed XHTML (EPUB 3 content documents) rather than HTML5. Default `false`.
        public var isXHTML = false
        /// Pass raw `html` blocks and inlines through (sanitized by ``HTMLRawSanitizer``) instead
        /// of dropping them. Default `false`.
        ///
        /// Dropped raw markup is not shown as escaped text: markup read as text is noise to a
        /// reader, and the HTML reader keeps the words of a page as ordinary nodes anyway. Raw
        /// nodes of other formats (`latex`, …) are always dropped. The writer reports how many
        /// nodes it dropped as a note (`html.raw-dropped`).
        public var allowsRawHTML = false
        /// In a standalone page, a header with title, subtitle, byline, dateline and date.
        /// Default `true`.
        public var includesHeader = true
        /// In a standalone page, a footer naming the source and linking to `meta.url`.
        /// Default `false`.
        public var includesFooter = false
        /// In a standalone page, the stylesheet derived from the profile. Default `true`.
        public var includesDefaultStyle = true
        /// CSS appended to the page's stylesheet (standalone only). Default empty.
        public var extraCSS = ""
        /// Stylesheets the standalone page links to (`<link rel="stylesheet">`), in order, before
        /// the inline stylesheet; EPUB content documents use this. Default none.
        public var styleSheetLinks: [String] = []
        /// How links render. Default ``LinkRendering/profile``.
        public var links: LinkRendering = .profile
        /// Put in front of every generated id (`fn1`, `toc` anchors), so that several outputs
        /// can share one page or book. Default empty.
        public var idPrefix = ""

        /// The defaults.
        public init() {}
    }

    /// The writer's options.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes the document as UTF-8 text.
    public func write(_ document: Document, profile: RenderProfile, context: inout ConversionContext)
        throws -> Output
    {
        .text(render(document, profile: profile, context: &context))
    }

    /// Renders the document, reporting dropped raw markup through `context`.
    public func render(_ document: Document, profile: RenderProfile, context: inout ConversionContext)
        -> String
    {
        var renderer = HTMLRenderer(options: options, profile: profile, sizeHint: document.blocks.count)
        renderer.renderDocument(document)
        if renderer.droppedRawCount > 0 {
            context.report(
                Diagnostic(
                    .note, code: "html.raw-dropped",
                    message: "dropped \(renderer.droppedRawCount) raw markup node(s); use --raw-html to keep raw HTML"))
        }
        return renderer.out.string
    }

    /// Renders the document without reporting anything.
    public func render(_ document: Document, profile: RenderProfile = .standard) -> String {
        var context = ConversionContext()
        return render(document, profile: profile, context: &context)
    }
}

extension HTMLWriter {
    /// The command-line options the writer reads (made on each use, like ``descriptor``).
    public static var optionSpecs: [OptionSpec] {
        [
            OptionSpec("standalone", help: "Write a whole page with <head>, header and stylesheet."),
            OptionSpec("xhtml", help: "Write well-formed XHTML instead of HTML5."),
            OptionSpec("raw-html", help: "Keep raw HTML from the input (sanitized) instead of dropping it."),
            OptionSpec("no-header", help: "Leave the title/byline header out of a standalone page."),
            OptionSpec(
                "html-links", value: "inline|footnotes|urls|profile",
                help: "How links render (default: as the profile says)."),
        ]
    }

    /// Options from the command line.
    ///
    /// - Throws: A usage error when `--html-links` names no known style.
    public static func options(from values: OptionValues) throws -> Options {
        var options = Options()
        options.isStandalone = values.flag("standalone")
        options.isXHTML = values.flag("xhtml")
        options.allowsRawHTML = values.flag("raw-html")
        options.includesHeader = !values.flag("no-header")
        if let links = try values.choice("html-links", as: LinkRendering.self) { options.links = links }
        return options
    }

    /// The registry entry for the `html` writer.
    ///
    /// Made on each use rather than kept in a global: the registry asks once, and a global's
    /// once-token and storage would cost each process the page faults of pages it otherwise
    /// leaves alone.
    public static var descriptor: WriterDescriptor {
        WriterDescriptor(
            name: "html", aliases: ["html5"], extensions: ["html", "htm"],
            summary: "HTML5 fragment or page (--standalone); XHTML with --xhtml.",
            options: optionSpecs
        ) { values in
            HTMLWriter(options: try HTMLWriter.options(from: values))
        }
    }
}
