// Inline nodes, links and images.

import GalleyCore

extension HTMLRenderer {
    mutating func renderInlines(_ inlines: [Inline]) {
        for inline in inlines { renderInline(inline) }
    }

    mutating func renderInline(_ inline: Inline) {
        switch inline {
        case .text(let text): out.text(text)
        case .softBreak: out.raw("\n")
        case .lineBreak:
            out.raw("<br")
            out.raw(voidEnd)
            out.raw("\n")
        case .emphasis(let content): wrap("em", content)
        case .strong(let content): wrap("strong", content)
        case .strikeout(let content): wrap("del", content)
        case .superscript(let content): wrap("sup", content)
        case .subscript(let content): wrap("sub", content)
        case .code(let text):
            out.raw("<code>")
            out.text(text)
            out.raw("</code>")
        case .link(let link): renderLink(link)
        case .image(let image): renderImage(image)
        case .span(let attributes, let content):
            if keepsAnything(of: attributes) {
                open("span", attributes)
                renderInlines(content)
                close("span")
            } else {
                renderInlines(content)
            }
        case .note(let blocks): renderNoteReference(blocks)
        case .rawInline(let format, let text): renderRaw(format: format, text: text)
        }
    }

    mutating func wrap(_ name: String, _ content: [Inline]) {
        out.raw("<")
        out.raw(name)
        out.raw(">")
        renderInlines(content)
        close(name)
    }

    mutating func renderLink(_ link: Link) {
        // Links cannot nest, and unsafe targets lose their link but keep their text.
        guard !isInsideLink, HTMLURLPolicy.isAllowed(link.url, for: .link) else {
            renderInlines(link.content)
            return
        }
        out.raw("<a")
        out.attribute("href", link.url)
        if !link.title.isEmpty { out.attribute("title", link.title) }
        renderAttributes(link.attributes, written: link.title.isEmpty ? [] : ["title"])
        out.raw(">")
        isInsideLink = true
        renderInlines(link.content)
        isInsideLink = false
        out.raw("</a>")
        guard linkStyle != .inline, Self.showsTarget(of: link) else { return }
        switch linkStyle {
        case .inline: break
        case .urls:
            out.raw(" <span class=\"url\">(")
            out.text(link.url)
            out.raw(")</span>")
        case .footnotes:
            let number = linkReferences.count + 1
            let reference = PendingLink(
                number: number, url: link.url, itemID: generatedID("link\(number)"),
                referenceID: generatedID("linkref\(number)"))
            linkReferences.append(reference)
            out.raw("<sup class=\"link-ref\"><a")
            out.attribute("href", "#" + reference.itemID)
            out.attribute("id", reference.referenceID)
            out.raw(">[\(number)]</a></sup>")
        }
    }

    /// Whether a link's target is worth printing: not a fragment, not the link text itself.
    static func showsTarget(of link: Link) -> Bool {
        let url = link.url
        if url.isEmpty || url.hasPrefix("#") { return false }
        let text = link.content.plainText
        if text == url { return false }
        for prefix in ["mailto:", "http://", "https://"] where text == String(url.dropFirst(prefix.count)) {
            if url.hasPrefix(prefix) { return false }
        }
        return true
    }

    mutating func renderImage(_ image: Image) {
        guard HTMLURLPolicy.isAllowed(image.source, for: .image) else {
            out.text(image.alt)
            return
        }
        out.raw("<img")
        out.attribute("src", image.source)
        out.attribute("alt", image.alt)
        if !image.title.isEmpty { out.attribute("title", image.title) }
        renderAttributes(image.attributes, written: image.title.isEmpty ? [] : ["title"])
        out.raw(voidEnd)
    }
}
