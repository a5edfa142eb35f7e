import GalleyCore

/// The registry descriptors of the HTML module.
public enum GalleyHTMLFormats {
    /// The `html` reader: web pages (`.html`, `.htm`, `.xhtml`) to documents.
    ///
    /// Made on each use rather than kept in a global: the registry asks once, and a global's
    /// once-token and storage would cost each process the page faults of pages it otherwise
    /// leaves alone.
    public static var reader: ReaderDescriptor {
        ReaderDescriptor(
            name: "html",
            aliases: ["htm", "xhtml"],
            extensions: ["html", "htm", "xhtml"],
            summary: "Web pages: WHATWG encoding sniffing and parsing, page metadata, article body",
            options: [
                OptionSpec("encoding", value: "LABEL", help: "Read the input in this encoding (a WHATWG label such as latin1 or shift_jis)"),
                OptionSpec("base-url", value: "URL", help: "Resolve relative links against URL when the page has no <base href>"),
            ],
            make: { values in
                let options = HTMLReader.Options(encoding: values.string("encoding"), baseURL: values.string("base-url"))
                try options.validate()
                return HTMLReader(options: options)
            })
    }
}
