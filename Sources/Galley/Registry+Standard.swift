import GalleyCore
import GalleyHTML
import GalleyJSON
import GalleyPasses
import GalleyText

extension Registry {
    /// Every built-in reader, writer, pass and profile, one line each.
    public static let standard: Registry = {
        var registry = Registry()
        registry.register(ProfileDescriptor(.standard, summary: "Reading size: 12 pt serif, 72 characters a line."))
        registry.register(GalleyHTMLFormats.reader)
        registry.register(JSONFormats.reader)
        registry.register(TextFormats.reader)
        registry.register(JSONFormats.writer)
        registry.register(TextFormats.writer)
        registry.register(HTMLWriter.descriptor)
        for pass in GalleyPassesCatalog.all { registry.register(pass) }
        return registry
    }()
}
