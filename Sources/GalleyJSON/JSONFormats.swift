import GalleyCore

/// The JSON form's reader and writer, described for the registry.
public enum JSONFormats {
    /// `json`: reads the JSON form of a document.
    public static var reader: ReaderDescriptor {
        ReaderDescriptor(
            name: "json", extensions: ["json"],
            summary: "The JSON form of a Galley document ({\"galley\": \"1.0\", \"meta\", \"blocks\"}).",
            options: [OptionSpec("json-strict", help: "Reject unknown fields and a missing \"galley\" version key.")]
        ) { values in
            JSONReader(options: JSONReader.Options(isStrict: values.flag("json-strict")))
        }
    }

    /// `json`: writes the JSON form of a document.
    public static var writer: WriterDescriptor {
        WriterDescriptor(
            name: "json", extensions: ["json"],
            summary: "The JSON form of a Galley document, stable and pretty-printed.",
            options: [OptionSpec("compact", help: "Write JSON on one line instead of indenting.")]
        ) { values in
            JSONWriter(options: JSONWriter.Options(isCompact: values.flag("compact")))
        }
    }
}
