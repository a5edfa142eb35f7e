import GalleyCore

/// The title page: headline, subtitle, byline, dateline, source, date and the article's URL.
enum TitlePage {
    static let fileName = "title.xhtml"

    /// The title page document.
    static func xhtml(_ meta: Metadata, publication: PublicationMetadata) -> String {
        var body = "<section epub:type=\"titlepage\" class=\"title-page\">\n<h1 class=\"title\">"
        XMLText.append(publication.title, to: &body)
        body += "</h1>\n"
        func line(_ text: String?, _ className: String) {
            guard let text else { return }
            body += "<p class=\"\(className)\">"
            XMLText.append(text, to: &body)
            body += "</p>\n"
        }
        line(publication.subtitle, "subtitle")
        let byline = XMLText.cleanedLine(meta.byline)
            ?? (publication.creators.isEmpty ? nil : "By " + publication.creators.joined(separator: ", "))
        line(byline, "byline")
        line(XMLText.cleanedLine(meta.dateline?.text), "dateline")
        line(publication.publisher, "source")
        line(XMLText.cleanedLine(meta.date), "date")
        if let url = publication.sourceURL {
            body += "<p class=\"url\"><a href=\""
            XMLText.append(url, to: &body, isAttribute: true)
            body += "\">"
            XMLText.append(XMLText.cleanedLine(meta.url) ?? url, to: &body)
            body += "</a></p>\n"
        }
        body += "</section>\n"
        return ContentDocument.xhtml(title: publication.title, language: publication.language, body: body)
    }
}
