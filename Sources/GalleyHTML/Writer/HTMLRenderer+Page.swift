// The standalone page around the body: doctype, head with metadata and stylesheet, article header.

import GalleyCore

extension HTMLRenderer {
    mutating func renderPageStart(_ meta: Metadata) {
        let language = meta.language.flatMap(Self.languageTag)
        if options.isXHTML {
            out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
            out.raw("<html xmlns=\"http://www.w3.org/1999/xhtml\"")
            if let language {
                out.attribute("lang", language)
                out.attribute("xml:lang", language)
            }
        } else {
            out.raw("<!DOCTYPE html>\n<html")
            if let language { out.attribute("lang", language) }
        }
        out.raw(">\n<head>\n<meta charset=\"utf-8\"")
        out.raw(voidEnd)
        out.raw("\n")
        if !options.isXHTML {
            // EPUB reading systems lay reflowable pages out themselves; a viewport is for fixed layout.
            renderMeta(name: "viewport", "width=device-width, initial-scale=1")
        }
        out.raw("<title>")
        out.text(Self.pageTitle(meta))
        out.raw("</title>\n")
        renderHeadMetadata(meta)
        for href in options.styleSheetLinks where HTMLURLPolicy.isAllowed(href, for: .link) {
            out.raw("<link rel=\"stylesheet\"")
            out.attribute("href", href)
            out.attribute("type", "text/css")
            out.raw(voidEnd)
            out.raw("\n")
        }
        renderStyle()
        out.raw("</head>\n<body>\n")
        if options.includesHeader { renderHeader(meta) }
    }

    mutating func renderPageEnd() {
        out.raw("</body>\n</html>\n")
    }

    /// The `<title>`: the title, else the subtitle, else "Untitled".
    static func pageTitle(_ meta: Metadata) -> String {
        for candidate in [meta.title, meta.subtitle] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return "Untitled"
    }

    /// `tag` if it looks like a BCP 47 tag (letters, digits, hyphens), else `nil`.
    static func languageTag(_ tag: String) -> String? {
        let valid = !tag.isEmpty && tag.utf8.count <= 35 && tag.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                return true
            default: return false
            }
        }
        return valid ? tag : nil
    }

    mutating func renderMeta(name: String, _ content: String) {
        out.raw("<meta")
        out.attribute("name", name)
        out.attribute("content", content)
        out.raw(voidEnd)
        out.raw("\n")
    }

    /// Open Graph style `property` metadata; left out of XHTML, whose EPUB validators do not
    /// expect RDFa attributes.
    mutating func renderMeta(property: String, _ content: String) {
        guard !options.isXHTML else { return }
        out.raw("<meta")
        out.attribute("property", property)
        out.attribute("content", content)
        out.raw(voidEnd)
        out.raw("\n")
    }

    mutating func renderHeadMetadata(_ meta: Metadata) {
        for author in meta.authors where !author.isEmpty { renderMeta(name: "author", author) }
        if meta.authors.isEmpty, let byline = meta.byline, !byline.isEmpty { renderMeta(name: "author", byline) }
        if let description = meta.description, !description.isEmpty { renderMeta(name: "description", description) }
        let keywords = meta.keywords.filter { !$0.isEmpty }
        if !keywords.isEmpty { renderMeta(name: "keywords", keywords.joined(separator: ", ")) }
        if let date = meta.date, !date.isEmpty {
            renderMeta(name: "date", date)
            renderMeta(property: "article:published_time", date)
        }
        if let category = meta.category, !category.isEmpty { renderMeta(property: "article:section", category) }
        if let title = meta.title, !title.isEmpty { renderMeta(property: "og:title", title) }
        if let source = meta.source, !source.isEmpty { renderMeta(property: "og:site_name", source) }
        if let image = meta.image, HTMLURLPolicy.isAllowed(image, for: .link) {
            renderMeta(property: "og:image", image)
        }
        if let url = meta.url, !url.isEmpty, HTMLURLPolicy.isAllowed(url, for: .link) {
            out.raw("<link rel=\"canonical\"")
            out.attribute("href", url)
            out.raw(voidEnd)
            out.raw("\n")
        }
    }

    mutating func renderStyle() {
        var css = options.includesDefaultStyle ? HTMLStyleSheet(profile: profile).css : ""
        css += options.extraCSS
        guard !css.isEmpty else { return }
        out.raw("<style>\n")
        // CSS is not escaped inside <style>, so anything that could end the element or open
        // markup is neutralised; XHTML additionally needs `&` and `<` escaped.
        out.text(Self.neutralizedCSS(css))
        if out.bytes.last != UInt8(ascii: "\n") { out.raw("\n") }
        out.raw("</style>\n")
    }

    /// CSS with `<` and `>` removed, so that `</style>` cannot occur; `&` never occurs in the
    /// default sheet and is removed from extra CSS too.
    static func neutralizedCSS(_ css: String) -> String {
        guard css.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "&") })
        else { return css }
        return String(String.UnicodeScalarView(css.unicodeScalars.filter { $0 != "<" && $0 != ">" && $0 != "&" }))
    }

    mutating func renderHeader(_ meta: Metadata) {
        let byline = meta.byline ?? (meta.authors.isEmpty ? nil : "By " + meta.authors.joined(separator: ", "))
        let lines: [(String, String?)] = [
            ("subtitle", meta.subtitle), ("byline", byline), ("dateline", meta.dateline?.text),
        ]
        let hasTitle = !(meta.title ?? "").isEmpty
        guard hasTitle || lines.contains(where: { !($0.1 ?? "").isEmpty }) || meta.date != nil else { return }
        out.raw("<header class=\"article-header\">\n")
        if let title = meta.title, !title.isEmpty {
            out.raw("<h1 class=\"title\">")
            out.text(title)
            out.raw("</h1>\n")
        }
        for (name, value) in lines {
            guard let value, !value.isEmpty else { continue }
            out.raw("<p class=\"\(name)\">")
            out.text(value)
            out.raw("</p>\n")
        }
        if let date = meta.date, !date.isEmpty {
            out.raw("<p class=\"date\"><time")
            out.attribute("datetime", date)
            out.raw(">")
            out.text(date)
            out.raw("</time></p>\n")
        }
        out.raw("</header>\n")
    }

    mutating func renderFooter(_ meta: Metadata) {
        let source = meta.source.flatMap { $0.isEmpty ? nil : $0 }
        let url = meta.url.flatMap { !$0.isEmpty && HTMLURLPolicy.isAllowed($0, for: .link) ? $0 : nil }
        guard source != nil || url != nil else { return }
        out.raw("<footer class=\"article-footer\">\n<p>")
        if let source {
            out.text(source)
            if url != nil { out.raw(": ") }
        }
        if let url {
            out.raw("<a")
            out.attribute("href", url)
            out.raw(">")
            out.text(url)
            out.raw("</a>")
        }
        out.raw("</p>\n</footer>\n")
    }
}
