import GalleyCore

extension TextRenderer {
    /// The inlines filled to `width` columns (the lines are in the wrapper's
    /// ``LineWrapper/text``, ended at its ``LineWrapper/lineEnds``).
    mutating func wrapped(_ content: [Inline], width: Int) -> LineWrapper {
        var wrapper = spareWrapper ?? LineWrapper(width: width)
        // Dropped before emptying, so that the buffers are not shared and keep their storage.
        spareWrapper = nil
        wrapper.reset(width: width)
        append(content, to: &wrapper)
        wrapper.finishLines()
        return wrapper
    }

    /// The inlines on one line (for table cells); forced breaks become spaces.
    mutating func flattened(_ content: [Inline]) -> String {
        var wrapper = LineWrapper(width: Int.max / 4)
        append(content, to: &wrapper)
        return wrapper.finish().joined(separator: " ")
    }

    /// Feeds inlines to the wrapper: markup disappears, links and notes leave reference markers.
    mutating func append(_ content: [Inline], to wrapper: inout LineWrapper) {
        for inline in content {
            switch inline {
            case .text(let text), .code(let text):
                wrapper.append(text)
            case .softBreak:
                wrapper.append(" ")
            case .lineBreak:
                wrapper.hardBreak()
            case .emphasis(let inner), .strong(let inner), .strikeout(let inner), .superscript(let inner),
                .subscript(let inner), .span(_, let inner):
                append(inner, to: &wrapper)
            case .link(let link):
                append(link.content, to: &wrapper)
                appendTarget(of: link, to: &wrapper)
            case .image(let image):
                wrapper.append(image.alt.isEmpty ? "[Image]" : "[Image: \(image.alt)]")
            case .note(let blocks):
                references.append(.note(blocks))
                wrapper.appendGlued("[\(references.count)]", isSpaced: false)
            case .rawInline(let format, let text):
                if Self.isPlainFormat(format) { wrapper.append(text) }
            }
        }
    }

    /// Adds `[n]` (footnotes) or `<url>` (urls) after a link's text, unless the text already
    /// shows the target or the target is a fragment of this document.
    mutating func appendTarget(of link: Link, to wrapper: inout LineWrapper) {
        let url = link.url
        guard links != .inline, !url.isEmpty, !url.hasPrefix("#") else { return }
        let text = link.content.plainText
        guard text != url, "mailto:" + text != url else { return }
        switch links {
        case .footnotes:
            let number: Int
            if let known = urlNumbers[url] {
                number = known
            } else {
                references.append(.url(url))
                number = references.count
                urlNumbers[url] = number
            }
            wrapper.appendGlued("[\(number)]", isSpaced: true)
        case .urls:
            wrapper.append(" <\(url)>")
        case .inline:
            break
        }
    }
}
