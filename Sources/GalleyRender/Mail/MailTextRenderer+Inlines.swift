// Inline content as plain text, with links, images and notes written out.

import GalleyCore
import GalleyHTML

extension MailTextRenderer {
    /// The inlines as one string; hard line breaks become U+0001 marks (control characters from
    /// the text itself are removed first, so the mark is unambiguous).
    mutating func inlineText(_ inlines: [Inline]) -> String {
        var text = ""
        appendInlines(inlines, to: &text)
        return text
    }

    mutating func appendInlines(_ inlines: [Inline], to text: inout String) {
        for inline in inlines { appendInline(inline, to: &text) }
    }

    mutating func appendInline(_ inline: Inline, to text: inout String) {
        switch inline {
        case .text(let string): text += Self.withoutControls(string)
        case .softBreak: text += " "
        case .lineBreak: text += "\u{1}"
        case .emphasis(let content), .strong(let content), .strikeout(let content), .superscript(let content),
            .subscript(let content), .span(_, let content):
            appendInlines(content, to: &text)
        case .code(let string): text += Self.withoutControls(string)
        case .link(let link): appendLink(link, to: &text)
        case .image(let image):
            let alt = MailHeader.singleLine(image.alt)
            text += alt.isEmpty ? "[Image]" : "[Image: \(alt)]"
        case .note(let blocks):
            notes.append(blocks)
            text += "[\(notes.count)]"
        case .rawInline: break
        }
    }

    mutating func appendLink(_ link: Link, to text: inout String) {
        let start = text.endIndex
        appendInlines(link.content, to: &text)
        let label = String(text[start...])
        let url = link.url
        guard HTMLURLPolicy.isAllowed(url, for: .link), !url.isEmpty, !url.hasPrefix("#"), MailHeader.singleLine(url) == url
        else { return }
        if label == url || label == Self.withoutScheme(url) { return }
        switch linkStyle {
        case .inline: text += " <\(url)>"
        case .urls: text += " (\(url))"
        case .footnotes:
            references.append(url)
            text += " [\(references.count)]"
        }
    }

    /// `url` without `http://`, `https://` or `mailto:`.
    static func withoutScheme(_ url: String) -> String {
        for prefix in ["https://", "http://", "mailto:"] where url.hasPrefix(prefix) {
            return String(url.dropFirst(prefix.count))
        }
        return url
    }
}
