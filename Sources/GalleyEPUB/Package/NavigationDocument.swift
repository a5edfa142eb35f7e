/// The EPUB navigation document (EPUB 3.2 Packages, section 5): the table of contents and the
/// landmarks (title page, contents, start of the text).
enum NavigationDocument {
    static let fileName = "nav.xhtml"

    /// The navigation document for the nested table of contents.
    static func xhtml(toc: [TOCEntry], firstChapter: String, hasTitlePage: Bool, publication: PublicationMetadata) -> String {
        var body = "<nav epub:type=\"toc\" id=\"toc\">\n<h1>Contents</h1>\n"
        appendList(toc, to: &body)
        body += "</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h1>Landmarks</h1>\n<ol>\n"
        if hasTitlePage {
            body += "<li><a epub:type=\"titlepage\" href=\"\(TitlePage.fileName)\">Title page</a></li>\n"
        }
        body += "<li><a epub:type=\"bodymatter\" href=\"\(firstChapter)\">Start of text</a></li>\n"
        body += "</ol>\n</nav>\n"
        return ContentDocument.xhtml(title: publication.title, language: publication.language, body: body)
    }

    /// Writes `<ol>` with one `<li><a>` per entry; nesting is at most six levels (heading levels).
    private static func appendList(_ entries: [TOCEntry], to output: inout String) {
        output += "<ol>\n"
        for entry in entries {
            output += "<li><a href=\""
            XMLText.append(entry.href, to: &output, isAttribute: true)
            output += "\">"
            XMLText.append(entry.label, to: &output)
            output += "</a>"
            if !entry.children.isEmpty {
                output += "\n"
                appendList(entry.children, to: &output)
            }
            output += "</li>\n"
        }
        output += "</ol>\n"
    }
}
