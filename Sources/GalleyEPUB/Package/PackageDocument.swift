/// The package document (EPUB 3.2 Packages, section 3): metadata, manifest and spine.
enum PackageDocument {
    static let fileName = "package.opf"

    /// One manifest item.
    struct Item {
        var id: String
        var href: String
        var mediaType: String
        var properties: String?
        var isInSpine: Bool
    }

    /// The package document.
    static func xml(publication: PublicationMetadata, items: [Item]) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\""
        output += " xml:lang=\"\(publication.language)\">\n"
        output += "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        element("dc:identifier", publication.identifier, id: "pub-id", to: &output)
        element("dc:title", publication.title, id: "title", to: &output)
        element("dc:language", publication.language, to: &output)
        for (index, creator) in publication.creators.enumerated() {
            element("dc:creator", creator, id: "creator-\(index + 1)", to: &output)
        }
        if let date = publication.date { element("dc:date", date, to: &output) }
        if let source = publication.sourceURL { element("dc:source", source, to: &output) }
        if let publisher = publication.publisher { element("dc:publisher", publisher, to: &output) }
        if let description = publication.description { element("dc:description", description, to: &output) }
        for subject in publication.subjects { element("dc:subject", subject, to: &output) }
        output += "<meta property=\"dcterms:modified\">\(publication.modified)</meta>\n"
        output += "</metadata>\n<manifest>\n"
        for item in items {
            output += "<item id=\"\(item.id)\" href=\""
            XMLText.append(item.href, to: &output, isAttribute: true)
            output += "\" media-type=\"\(item.mediaType)\""
            if let properties = item.properties { output += " properties=\"\(properties)\"" }
            output += "/>\n"
        }
        output += "</manifest>\n<spine toc=\"ncx\">\n"
        for item in items where item.isInSpine { output += "<itemref idref=\"\(item.id)\"/>\n" }
        output += "</spine>\n</package>\n"
        return output
    }

    private static func element(_ name: String, _ value: String, id: String? = nil, to output: inout String) {
        output += "<" + name
        if let id { output += " id=\"\(id)\"" }
        output += ">"
        XMLText.append(value, to: &output)
        output += "</" + name + ">\n"
    }
}
