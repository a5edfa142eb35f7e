import GalleyCore

/// The EPUB format's descriptor for the registry.
public enum GalleyEPUBFormats {
    /// The EPUB 3 writer: name `epub`, extension `epub`, default profile `ereader`.
    ///
    /// Options: `--epub-chapters auto|single` (how the body is split into files) and
    /// `--epub-no-title-page` (leave the title page out).
    public static let writer = WriterDescriptor(
        name: "epub", extensions: ["epub"],
        summary: "EPUB 3 e-book (validates with epubcheck; title page, contents, footnotes, images)",
        options: [
            OptionSpec(
                "epub-chapters", value: "auto|single",
                help: "split the body into one file per top-level section (auto, default) or keep one file"),
            OptionSpec("epub-no-title-page", help: "leave out the title page made from the metadata"),
        ],
        defaultProfile: "ereader",
        make: { values in
            var options = EPUBWriter.Options()
            if let chapters = try values.choice("epub-chapters", as: EPUBWriter.Options.Chapters.self) {
                options.chapters = chapters
            }
            if values.flag("epub-no-title-page") { options.includesTitlePage = false }
            return EPUBWriter(options: options)
        })
}
