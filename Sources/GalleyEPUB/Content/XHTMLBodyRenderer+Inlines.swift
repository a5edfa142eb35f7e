import GalleyCore

extension XHTMLBodyRenderer {
    mutating func render(_ inlines: [Inline], depth: Int, restrictions: Restrictions) {
        for inline in inlines { render(inline, depth: depth, restrictions: restrictions) }
    }

    mutating func render(_ inline: Inline, depth: Int, restrictions: Restrictions) {
        guard depth < Self.depthLimit else {
            XMLText.append([inline].plainText, to: &output)
            return
        }
        let inner = depth + 1
        switch inline {
        case .text(let text): XMLText.append(text, to: &output)
        case .softBreak: output += "\n"
        case .lineBreak: output += "<br/>\n"
        case .emphasis(let content): wrap("em", content, depth: inner, restrictions: restrictions)
        case .strong(let content): wrap("strong", content, depth: inner, restrictions: restrictions)
        case .strikeout(let content): wrap("s", content, depth: inner, restrictions: restrictions)
        case .superscript(let content): wrap("sup", content, depth: inner, restrictions: restrictions)
        case .subscript(let content): wrap("sub", content, depth: inner, restrictions: restrictions)
        case .code(let text):
            output += "<code>"
            XMLText.append(text, to: &output)
            output += "</code>"
        case .link(let link): renderLink(link, depth: inner, restrictions: restrictions)
        case .image(let image): renderImage(image, restrictions: restrictions)
        case .span(let attributes, let content):
            output += "<span"
            AttributeFilter.append(attributes, id: attributes.id, to: &output)
            output += ">"
            render(content, depth: inner, restrictions: restrictions)
            output += "</span>"
        case .note(let blocks): renderNoteReference(blocks, restrictions: restrictions)
        case .rawInline: break
        }
    }

    private mutating func wrap(_ tag: String, _ content: [Inline], depth: Int, restrictions: Restrictions) {
        output += "<" + tag + ">"
        render(content, depth: depth, restrictions: restrictions)
        output += "</" + tag + ">"
    }

    private mutating func renderLink(_ link: Link, depth: Int, restrictions: Restrictions) {
        let href = restrictions.contains(.inLink) ? nil : environment.links.href(for: link.url, from: environment.fileName)
        output += href == nil ? "<span" : "<a href=\""
        if let href {
            XMLText.append(href, to: &output, isAttribute: true)
            output += "\""
        }
        var attributes = link.attributes
        if !link.title.isEmpty && attributes["title"] == nil { attributes.pairs.insert(.init("title", link.title), at: 0) }
        AttributeFilter.append(attributes, id: attributes.id, to: &output)
        output += ">"
        render(link.content, depth: depth, restrictions: restrictions.union(href == nil ? [] : .inLink))
        output += href == nil ? "</span>" : "</a>"
    }

    private mutating func renderImage(_ image: Image, restrictions: Restrictions) {
        if let href = environment.resources.href(for: image.source) {
            output += "<img src=\"\(href)\" alt=\""
            XMLText.append(image.alt, to: &output, isAttribute: true)
            output += "\""
            var attributes = image.attributes
            if !image.title.isEmpty && attributes["title"] == nil { attributes.pairs.insert(.init("title", image.title), at: 0) }
            AttributeFilter.append(attributes, id: attributes.id, to: &output)
            output += "/>"
            return
        }
        // Not embedded: the alt text stands in, linked to the remote image when there is one.
        let label = XMLText.cleanedLine(image.alt) ?? XMLText.cleanedLine(image.title) ?? "image"
        let scheme = LinkResolver.scheme(of: image.source)
        let remote = (scheme == "http" || scheme == "https") && !restrictions.contains(.inLink)
            ? environment.links.href(for: image.source, from: environment.fileName) : nil
        output += "<span class=\"image-alt\""
        if !image.attributes.id.isEmpty { output += " id=\"\(image.attributes.id)\"" }
        output += ">["
        if let remote {
            output += "<a href=\""
            XMLText.append(remote, to: &output, isAttribute: true)
            output += "\">"
            XMLText.append(label, to: &output)
            output += "</a>"
        } else {
            XMLText.append(label, to: &output)
        }
        output += "]</span>"
    }
}
