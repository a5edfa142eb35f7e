import GalleyCore
import GalleyEPUB
import GalleyHTML
import GalleyJSON
import GalleyPasses
import GalleyText
import GalleyWire

extension Registry {
    /// Every built-in reader, writer, pass and profile, one line each.
    public static let standard: Registry = {
        var registry = Registry()
        registry.register(ProfileDescriptor(.standard, summary: "Reading size: 12 pt serif, 72 characters a line."))
        registry.register(GalleyHTMLFormats.reader)
        registry.register(JSONFormats.reader)
        registry.register(GalleyWireFormats.wire)
        registry.register(GalleyWireFormats.anpa)
        registry.register(GalleyWireFormats.iptc7901)
        registry.register(TextFormats.reader)
        registry.register(JSONFormats.writer)
        registry.register(TextFormats.writer)
        registry.register(HTMLWriter.descriptor)
        registry.register(GalleyEPUBFormats.writer)
        for pass in GalleyPassesCatalog.all { registry.register(pass) }
        return registry
    }()
}
