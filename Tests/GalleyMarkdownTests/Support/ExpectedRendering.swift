import GalleyCore

/// What a document should render as from the writer's Markdown, following the mapping the
/// module documents for what Markdown cannot express (divs unwrapped, spans flattened, figures
/// as content then caption, line blocks as hard-broken paragraphs, tables padded, …).
struct ExpectedRendering {
    var isGFM: Bool
    var allowsRawHTML = true
    /// CommonMark: note bodies, numbered in the order they are met, listed after the body.
    var pendingNotes: [[Block]] = []

    init(isGFM: Bool, allowsRawHTML: Bool = true) {
        self.isGFM = isGFM
        self.allowsRawHTML = allowsRawHTML
    }

    /// The document's blocks, notes included.
    mutating func document(_ document: Document) -> [RenderedNode] {
        var nodes = blocks(document.blocks)
        if !isGFM, !pendingNotes.isEmpty {
            nodes.append(RenderedNode(kind: "thematic_break"))
            nodes.append(list(List(isOrdered: true, start: 1, isTight: false, items: pendingNotes)))
        }
        return nodes
    }

    /// Blocks as they render, divs and figures unwrapped, empty paragraphs gone.
    mutating func blocks(_ blocks: [Block]) -> [RenderedNode] {
        var result: [RenderedNode] = []
        for block in blocks {
            switch block {
            case .div(_, let body): result += self.blocks(body)
            case .figure(let figure): result += self.blocks(figure.content) + self.blocks(figure.caption)
            case .paragraph(let content):
                let children = inlines(content)
                if !children.isEmpty { result.append(RenderedNode(kind: "paragraph", children: children)) }
            case .lineBlock(let lines):
                let children = inlines(Array(lines.map { [Inline.lineBreak] + $0 }.joined()))
                if !children.isEmpty { result.append(RenderedNode(kind: "paragraph", children: children)) }
            case .heading(let heading):
                result.append(RenderedNode(kind: "heading", attributes: ["level=\(heading.level)"], children: inlines(heading.content)))
            case .blockQuote(let body): result.append(RenderedNode(kind: "block_quote", children: self.blocks(body)))
            case .list(let list): result.append(self.list(list))
            case .codeBlock(let code):
                result.append(RenderedNode(kind: "code_block", attributes: ["info=\(code.language)"], text: code.text.isEmpty ? "" : code.text + "\n"))
            case .horizontalRule: result.append(RenderedNode(kind: "thematic_break"))
            case .table(let table): result += self.table(table)
            case .rawBlock(let format, let text):
                if format == "html", allowsRawHTML { result.append(RenderedNode(kind: "html_block", text: text + "\n")) }
            }
        }
        return result
    }

    mutating func list(_ list: List) -> RenderedNode {
        let items = list.items.map { RenderedNode(kind: "item", children: blocks($0)) }
        // The writer puts a blank line between items of a loose list, and between blocks of an
        // item unless the item is tight and the two may join (a heading, rule or fence followed
        // by anything; a paragraph followed by a list that may interrupt it). As in cmark, a
        // blank line makes the list loose unless it follows a thematic break.
        var isTight = true
        for (index, item) in items.enumerated() {
            for (previous, next) in zip(item.children, item.children.dropFirst()) {
                let joins = ["heading", "thematic_break", "code_block"].contains(previous.kind)
                    || (previous.kind == "paragraph" && next.kind == "list" && !(next.children.first?.children.isEmpty ?? true)
                        && (!next.attributes.contains("type=ordered") || next.attributes.contains("start=1")))
                if !(list.isTight && joins), Self.endsWithBlankLine(previous) { isTight = false }
            }
            if !list.isTight, index + 1 < items.count, Self.endsWithBlankLine(item) { isTight = false }
        }
        var attributes = ["type=\(list.isOrdered ? "ordered" : "bullet")", "tight=\(isTight)"]
        if list.isOrdered { attributes.append("start=\(min(max(list.start, 0), 999_999_999))") }
        return RenderedNode(kind: "list", attributes: attributes, children: items).withTightnessShownOnlyWhereVisible()
    }

