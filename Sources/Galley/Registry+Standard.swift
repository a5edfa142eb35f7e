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
    /// Every built-in reader, writer, pass and profile, one line each.
    ///
    /// Made on each use (a process asks once) rather than kept in a global, as the descriptors
    /// are: every global a start-up touches costs the process a page fault or two.
    public static var standard: Registry {
        var registry = Registry()
        for profile in BuiltinProfiles.all { registry.register(profile) }
        registry.register(GalleyHTMLFormats.reader)
        registry.register(JSONFormats.reader)
        registry.register(GalleyWireFormats.wire)
        registry.register(GalleyWireFormats.anpa)
        registry.register(GalleyWireFormats.iptc7901)
        registry.register(TextFormats.reader)
        registry.register(JSONFormats.writer)
        registry.register(TextFormats.writer)
        registry.register(GalleyMarkdownFormats.markdown)
        registry.register(GalleyMarkdownFormats.commonmark)
        registry.register(HTMLWriter.descriptor)
        registry.register(GalleyEPUBFormats.writer)
        registry.register(GalleyRenderFormats.print)
        registry.register(GalleyRenderFormats.email(attachmentProviders: [epubAttachment]))
        for pass in GalleyPassesCatalog.all { registry.register(pass) }
        return registry
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
