// Block nodes. Recursion follows the document's nesting, which readers cap at
// `Document.maximumDepth`.

import GalleyCore

extension HTMLRenderer {
    /// Container tags the HTML reader records in a div's `tag` pair and the writer restores.
    static let sectioningTags: Set<String> = [
        "section", "article", "aside", "nav", "header", "footer", "main", "address",
    ]

    mutating func renderBlocks(_ blocks: [Block]) {
        for block in blocks { renderBlock(block) }
    }

    mutating func renderBlock(_ block: Block) {
        switch block {
        case .paragraph(let content):
            out.raw("<p>")
            renderInlines(content)
            out.raw("</p>\n")
        case .heading(let heading):
            let name = "h\(min(max(heading.level, 1), 6))"
            open(name, heading.attributes)
            renderInlines(heading.content)
            close(name)
            out.raw("\n")
        case .blockQuote(let body):
            out.raw("<blockquote>\n")
            renderBlocks(body)
            out.raw("</blockquote>\n")
        case .list(let list):
            renderList(list)
        case .codeBlock(let code):
            renderCodeBlock(code)
        case .horizontalRule:
            out.raw("<hr")
            out.raw(voidEnd)
            out.raw("\n")
        case .table(let table):
            renderTable(table)
        case .figure(let figure):
            renderFigure(figure)
        case .div(let attributes, let body):
            renderDiv(attributes, body)
        case .lineBlock(let lines):
            out.raw("<p class=\"line-block\">")
            for (index, line) in lines.enumerated() {
                if index > 0 {
                    out.raw("<br")
                    out.raw(voidEnd)
                    out.raw("\n")
                }
                renderInlines(line)
            }
            out.raw("</p>\n")
        case .rawBlock(let format, let text):
            renderRaw(format: format, text: text)
            if emitsRaw(format: format) { out.raw("\n") }
        }
    }

    mutating func renderList(_ list: List) {
        let name = list.isOrdered ? "ol" : "ul"
        out.raw("<")
        out.raw(name)
        if list.isOrdered && list.start != 1 {
            out.attribute("start", String(list.start))
        }
        out.raw(">\n")
        for item in list.items {
            out.raw("<li>")
            if list.isTight {
                renderTightBlocks(item)
            } else {
                out.raw("\n")
                renderBlocks(item)
            }
            out.raw("</li>\n")
        }
        close(name)
        out.raw("\n")
    }

    /// Blocks of a tight list item or a cell: a lone paragraph loses its `<p>`; several
    /// paragraphs keep theirs, so that they do not run together.
    mutating func renderTightBlocks(_ blocks: [Block]) {
        var paragraphCount = 0
        for case .paragraph in blocks { paragraphCount += 1 }
        guard paragraphCount == 1 else {
            if !blocks.isEmpty {
                out.raw("\n")
                renderBlocks(blocks)
            }
            return
        }
        for (index, block) in blocks.enumerated() {
            if case .paragraph(let content) = block {
                if index > 0 { out.raw("\n") }
                renderInlines(content)
            } else {
                if index == 0 || out.bytes.last != UInt8(ascii: "\n") { out.raw("\n") }
                renderBlock(block)
            }
        }
    }

    mutating func renderCodeBlock(_ code: CodeBlock) {
        open("pre", code.attributes)
        out.raw("<code")
        let language = code.language.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        if let language, HTMLAttributeFilter.isClassToken(language) {
            out.attribute("class", "language-" + language)
        }
        out.raw(">")
        out.text(code.text)
        out.raw("</code></pre>\n")
    }

    mutating func renderDiv(_ attributes: Attributes, _ body: [Block]) {
        let tag = attributes["tag"].map { $0.lowercased() }
        let name = tag.flatMap { Self.sectioningTags.contains($0) ? $0 : nil } ?? "div"
        open(name, attributes)
        out.raw("\n")
        renderBlocks(body)
        close(name)
        out.raw("\n")
    }

    mutating func renderFigure(_ figure: Figure) {
        open("figure", figure.attributes)
        out.raw("\n")
        for block in figure.content {
            // A paragraph holding only images is the figure's picture: no `<p>` around it.
            if case .paragraph(let content) = block, content.allSatisfy(Self.isImageOrSpace) {
                renderInlines(content)
                out.raw("\n")
            } else {
                renderBlock(block)
            }
        }
        if !figure.caption.isEmpty {
            out.raw("<figcaption>")
            renderCaption(figure.caption)
            out.raw("</figcaption>\n")
        }
        out.raw("</figure>\n")
    }

    /// A caption: a single paragraph renders as its inlines, anything else as blocks.
    mutating func renderCaption(_ blocks: [Block]) {
        if blocks.count == 1, case .paragraph(let content) = blocks[0] {
            renderInlines(content)
        } else {
            out.raw("\n")
            renderBlocks(blocks)
        }
    }

    static func isImageOrSpace(_ inline: Inline) -> Bool {
        switch inline {
        case .image, .softBreak: return true
        case .text(let text): return text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x0A }
        default: return false
        }
    }
}
