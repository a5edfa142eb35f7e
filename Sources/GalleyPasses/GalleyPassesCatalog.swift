// The built-in passes of this module, for the registry.

import GalleyCore

/// The passes this module provides, for registering in a ``Registry``.
///
/// ```swift
/// var registry = Registry()
/// for pass in GalleyPassesCatalog.all { registry.register(pass) }
/// ```
public enum GalleyPassesCatalog {
    /// Every pass's descriptor, in the order `galley list passes` shows them (made on each use:
    /// the registry asks once, and a global would cost each process a page fault or two).
    public static var all: [PassDescriptor] {
        [
            NormalizeDocument.descriptor,
            ApplyTypography.descriptor,
            FootnoteLinks.descriptor,
            ShiftHeadings.descriptor,
            StripImages.descriptor,
            CountWords.descriptor,
            InsertTableOfContents.descriptor,
            ExtractMainContent.descriptor,
            DetectDateline.descriptor,
            CleanPageChrome.descriptor,
        ]
    }
}
