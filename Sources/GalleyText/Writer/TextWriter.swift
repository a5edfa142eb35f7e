import GalleyCore

/// Writes a document as plain text wrapped at a measure.
///
/// Paragraphs are filled to ``Options/columns`` display columns (East Asian wide characters
/// count two, combining marks none; CJK text breaks between ideographs); headings are underlined
/// (`=` for level 1, `-` for level 2, `~` for levels 3 to 6); lists hang their text after the
/// marker; block quotes are prefixed with `> `; code blocks are indented four spaces and never
/// wrapped; tables become aligned columns; notes and link targets become numbered references
/// listed at the end. The output ends with exactly one line feed.
///
/// ```swift
/// var context = ConversionContext()
/// let output = try TextWriter(options: .init(columns: 40)).write(document, profile: .standard, context: &context)
/// ```
public struct TextWriter: Writer {
    /// Layout choices; the profile supplies what is left `nil`.
    public struct Options: Sendable, Hashable {
        /// The line width in display columns (`--columns N`, 10 to 10,000); `nil` (the default)
        /// takes the profile's ``RenderProfile/measure``.
        public var columns: Int?
        /// Whether to begin with a header of title, byline, date and source; default `false`
        /// (`--standalone`).
        public var isStandalone: Bool
        /// How links are shown (`--links footnotes|urls|inline`); `nil` (the default) follows the
        /// profile: the reading profiles (`medium`, …) print the link text alone, so the text reads
        /// exactly as the article; the print profiles list numbered references at the end.
        public var links: RenderProfile.LinkStyle?

        /// The narrowest and widest lines ``columns`` accepts.
        public static let columnRange = 10...10_000

        /// Creates options; by default everything comes from the profile.
        public init(columns: Int? = nil, isStandalone: Bool = false, links: RenderProfile.LinkStyle? = nil) {
            self.columns = columns
            self.isStandalone = isStandalone
            self.links = links
        }

        /// Checks the values.
        ///
        /// - Throws: A usage error naming `--columns` when it is out of ``columnRange``.
        public func validate() throws {
            if let columns, !Self.columnRange.contains(columns) {
                throw GalleyError(
                    .usage, code: "option.invalid-integer",
                    message: "--columns takes a whole number from \(Self.columnRange.lowerBound) to \(Self.columnRange.upperBound), not \(columns)")
            }
        }
    }

    /// The writer's options.
    public var options: Options

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// Writes the document, wrapped at the options' columns or the profile's measure.
    ///
    /// - Throws: A usage error when the options are invalid.
    public func write(_ document: Document, profile: RenderProfile, context: inout ConversionContext) throws -> Output {
        try options.validate()
        let columns = options.columns ?? min(max(profile.measure, Options.columnRange.lowerBound), Options.columnRange.upperBound)
        let links: RenderProfile.LinkStyle = options.links ?? profile.links
        var renderer = TextRenderer(columns: columns, links: links)
        if options.isStandalone { renderer.renderHeader(document.metadata) }
        renderer.renderBody(document.blocks)
        return .text(renderer.finish())
    }
}