    /// Whether a blank line after this block makes its list loose in cmark: after anything but
    /// a thematic break (measured with cmark-gfm 0.29; lists and items by their last block).
    static func endsWithBlankLine(_ node: RenderedNode) -> Bool {
        switch node.kind {
        case "thematic_break": return false
        case "list", "item": return node.children.last.map(endsWithBlankLine) ?? true
        default: return true
        }
    }

    /// GFM: a pipe table on the HTML table model's grid; CommonMark: an HTML table. The caption
    /// follows as blocks.
    mutating func table(_ table: Table) -> [RenderedNode] {
        let rows = table.head + table.body + table.foot
        var grid: [[Int: Table.Cell]] = Array(repeating: [:], count: rows.count)
        var covered: [Set<Int>] = Array(repeating: [], count: rows.count)
        var columns = table.alignments.count
        for (r, row) in rows.enumerated() {
            var c = 0
            for cell in row.cells {
                while covered[r].contains(c) { c += 1 }
                for rr in r..<min(rows.count, r + cell.rowSpan) { for cc in c..<(c + cell.columnSpan) { covered[rr].insert(cc) } }
                grid[r][c] = cell
                c += cell.columnSpan
                columns = max(columns, c)
            }
            columns = max(columns, (covered[r].max() ?? -1) + 1)
        }
        var result: [RenderedNode] = []
        if columns > 0, !rows.isEmpty {
            if !isGFM {
                // The cells' notes are numbered as the table is written.
                for row in rows { for cell in row.cells { _ = cellContent(cell.blocks) } }
                result.append(RenderedNode(kind: "html_table"))
            } else {
                var nodes: [RenderedNode] = []
                let headerCells = table.head.isEmpty ? [:] : grid[0]
                let bodyRows = table.head.isEmpty ? Array(grid) : Array(grid.dropFirst())
                nodes.append(RenderedNode(kind: "header", children: (0..<columns).map { cellNode(headerCells[$0]) }))
                for row in bodyRows { nodes.append(RenderedNode(kind: "row", children: (0..<columns).map { cellNode(row[$0]) })) }
                let aligns = (0..<columns).map { $0 < table.alignments.count ? table.alignments[$0].rawValue : "default" }
                result.append(RenderedNode(kind: "table", attributes: ["align=" + aligns.joined(separator: ",")], children: nodes))
            }
        }
        return result + blocks(table.caption)
    }

    mutating func cellNode(_ cell: Table.Cell?) -> RenderedNode {
        RenderedNode(kind: "cell", children: cell.map { cellContent($0.blocks) } ?? [])
    }

