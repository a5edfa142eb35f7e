// The plain-text part of a message: the article as logical lines, ready for format=flowed.

import GalleyCore
import GalleyHTML

/// Renders a document as plain-text lines: header, body, notes and link references.
///
/// Links follow the profile: `inline` writes `text <url>` (mail readers turn it into a link),
/// `urls` writes `text (url)`, `footnotes` writes `text [n]` and lists the targets at the end.
/// URLs that could run script are left out; raw markup is dropped.
struct MailTextRenderer {
    let linkStyle: RenderProfile.LinkStyle
    var lines: [TextLine] = []
    var references: [String] = []
    var notes: [[Block]] = []

    init(linkStyle: RenderProfile.LinkStyle) {
        self.linkStyle = linkStyle
    }

    mutating func render(_ document: Document) {
        renderHeader(document.metadata)
        renderBlocks(document.blocks, depth: 0)
        renderNotes()
        renderReferences()
        if let url = document.metadata.url, !url.isEmpty, HTMLURLPolicy.isAllowed(url, for: .link) {
            blank(0)
            add(((document.metadata.source.map { $0 + ": " }) ?? "Source: ") + url, depth: 0)
        }
    }

    mutating func renderHeader(_ meta: Metadata) {
        let byline = meta.byline ?? (meta.authors.isEmpty ? nil : "By " + meta.authors.joined(separator: ", "))
        let fields = [meta.title, meta.subtitle, byline, meta.dateline?.text, meta.date, meta.source]
        let present = fields.compactMap { $0.map(MailHeader.singleLine) }.filter { !$0.isEmpty }
        guard !present.isEmpty else { return }
        for (index, field) in present.enumerated() {
            add(field, depth: 0)
            if index == 0, let title = meta.title, !title.isEmpty {
                lines.append(TextLine(depth: 0, text: String(repeating: "=", count: min(field.count, 72)), isFlowed: false))
            }
        }
        blank(0)
    }

    // MARK: - Blocks

    mutating func renderBlocks(_ blocks: [Block], depth: Int) {
        var isFirst = true
        for block in blocks {
            let before = lines.count
            if !isFirst { blank(depth) }
            renderBlock(block, depth: depth)
            // A block that wrote nothing (raw markup) leaves no blank line behind either.
            if lines.count > before + (isFirst ? 0 : 1) {
                isFirst = false
            } else {
                lines.removeSubrange(before...)
            }
        }
    }

    mutating func renderBlock(_ block: Block, depth: Int) {
        switch block {
        case .paragraph(let content): addParagraph(content, depth: depth)
        case .heading(let heading):
            let text = inlineText(heading.content)
            addParagraph(text: text, depth: depth)
            if heading.level <= 2, !text.isEmpty {
                let mark = heading.level == 1 ? "=" : "-"
                lines.append(TextLine(depth: depth, text: String(repeating: mark, count: min(text.count, 72)), isFlowed: false))
            }
        case .blockQuote(let blocks): renderBlocks(blocks, depth: depth + 1)
        case .list(let list): renderList(list, depth: depth)
        case .codeBlock(let code):
            var codeLines = code.text.split(separator: "\n", omittingEmptySubsequences: false)
            if codeLines.last?.isEmpty == true { codeLines.removeLast() }
            for line in codeLines {
                lines.append(TextLine(depth: depth, text: "    " + Self.withoutControls(String(line)), isFlowed: false))
            }
        case .horizontalRule: lines.append(TextLine(depth: depth, text: "* * *", isFlowed: false))
        case .table(let table): renderTable(table, depth: depth)
        case .figure(let figure):
            renderBlocks(figure.content + figure.caption, depth: depth)
        case .div(_, let blocks): renderBlocks(blocks, depth: depth)
        case .lineBlock(let lineInlines):
            for line in lineInlines {
                lines.append(TextLine(depth: depth, text: inlineText(line), isFlowed: false))
            }
        case .rawBlock: break
        }
    }

    mutating func renderList(_ list: List, depth: Int) {
        for (index, item) in list.items.enumerated() {
            if index > 0, !list.isTight { blank(depth) }
            let marker = list.isOrdered ? "\(list.start + index). " : "- "
            let start = lines.count
            renderBlocks(item, depth: depth)
            guard start < lines.count else {
                lines.append(TextLine(depth: depth, text: marker, isFlowed: false))
                continue
            }
            let indent = String(repeating: " ", count: marker.count)
            for position in start..<lines.count {
                lines[position].text = (position == start ? marker : indent) + lines[position].text
            }
        }
    }

    mutating func renderTable(_ table: Table, depth: Int) {
        let caption = table.caption.plainText
        if !caption.isEmpty { add(MailHeader.singleLine(caption), depth: depth) }
        for row in table.allRows {
            let cells = row.cells.map { MailHeader.singleLine($0.blocks.plainText) }
            add(cells.joined(separator: " | "), depth: depth)
        }
    }

    // MARK: - Lines

    mutating func addParagraph(_ content: [Inline], depth: Int) {
        addParagraph(text: inlineText(content), depth: depth)
    }

    /// Adds `text`; line breaks inside it (U+0001 marks) end logical lines.
    mutating func addParagraph(text: String, depth: Int) {
        for part in text.split(separator: "\u{1}", omittingEmptySubsequences: false) {
            lines.append(TextLine(depth: depth, text: MailHeader.singleLine(String(part)), isFlowed: true))
        }
    }

    mutating func add(_ text: String, depth: Int) {
        lines.append(TextLine(depth: depth, text: text, isFlowed: true))
    }

    mutating func blank(_ depth: Int) {
        lines.append(TextLine(depth: depth, text: "", isFlowed: false))
    }

    mutating func renderNotes() {
        guard !notes.isEmpty else { return }
        blank(0)
        add("Notes", depth: 0)
        lines.append(TextLine(depth: 0, text: "-----", isFlowed: false))
        var index = 0
        while index < notes.count {
            let start = lines.count
            renderBlocks(notes[index], depth: 0)
            index += 1
            if start < lines.count { lines[start].text = "[\(index)] " + lines[start].text }
        }
    }

    mutating func renderReferences() {
        guard !references.isEmpty else { return }
        blank(0)
        add("Links", depth: 0)
        lines.append(TextLine(depth: 0, text: "-----", isFlowed: false))
        for (index, url) in references.enumerated() {
            add("[\(index + 1)] \(url)", depth: 0)
        }
    }

    /// `text` without control characters other than tab (tabs become spaces).
    static func withoutControls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.compactMap { scalar in
            if scalar == "\t" { return " " }
            return scalar.value < 0x20 || scalar.value == 0x7F ? nil : scalar
        }))
    }
}
