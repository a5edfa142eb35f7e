import GalleyCore

/// Writes a document as Markdown that renders, in any CommonMark renderer, to the document.
///
/// The writer escapes only where a character would otherwise mean something in its position,
/// chooses emphasis delimiters that the flanking rules accept, sizes code fences and code-span
/// delimiters past any run inside, and keeps adjacent lists apart. What Markdown cannot express
/// is mapped as documented in the module's catalog page (divs unwrapped, spans flattened, …);
/// every such loss is reported once per kind as a warning.
///
/// ```swift
/// let writer = MarkdownWriter(options: .init())
/// var context = ConversionContext()
/// let output = try writer.write(document, profile: .standard, context: &context)
/// ```
public struct MarkdownWriter: Writer {
    /// How the writer is set up.
    public var options: Options

    /// Creates a writer.
    ///
    /// - Throws: A usage error when an option is out of range.
    public init(options: Options = Options()) throws {
        try options.validate()
        self.options = options
    }

    /// Writes the document as Markdown text (UTF-8, lines ending in `\n`).
    public func write(_ document: Document, profile: RenderProfile, context: inout ConversionContext)
        throws -> Output
    {
        var renderer = MarkdownRenderer(options: options)
        let text = renderer.renderText(document)
        for warning in renderer.warnings.sorted() {
            context.warn("markdown.unrepresentable", warning)
        }
        for note in renderer.quietLosses.sorted() {
            context.report(Diagnostic(.note, code: "markdown.attributes-dropped", message: note))
        }
        return .text(text)
    }

    /// Writes the document and returns the UTF-8 bytes, without reporting diagnostics.
    public func render(_ document: Document) -> [UInt8] {
        var renderer = MarkdownRenderer(options: options)
        return renderer.render(document)
    }
}