    /// A cell's blocks on one line, joined by line breaks (`<br>`).
    mutating func cellContent(_ blocks: [Block]) -> [RenderedNode] {
        var parts: [[Inline]] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .paragraph(let content): if !content.isEmpty { parts.append(content) }
                case .heading(let heading): parts.append(heading.content)
                case .codeBlock(let code): parts.append([.code(code.text)])
                case .lineBlock(let lines): parts.append(Array(lines.map { [Inline.lineBreak] + $0 }.joined()))
                case .blockQuote(let body), .div(_, let body): collect(body)
                case .figure(let figure): collect(figure.content + figure.caption)
                case .list(let list): list.items.forEach(collect)
                case .table(let table): table.allRows.forEach { $0.cells.forEach { collect($0.blocks) } }; collect(table.caption)
                case .rawBlock, .horizontalRule: break
                }
            }
        }
        collect(blocks)
        var content: [Inline] = []
        for part in parts {
            var probe = self
            if probe.inlines(part).isEmpty { continue }
            if !content.isEmpty { content.append(.lineBreak) }
            content += part
        }
        return inlines(content)
    }

    // MARK: - Inlines

    mutating func inlines(_ inlines: [Inline]) -> [RenderedNode] {
        RenderedNode.canonicalInlines(hoisted(inlines.flatMap { inline($0, inLink: false) }))
    }

    mutating func inline(_ inline: Inline, inLink: Bool) -> [RenderedNode] {
        switch inline {
        case .text(let text): return [RenderedNode(kind: "text", text: text)]
        case .softBreak: return [RenderedNode(kind: "softbreak")]
        case .lineBreak: return [RenderedNode(kind: "linebreak")]
        case .emphasis(let content): return [mark("emph", content, inLink: inLink)]
        case .strong(let content): return [mark("strong", content, inLink: inLink)]
        case .strikeout(let content): return [mark("strikethrough", content, inLink: inLink)]
        case .superscript(let content): return [mark("sup", content, inLink: inLink)]
        case .subscript(let content): return [mark("sub", content, inLink: inLink)]
        case .span(_, let content): return content.flatMap { self.inline($0, inLink: inLink) }
        case .code(let text):
            if text.isEmpty { return [] }
            return [RenderedNode(kind: "code", text: String(text.map { $0 == "\n" ? " " : $0 }))]
        case .link(let link):
            let children = link.content.flatMap { self.inline($0, inLink: true) }
            if inLink { return children }
            return [RenderedNode(kind: "link", attributes: Self.target(link.url, link.title), children: hoisted(children))]
        case .image(let image):
            return [RenderedNode(kind: "image", attributes: Self.target(image.source, image.title),
                                 children: image.alt.isEmpty ? [] : [RenderedNode(kind: "text", text: image.alt)])]
        case .note(let blocks):
            var probe = self
            if probe.blocks(blocks).isEmpty { return [] }
            if isGFM { return [RenderedNode(kind: "note", children: self.blocks(blocks))] }
            pendingNotes.append(blocks)
            return [RenderedNode(kind: "sup", children: [RenderedNode(kind: "text", text: String(pendingNotes.count))])]
        case .rawInline(let format, let text):
            return format == "html" && allowsRawHTML ? [RenderedNode(kind: "html_inline", text: text)] : []
        }
    }

    mutating func mark(_ kind: String, _ content: [Inline], inLink: Bool) -> RenderedNode {
        RenderedNode(kind: kind, children: hoisted(content.flatMap { inline($0, inLink: inLink) }))
    }

    /// Moves spaces and breaks at the edges of marks out of them (a delimiter cannot stand
    /// next to a space), innermost first.
    func hoisted(_ nodes: [RenderedNode]) -> [RenderedNode] {
        var result: [RenderedNode] = []
        for var node in nodes {
            guard RenderedNode.markKinds.contains(node.kind) else {
                result.append(node)
                continue
            }
            var children = hoisted(node.children)
            var leading: [RenderedNode] = []
            var trailing: [RenderedNode] = []
            while let first = children.first, Self.isBlank(first) {
                leading.append(children.removeFirst())
            }
            if let first = children.first, first.kind == "text" {
                let kept = String(first.text.drop { $0 == " " || $0 == "\t" })
                leading.append(RenderedNode(kind: "text", text: String(first.text.prefix(first.text.count - kept.count))))
                children[0].text = kept
            }
            while let last = children.last, Self.isBlank(last) {
                trailing.insert(children.removeLast(), at: 0)
            }
            if let last = children.last, last.kind == "text" {
                var kept = last.text
                while kept.last == " " || kept.last == "\t" { kept.removeLast() }
                trailing.insert(RenderedNode(kind: "text", text: String(last.text.suffix(last.text.count - kept.count))), at: 0)
                children[children.count - 1].text = kept
            }
            node.children = children
            result += leading + (children.isEmpty ? [] : [node]) + trailing
        }
        return result
    }

    /// cmark-gfm's XML leaves `&amp;` in attributes unescaped, so `&amp;` and `&` read alike there.
    static func target(_ url: String, _ title: String) -> [String] {
        let url = url.replacingOccurrences(of: "&amp;", with: "&")
        let title = title.replacingOccurrences(of: "&amp;", with: "&")
        return ["url=\(url.debugDescription)", "title=\(title.debugDescription)"]
    }

    static func isBlank(_ node: RenderedNode) -> Bool {
        node.kind == "softbreak" || node.kind == "linebreak"
            || (node.kind == "text" && node.text.allSatisfy { $0 == " " || $0 == "\t" })
    }
}
