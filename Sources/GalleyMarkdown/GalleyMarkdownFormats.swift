import GalleyCore

/// The Markdown writers this module offers to the registry.
///
/// `markdown` (alias `gfm`) writes GitHub-flavoured Markdown: pipe tables, `~~strikethrough~~`
/// and footnotes. `commonmark` writes strict CommonMark, falling back to raw HTML (or a plain
/// layout when `--raw-html=false`) where CommonMark has no syntax.
public enum GalleyMarkdownFormats {
    /// The options both writers read from the command line.
    public static let optionSpecs: [OptionSpec] = [
        OptionSpec("wrap", value: "auto|none|preserve", help: "Markdown line wrapping: reflow at --columns, one line per paragraph, or keep the document's line breaks (default auto)"),
        OptionSpec("columns", value: "N", help: "Line length for --wrap=auto (default 72)"),
        OptionSpec("markdown-headings", value: "atx|setext", help: "Heading style: '# Title' or underlined (levels 1 and 2) (default atx)"),
        OptionSpec("reference-links", help: "Write links as [text][n] with the targets listed at the end"),
        OptionSpec("standalone", help: "Start the output with YAML front matter holding the metadata"),
        OptionSpec("raw-html", value: "true|false", help: "Pass raw HTML through and use HTML for what Markdown cannot say (default true)"),
    ]

    /// GitHub-flavoured Markdown (`markdown`, alias `gfm`; extensions `md`, `markdown`).
    public static let markdown = WriterDescriptor(
        name: "markdown", aliases: ["gfm"], extensions: ["md", "markdown"],
        summary: "GitHub-flavoured Markdown: pipe tables, strikethrough, footnotes",
        options: optionSpecs,
        make: { values in try MarkdownWriter(options: .init(values, flavor: .gfm)) })

    /// Strict CommonMark (`commonmark`; no tables, strikethrough or footnote syntax).
    public static let commonmark = WriterDescriptor(
        name: "commonmark", aliases: [], extensions: [],
        summary: "Strict CommonMark; tables and notes fall back to HTML or plain layout",
        options: optionSpecs,
        make: { values in try MarkdownWriter(options: .init(values, flavor: .commonmark)) })

    /// Both descriptors, `markdown` first.
    public static let writers: [WriterDescriptor] = [markdown, commonmark]
}
