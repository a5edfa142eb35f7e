/// The XHTML wrapper every content document shares (EPUB 3.2 Content Documents, section 2).
enum ContentDocument {
    /// A complete XHTML content document around `body`.
    static func xhtml(title: String, language: String, body: String, bodyClass: String? = nil) -> String {
        var output = ""
        output.reserveCapacity(body.utf8.count + 512)
        output += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
        output += "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
        output += " lang=\"\(language)\" xml:lang=\"\(language)\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>"
        XMLText.append(title, to: &output)
        output += "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"\(StyleSheet.fileName)\"/>\n</head>\n"
        output += bodyClass.map { "<body class=\"\($0)\">\n" } ?? "<body>\n"
        output += body
        output += "</body>\n</html>\n"
        return output
    }
}
