/// The NCX (DAISY Z39.86-2005 navigation control file) that EPUB 2 reading systems use as their
/// table of contents; it mirrors the navigation document.
enum NCXDocument {
    static let fileName = "toc.ncx"

    /// The NCX for the nested table of contents.
    static func xml(toc: [TOCEntry], publication: PublicationMetadata) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"\(publication.language)\">\n"
        output += "<head>\n<meta name=\"dtb:uid\" content=\"\(publication.identifier)\"/>\n"
        output += "<meta name=\"dtb:depth\" content=\"\(max(1, TOCEntry.depth(of: toc)))\"/>\n"
        output += "<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n"
        output += "</head>\n<docTitle><text>"
        XMLText.append(publication.title, to: &output)
        output += "</text></docTitle>\n<navMap>\n"
        var playOrder = 0
        appendPoints(toc, playOrder: &playOrder, to: &output)
        output += "</navMap>\n</ncx>\n"
        return output
    }

    private static func appendPoints(_ entries: [TOCEntry], playOrder: inout Int, to output: inout String) {
        for entry in entries {
            playOrder += 1
            output += "<navPoint id=\"nav-\(playOrder)\" playOrder=\"\(playOrder)\">\n<navLabel><text>"
            XMLText.append(entry.label, to: &output)
            output += "</text></navLabel>\n<content src=\""
            XMLText.append(entry.href, to: &output, isAttribute: true)
            output += "\"/>\n"
            appendPoints(entry.children, playOrder: &playOrder, to: &output)
            output += "</navPoint>\n"
        }
    }
}
