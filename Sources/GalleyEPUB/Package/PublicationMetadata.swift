import GalleyCore

/// The package metadata, resolved from the document's metadata and cleaned for XML.
struct PublicationMetadata {
    var title: String
    var subtitle: String?
    var language: String
    var creators: [String]
    /// A W3C date (`dc:date`).
    var date: String?
    /// The article's URL (`dc:source`), when it is an absolute `http(s)` URL.
    var sourceURL: String?
    /// The site or agency (`dc:publisher`).
    var publisher: String?
    var description: String?
    var subjects: [String]
    /// `dcterms:modified`, and the ZIP entries' time, in seconds since 1970.
    var modifiedSeconds: Int64
    /// Set once the content is known: `urn:uuid:…`.
    var identifier = ""

    /// Resolves metadata.
    ///
    /// - Parameters:
    ///   - timestamp: The context's timestamp (`SOURCE_DATE_EPOCH` or the clock, set by the
    ///     driver); when `nil`, the publication date at midnight UTC, or else 1970-01-01.
    ///   - fallbackTitle: Used when the metadata has no title (the first heading's text).
    init(_ meta: Metadata, timestamp: Int64?, fallbackTitle: String?) {
        title = XMLText.cleanedLine(meta.title) ?? XMLText.cleanedLine(fallbackTitle) ?? "Untitled"
        subtitle = XMLText.cleanedLine(meta.subtitle)
        language = LanguageTag.wellFormed(meta.language) ?? LanguageTag.fallback
        creators = meta.authors.compactMap { XMLText.cleanedLine($0) }
        if creators.isEmpty, let byline = XMLText.cleanedLine(meta.byline) {
            let stripped = byline.lowercased().hasPrefix("by ") ? String(byline.dropFirst(3)) : byline
            if let name = XMLText.cleanedLine(stripped) { creators = [name] }
        }
        date = meta.date.flatMap { EPUBDate.w3cDate($0.trimmingCharacters()) }
        if let url = XMLText.cleanedLine(meta.url), let scheme = LinkResolver.scheme(of: url), scheme == "http" || scheme == "https" {
            let encoded = LinkResolver.percentEncoded(url)
            sourceURL = LinkResolver.hasHost(encoded) ? encoded : nil
        }
        publisher = XMLText.cleanedLine(meta.source)
        description = XMLText.cleanedLine(meta.description)
        subjects = meta.keywords.compactMap { XMLText.cleanedLine($0) }
        // Clamped to 1970…9999 so that the four-digit year of `dcterms:modified` holds.
        modifiedSeconds = min(max(timestamp ?? EPUBDate.secondsSince1970(ofDateIn: date) ?? 0, 0), 253_402_300_799)
    }

    /// `dcterms:modified`.
    var modified: String { EPUBDate.modified(secondsSince1970: modifiedSeconds) }
}

extension String {
    fileprivate func trimmingCharacters() -> String {
        XMLText.cleanedLine(self) ?? ""
    }
}
