// Inline normalization: one left-to-right stream per paragraph, so that whitespace collapses
// across emphasis and link boundaries, then trimming of the end and merging of neighbours.

import GalleyCore

extension NormalizeDocument {
    /// A paragraph's, heading's or line's inlines, normalized and trimmed at both ends.
    func normalizeLine(_ inlines: [Inline]) -> [Inline] {
        var afterSpace = true
        var result = normalize(inlines, afterSpace: &afterSpace)
        Self.trimEnd(&result, removesBreaks: true)
        return result
    }

    /// Normalizes `inlines`; `afterSpace` says whether the text so far ends in whitespace.
    func normalize(_ inlines: [Inline], afterSpace: inout Bool) -> [Inline] {
        var result: [Inline] = []
        result.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .text(let text):
                let cleaned = cleaner.clean(text, dropsLeadingSpace: afterSpace)
                guard !cleaned.isEmpty else { continue }
                afterSpace = cleaned.utf8.last == 0x20
                Self.append(.text(cleaned), to: &result)
            case .softBreak:
                guard !afterSpace else { continue }
                afterSpace = true
                result.append(.softBreak)
            case .lineBreak:
                Self.trimEnd(&result, removesBreaks: false)
                afterSpace = true
                result.append(.lineBreak)
            case .code(let text):
                guard !text.isEmpty else { continue }
                afterSpace = false
                Self.append(inline, to: &result)
            case .image(var image):
                afterSpace = false
                image.alt = cleaner.cleanField(image.alt) ?? ""
                image.title = cleaner.cleanField(image.title) ?? ""
                result.append(.image(image))
            case .rawInline(_, let text):
                if !text.isEmpty { result.append(inline) }
            case .note(let blocks):
                let blocks = normalize(blocks)
                if !blocks.isEmpty { result.append(.note(blocks)) }
            case .emphasis, .strong, .strikeout, .superscript, .subscript, .link, .span:
                let rewritten = inline.mappingChildren(
                    inlines: { normalize($0, afterSpace: &afterSpace) }, blocks: { $0 })
                if !Self.isEmptyContainer(rewritten) { Self.append(rewritten, to: &result) }
            }
        }
        return result
    }

    /// Whether a container inline has nothing left worth keeping.
    static func isEmptyContainer(_ inline: Inline) -> Bool {
        switch inline {
        case .emphasis(let content), .strong(let content), .strikeout(let content),
            .superscript(let content), .subscript(let content):
            return content.isEmpty
        case .link(let link): return link.content.isEmpty
        case .span(let attributes, let content): return content.isEmpty && attributes.id.isEmpty
        default: return false
        }
    }

    /// Appends `inline`, merging it into the last node when both are text, code, or the same
    /// mark (then the contents meet and merge at the junction).
    static func append(_ inline: Inline, to result: inout [Inline]) {
        guard let last = result.last else {
            result.append(inline)
            return
        }
        switch (last, inline) {
        case (.text(let a), .text(let b)): result[result.count - 1] = .text(a + b)
        case (.code(let a), .code(let b)): result[result.count - 1] = .code(a + b)
        case (.emphasis(let a), .emphasis(let b)): result[result.count - 1] = .emphasis(joined(a, b))
        case (.strong(let a), .strong(let b)): result[result.count - 1] = .strong(joined(a, b))
        case (.strikeout(let a), .strikeout(let b)): result[result.count - 1] = .strikeout(joined(a, b))
        case (.superscript(let a), .superscript(let b)): result[result.count - 1] = .superscript(joined(a, b))
        case (.subscript(let a), .subscript(let b)): result[result.count - 1] = .subscript(joined(a, b))
        case (.span(let x, let a), .span(let y, let b)) where x == y && x.id.isEmpty:
            result[result.count - 1] = .span(x, joined(a, b))
        default: result.append(inline)
        }
    }

    static func joined(_ first: [Inline], _ second: [Inline]) -> [Inline] {
        var combined = first
        guard let head = second.first else { return combined }
        append(head, to: &combined)
        combined.append(contentsOf: second.dropFirst())
        return combined
    }

    /// Removes trailing spaces (and, when `removesBreaks`, trailing breaks) from the end of
    /// `inlines`, descending into the last container; containers left empty go too.
    static func trimEnd(_ inlines: inout [Inline], removesBreaks: Bool) {
        while let last = inlines.last {
            switch last {
            case .text(var text):
                while text.utf8.last == 0x20 { text.removeLast() }
                if text.isEmpty {
                    inlines.removeLast()
                    continue
                }
                inlines[inlines.count - 1] = .text(text)
                return
            case .softBreak:
                inlines.removeLast()
                continue
            case .lineBreak:
                guard removesBreaks else { return }
                inlines.removeLast()
                continue
            case .emphasis, .strong, .strikeout, .superscript, .subscript, .link, .span:
                let trimmed = last.mappingChildren(
                    inlines: { content in
                        var content = content
                        trimEnd(&content, removesBreaks: removesBreaks)
                        return content
                    }, blocks: { $0 })
                if isEmptyContainer(trimmed) {
                    inlines.removeLast()
                    continue
                }
                inlines[inlines.count - 1] = trimmed
                return
            default:
                return
            }
        }
    }
}
