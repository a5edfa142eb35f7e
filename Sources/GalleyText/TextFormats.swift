import GalleyCore

/// The plain-text reader and writer, described for the registry.
public enum TextFormats {
    /// `text`: reads plain text (UTF-8 or UTF-16 with a byte-order mark) into paragraphs, lists,
    /// code blocks and a title.
    public static var reader: ReaderDescriptor {
        ReaderDescriptor(
            name: "text", aliases: ["plain", "txt"], extensions: ["txt", "text"],
            summary: "Plain text: paragraphs, lists, indented code, the first short line as title.",
            options: [OptionSpec("no-title", help: "Keep the first short line in the body instead of taking it as the title.")]
        ) { values in
            TextReader(options: TextReader.Options(detectsTitle: !values.flag("no-title")))
        }
    }

    /// `text`: writes plain text wrapped at a measure.
    public static var writer: WriterDescriptor {
        WriterDescriptor(
            name: "text", aliases: ["plain", "txt"], extensions: ["txt"],
            summary: "Plain text wrapped at the measure; notes, and link references per the profile, at the end.",
            options: [
                OptionSpec("columns", value: "N", help: "Wrap lines at N display columns (default: the profile's measure, 72)."),
                OptionSpec("standalone", help: "Begin with a header of title, byline, date and source."),
                OptionSpec("links", value: "footnotes|urls|inline", help: "Show link targets as numbered references, inline <URLs>, or not at all."),
            ]
        ) { values in
            let options = TextWriter.Options(
                columns: try values.integer("columns", in: TextWriter.Options.columnRange),
                isStandalone: values.flag("standalone"),
                links: try values.choice("links", as: RenderProfile.LinkStyle.self))
            try options.validate()
            return TextWriter(options: options)
        }
    }
}
