import GalleyCore
import GalleyEPUB
import GalleyHTML
import GalleyJSON
import GalleyMarkdown
import GalleyPasses
import GalleyRender
import GalleyText
import GalleyWire

extension Registry {
    /// Every built-in reader, writer, pass and profile, in the order the registry lists them.
    ///
    /// Made on each use (a process asks once) rather than kept in a global, as are the HTML,
    /// JSON and text descriptors, the profiles and the pass catalog: every global a start-up
    /// touches costs the process a page fault or two.
    public static var standard: Registry {
        var registry = Registry()
        for profile in BuiltinProfiles.all { registry.register(profile) }
        visitStandardReaders { reader in
            registry.register(reader)
            return true
        }
        visitStandardWriters { writer in
            registry.register(writer)
            return true
        }
        for pass in GalleyPassesCatalog.all { registry.register(pass) }
        return registry
    }

    /// The built-in registry cut down to what one conversion names: the reader called `reader`,
    /// the writer called `writer` (names or aliases), the passes called `passes`, and every
    /// profile; `nil` when one of the names is no built-in's.
    ///
    /// A conversion that names its formats finds in it what it would find in ``standard`` (the
    /// first reader and writer in listing order that answer to the names), and spares the
    /// process the code, globals and type metadata of the formats it does not use. Whatever
    /// lists names (help, `list`, "did you mean" messages) wants ``standard``.
    public static func standard(reader: String, writer: String, passes: [String]) -> Registry? {
        var registry = Registry()
        for profile in BuiltinProfiles.all { registry.register(profile) }
        var hasReader = false
        visitStandardReaders { descriptor in
            guard descriptor.answers(to: reader) else { return true }
            registry.register(descriptor)
            hasReader = true
            return false
        }
        var hasWriter = false
        visitStandardWriters { descriptor in
            guard descriptor.answers(to: writer) else { return true }
            registry.register(descriptor)
            hasWriter = true
            return false
        }
        guard hasReader, hasWriter else { return nil }
        if !passes.isEmpty {
            let catalog = GalleyPassesCatalog.all
            for name in passes {
                guard let pass = catalog.first(where: { $0.name == name }) else { return nil }
                registry.register(pass)
            }
        }
        return registry
    }

    /// Hands `visit` each built-in reader in listing order, one line each, until it returns
    /// `false`; the readers after that are never made.
    static func visitStandardReaders(_ visit: (ReaderDescriptor) -> Bool) {
        guard visit(GalleyHTMLFormats.reader) else { return }
        guard visit(JSONFormats.reader) else { return }
        guard visit(GalleyWireFormats.wire) else { return }
        guard visit(GalleyWireFormats.anpa) else { return }
        guard visit(GalleyWireFormats.iptc7901) else { return }
        _ = visit(TextFormats.reader)
    }

    /// Hands `visit` each built-in writer in listing order, one line each, until it returns
    /// `false`; the writers after that are never made.
    static func visitStandardWriters(_ visit: (WriterDescriptor) -> Bool) {
        guard visit(JSONFormats.writer) else { return }
        guard visit(TextFormats.writer) else { return }
        guard visit(GalleyMarkdownFormats.markdown) else { return }
        guard visit(GalleyMarkdownFormats.commonmark) else { return }
        guard visit(HTMLWriter.descriptor) else { return }
        guard visit(GalleyEPUBFormats.writer) else { return }
        guard visit(GalleyRenderFormats.print) else { return }
        _ = visit(GalleyRenderFormats.email(attachmentProviders: [epubAttachment]))
    }

    /// `--attach epub` for the e-mail writer: the EPUB writer with the e-reader profile.
    static var epubAttachment: EmailAttachmentProvider {
        EmailAttachmentProvider(format: "epub", contentType: "application/epub+zip", fileExtension: "epub") {
            document, context in
            try GalleyEPUBFormats.writer.make(OptionValues())
                .write(document, profile: BuiltinProfiles.ereader, context: &context).bytes
        }
    }
}
