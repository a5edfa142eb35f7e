// The print formatter: one self-contained HTML5 page meant for paper, through the HTML writer.

import GalleyCore
import GalleyHTML

/// Writes a standalone, script-free HTML5 page styled for printing.
///
/// The page is the ``HTMLWriter``'s standalone output with the ``PrintStyleSheet`` of the
/// profile instead of the default sheet: an `@page` rule with the profile's paper size and
/// margins, pagination rules, a header with title, subtitle, byline, dateline, date and source,
/// and a footer with the source and its URL; the page margins carry the title (from the second
/// page on), the source URL and "page / pages" where the engine supports margin boxes (Chromium
/// does). Links follow the profile: `urls` prints each target
/// after its link text (skipped where the text is the URL), `footnotes` numbers them and lists
/// them at the end, `inline` leaves them as links. Nothing outside the file is referenced except
/// the images the article itself shows.
///
/// The writer has no file extension of its own (`.html` means the `html` writer): choose it with
/// `-t print`. Its default profile is `print-a4`.
public struct PrintWriter: Writer {
    /// What the writer produces.
    public struct Options: Sendable, Hashable, Codable {
        /// Pass raw HTML from the input through the sanitizer instead of dropping it. Default `false`.
        public var allowsRawHTML = false
        /// The header with title, byline, dateline, date and source. Default `true`.
        public var includesHeader = true
        /// The footer with the source and its URL. Default `true`.
        public var includesFooter = true
        /// CSS appended after the print stylesheet. Default empty.
        public var extraCSS = ""

        /// The defaults.
        public init() {}
    }

    /// The writer's options.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes the page as UTF-8 text.
    public func write(_ document: Document, profile: RenderProfile, context: inout ConversionContext) throws
        -> Output
    {
        .text(render(document, profile: profile, context: &context))
    }

    /// Renders the page.
    public func render(_ document: Document, profile: RenderProfile, context: inout ConversionContext) -> String {
        var html = HTMLWriter.Options()
        html.isStandalone = true
        html.allowsRawHTML = options.allowsRawHTML
        html.includesHeader = options.includesHeader
        html.includesFooter = options.includesFooter
        html.includesDefaultStyle = false
        let sheet = PrintStyleSheet(profile: profile)
        let meta = document.metadata
        let footer = meta.url.flatMap { HTMLURLPolicy.isAllowed($0, for: .link) ? $0 : nil } ?? meta.source
        html.extraCSS = sheet.css + sheet.marginBoxes(title: meta.title, footer: footer) + options.extraCSS
        html.links = .profile
        let page = HTMLWriter(options: html).render(document, profile: profile, context: &context)
        guard options.includesHeader, let source = document.metadata.source, !source.isEmpty else { return page }
        return Self.addingSource(source, toHeaderOf: page)
    }

    /// The page with a `<p class="source">` line at the end of its article header, if it has one.
    static func addingSource(_ source: String, toHeaderOf page: String) -> String {
        let bytes = Array(page.utf8)
        guard let header = HTMLBytes.firstIndex(of: Array("<header class=\"article-header\">".utf8), in: bytes, from: 0),
            let end = HTMLBytes.firstIndex(of: Array("</header>".utf8), in: bytes, from: header)
        else { return page }
        var line: [UInt8] = Array("<p class=\"source\">".utf8)
        line += HTMLBytes.escapedText(source)
        line += Array("</p>\n".utf8)
        return String(decoding: bytes[..<end] + line + bytes[end...], as: UTF8.self)
    }
}

extension PrintWriter {
    /// The command-line options the writer reads (shared with the HTML writer).
    public static let optionSpecs: [OptionSpec] = [
        OptionSpec("raw-html", help: "Keep raw HTML from the input (sanitized) instead of dropping it."),
        OptionSpec("no-header", help: "Leave the title/byline header out of a standalone page."),
    ]

    /// Options from the command line.
    public static func options(from values: OptionValues) -> Options {
        var options = Options()
        options.allowsRawHTML = values.flag("raw-html")
        options.includesHeader = !values.flag("no-header")
        return options
    }
}
