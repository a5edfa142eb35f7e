// Structural maps over a node's immediate children. Every walker and rewriter in this module is
// written in terms of these two functions, so a new node kind needs handling in one place.

extension Block {
    /// Returns this block with each of its immediate child lists replaced.
    ///
    /// - Parameters:
    ///   - blocks: Maps each list of child blocks (quote body, list item, cell, caption, …).
    ///   - inlines: Maps each list of child inlines (paragraph, heading, line).
    public func mappingChildren(
        blocks: ([Block]) throws -> [Block], inlines: ([Inline]) throws -> [Inline]
    ) rethrows -> Block {
        switch self {
        case .paragraph(let content):
            return .paragraph(try inlines(content))
        case .heading(var heading):
            heading.content = try inlines(heading.content)
            return .heading(heading)
        case .blockQuote(let body):
            return .blockQuote(try blocks(body))
        case .list(var list):
            list.items = try list.items.map(blocks)
            return .list(list)
        case .codeBlock, .horizontalRule, .rawBlock:
            return self
        case .table(var table):
            table.caption = try blocks(table.caption)
            table.head = try table.head.map { try $0.mappingCells(blocks) }
            table.body = try table.body.map { try $0.mappingCells(blocks) }
            table.foot = try table.foot.map { try $0.mappingCells(blocks) }
            return .table(table)
        case .figure(var figure):
            figure.content = try blocks(figure.content)
            figure.caption = try blocks(figure.caption)
            return .figure(figure)
        case .div(let attributes, let body):
            return .div(attributes, try blocks(body))
        case .lineBlock(let lines):
            return .lineBlock(try lines.map(inlines))
        }
    }

    /// Calls the closures on each immediate child list, in reading order, without copying.
    public func forEachChildList(
        blocks: ([Block]) throws -> Void, inlines: ([Inline]) throws -> Void
    ) rethrows {
        switch self {
        case .paragraph(let content): try inlines(content)
        case .heading(let heading): try inlines(heading.content)
        case .blockQuote(let body): try blocks(body)
        case .list(let list): for item in list.items { try blocks(item) }
        case .codeBlock, .horizontalRule, .rawBlock: break
        case .table(let table):
            try blocks(table.caption)
            for row in table.head + table.body + table.foot {
                for cell in row.cells { try blocks(cell.blocks) }
            }
        case .figure(let figure):
            try blocks(figure.content)
            try blocks(figure.caption)
        case .div(_, let body): try blocks(body)
        case .lineBlock(let lines): for line in lines { try inlines(line) }
        }
    }
}

extension Table.Row {
    func mappingCells(_ transform: ([Block]) throws -> [Block]) rethrows -> Table.Row {
        var row = self
        for index in row.cells.indices {
            row.cells[index].blocks = try transform(row.cells[index].blocks)
        }
        return row
    }
}

extension Inline {
    /// Returns this inline with each of its immediate child lists replaced.
    ///
    /// - Parameters:
    ///   - inlines: Maps child inlines (emphasis, link text, span, …).
    ///   - blocks: Maps the blocks of a note.
    public func mappingChildren(
        inlines: ([Inline]) throws -> [Inline], blocks: ([Block]) throws -> [Block]
    ) rethrows -> Inline {
        switch self {
        case .text, .softBreak, .lineBreak, .code, .image, .rawInline:
            return self
        case .emphasis(let content): return .emphasis(try inlines(content))
        case .strong(let content): return .strong(try inlines(content))
        case .strikeout(let content): return .strikeout(try inlines(content))
        case .superscript(let content): return .superscript(try inlines(content))
        case .subscript(let content): return .subscript(try inlines(content))
        case .link(var link):
            link.content = try inlines(link.content)
            return .link(link)
        case .span(let attributes, let content): return .span(attributes, try inlines(content))
        case .note(let body): return .note(try blocks(body))
        }
    }

    /// Calls the closures on each immediate child list, without copying.
    public func forEachChildList(
        inlines: ([Inline]) throws -> Void, blocks: ([Block]) throws -> Void
    ) rethrows {
        switch self {
        case .text, .softBreak, .lineBreak, .code, .image, .rawInline: break
        case .emphasis(let content), .strong(let content), .strikeout(let content),
            .superscript(let content), .subscript(let content), .span(_, let content):
            try inlines(content)
        case .link(let link): try inlines(link.content)
        case .note(let body): try blocks(body)
        }
    }
}
