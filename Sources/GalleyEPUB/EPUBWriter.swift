import GalleyCore
import GalleyHTML
import GalleyZip

/// Writes a document as an EPUB 3 e-book that epubcheck accepts without errors or warnings.
///
/// The publication holds a title page made from the metadata, the body as one or more XHTML
/// chapters (see ``Options/Chapters``), footnotes as EPUB footnotes, the images that could be
/// loaded from beside the input, a navigation document and an NCX, and a style sheet made from
/// the rendering profile. The ZIP container puts `mimetype` first and stored.
///
/// The output is reproducible: every time in it (the ZIP entries' dates and `dcterms:modified`)
/// comes from ``ConversionContext/timestamp`` (or, when that is `nil`, from the publication
/// date, else 1970-01-01), and the identifier is a name-based UUID (version 5, SHA-1) of the
/// article's URL or, without one, of the title and the chapters' markup.
public struct EPUBWriter: Writer {
    /// The EPUB writer's settings.
    public struct Options: Sendable, Hashable, Codable {
        /// How the body is split into files.
        public enum Chapters: String, Sendable, Hashable, Codable, CaseIterable {
            /// One file per top-level section when there are at least two top-level headings of
            /// level 1 or 2, and a new file whenever one grows past about 200 KB of text.
            case auto
            /// The whole body in one file.
            case single
        }

        /// How the body is split into files (default ``Chapters/auto``).
        public var chapters: Chapters
        /// Whether to begin with a title page made from the metadata (default `true`).
        public var includesTitlePage: Bool

        /// Creates options; every argument has the documented default.
        public init(chapters: Chapters = .auto, includesTitlePage: Bool = true) {
            self.chapters = chapters
            self.includesTitlePage = includesTitlePage
        }
    }

    /// The writer's settings.
    public var options: Options
    /// The serializer for chapter bodies.
    let bodyWriter: any ChapterBodyWriting

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
        self.bodyWriter = XHTMLBodyWriter()
    }

    /// Writes `document` as EPUB bytes.
    ///
    /// - Throws: A ``GalleyError`` of kind `.output` when the ZIP container cannot be written.
    public func write(_ document: Document, profile: RenderProfile, context: inout ConversionContext) throws -> Output {
        var plan = PublicationPlan(document: document, chapters: options.chapters, loadResource: context.loadResource)
        for diagnostic in plan.diagnostics { context.report(diagnostic) }
        let firstHeading = document.blocks.lazy.compactMap { block -> String? in
            if case .heading(let heading) = block { return heading.content.plainText }
            return nil
        }.first
        var publication = PublicationMetadata(document.metadata, timestamp: context.timestamp, fallbackTitle: firstHeading)
        if let url = publication.sourceURL { plan.links.base = URLReference(url) }

        var noteCount = 0
        var chapterFiles: [(name: String, text: String)] = []
        for chapter in plan.chapters {
            let environment = ChapterEnvironment(fileName: chapter.fileName, links: plan.links, resources: plan.resources)
            let body = bodyWriter.body(of: chapter.blocks, environment: environment, noteCount: &noteCount)
            chapterFiles.append(
                (chapter.fileName, ContentDocument.xhtml(title: publication.title, language: publication.language, body: body)))
        }
        publication.identifier = Self.identifier(publication: publication, chapters: chapterFiles.map(\.text))

        do {
            return .bytes(try Self.package(
                publication: publication, metadata: document.metadata, plan: plan, chapterFiles: chapterFiles,
                profile: profile, includesTitlePage: options.includesTitlePage))
        } catch let error as ZipError {
            throw GalleyError(
                .output, code: "epub.zip", message: "the EPUB container could not be written: \(error)",
                hint: "report this with the input that caused it")
        }
    }

    /// `urn:uuid:` + the version 5 UUID of the article's URL (URL namespace) or, without a URL,
    /// of the title and chapter markup (in the namespace `urn:galley:epub-content`).
    static func identifier(publication: PublicationMetadata, chapters: [String]) -> String {
        if let url = publication.sourceURL {
            return NameBasedUUID(namespace: .urlNamespace, name: Array(url.utf8)).urn
        }
        var name = Array(publication.title.utf8)
        for chapter in chapters {
            name.append(0)
            name.append(contentsOf: chapter.utf8)
        }
        return NameBasedUUID(namespace: .contentNamespace, name: name).urn
    }
}
