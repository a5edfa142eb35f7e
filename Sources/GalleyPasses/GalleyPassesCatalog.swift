// The built-in passes of this module, for the registry.

import GalleyCore

/// The passes this module provides, for registering in a ``Registry``.
///
/// ```swift
/// var registry = Registry()
/// for pass in GalleyPassesCatalog.all { registry.register(pass) }
/// ```
public enum GalleyPassesCatalog {
    /// Every pass's descriptor, in the order `galley list passes` shows them.
    public static let all: [PassDescriptor] = [
        NormalizeDocument.descriptor,
        ApplyTypography.descriptor,
        FootnoteLinks.descriptor,
        ShiftHeadings.descriptor,
        StripImages.descriptor,
        CountWords.descriptor,
        InsertTableOfContents.descriptor,
        ExtractMainContent.descriptor,
        DetectDateline.descriptor,
    ]
}
