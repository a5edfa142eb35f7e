import GalleyCore

extension BodyMapper {
    /// Ends the top frame's element and hands its result to the frame below.
    mutating func close() {
        let top = frames.count - 1
        if frames[top].ownsFlow, !frames[top].isInlineOnly {
            if case .list = frames[top].role {
                collectStrayListContent(top)
            } else {
                flushParagraph(top)
            }
        }
        let frame = frames.removeLast()
        let parent = frames.count - 1
        switch frame.role {
        case .root, .transparent, .tableSection:
            break
        case .spacedTransparent:
            frames[frame.flow].pendingSpace = true
        case .quotation(let closing):
            quotationDepth -= 1
            appendLiteral(closing)
        case .flattened:
            breakFlow()
        case .wrapper:
            if !frame.inlines.isEmpty {
                let target = frames[parent].inlineTarget
                if let inline = wrapping(frame.inlines, in: frame) {
                    frames[target].inlines.append(inline)
                } else {
                    frames[target].inlines.append(contentsOf: frame.inlines)
                }
            }
        case .paragraph:
            deliver(frame.blocks, from: frame)
        case .container(let attributes):
            if !frame.blocks.isEmpty { deliver(.div(attributes, frame.blocks), from: frame) }
        case .blockQuote:
            if !frame.blocks.isEmpty { deliver(.blockQuote(frame.blocks), from: frame) }
        case .heading(let level, let attributes):
            let content = Self.trimmingBreaks(frame.inlines)
            if !content.isEmpty { deliver(.heading(Heading(level: level, content: content, attributes: attributes)), from: frame) }
        case .definitionTerm:
            let content = Self.trimmingBreaks(frame.inlines)
            if !content.isEmpty { deliver(.paragraph([.strong(content)]), from: frame) }
        case .list(let isOrdered, let start):
            if !frame.items.isEmpty {
                let list = List(isOrdered: isOrdered, start: start, isTight: !frame.isLoose, items: frame.items)
                deliver(.list(list), from: frame)
            }
        case .listItem:
            if !frame.blocks.isEmpty { collected(parent).items.append(hiding(frame.blocks, of: frame)) }
        case .figure(let attributes):
            if !frame.blocks.isEmpty || !frame.caption.isEmpty {
                deliver(.figure(Figure(content: frame.blocks, caption: frame.caption, attributes: attributes)), from: frame)
            }
        case .figureCaption:
            collected(parent).caption.append(contentsOf: hiding(frame.blocks, of: frame))
        case .tableCaption:
            collected(parent).caption.append(contentsOf: hiding(frame.blocks, of: frame))
        case .tableCell(var cell):
            cell.blocks = hiding(frame.blocks, of: frame)
            collected(parent).cells.append(cell)
        case .tableRow(let section):
            guard !frame.cells.isEmpty else { break }
            let row = Table.Row(cells: frame.cells)
            var table = parent
            if case .tableSection = frames[parent].role { table = parent - 1 }
            switch section {
            case .head: collected(table).head.append(row)
            case .body: collected(table).body.append(row)
            case .foot: collected(table).foot.append(row)
            }
        case .table(let attributes):
            closeTable(frame, attributes: attributes)
        }
    }

    /// Appends a closed element's one block to the flow below it, without making an array of it
    /// (most elements close into one block).
    private mutating func deliver(_ block: Block, from frame: Frame) {
        let flow = frames[frames.count - 1].flow
        if frame.isHidden {
            frames[flow].blocks.append(.div(Self.hiddenAttributes(for: frame.node, in: dom), [block]))
        } else {
            frames[flow].blocks.append(block)
        }
    }

    /// Appends a closed element's blocks to the flow below it.
    private mutating func deliver(_ blocks: [Block], from frame: Frame) {
        guard !blocks.isEmpty else { return }
        let flow = frames[frames.count - 1].flow
        frames[flow].blocks.append(contentsOf: hiding(blocks, of: frame))
    }

    /// `blocks` inside a hidden div when the frame's element is hidden.
    private func hiding(_ blocks: [Block], of frame: Frame) -> [Block] {
        guard frame.isHidden, !blocks.isEmpty else { return blocks }
        return [.div(Self.hiddenAttributes(for: frame.node, in: dom), blocks)]
    }

    private mutating func closeTable(_ frame: Frame, attributes: Attributes) {
        var head = frame.head
        var body = frame.body
        // A first body row of header cells is the head when the table has no <thead>.
        if head.isEmpty, let first = body.first, first.cells.allSatisfy(\.isHeader), body.count > 1 {
            head = [first]
            body.removeFirst()
        }
        guard !head.isEmpty || !body.isEmpty || !frame.foot.isEmpty || !frame.caption.isEmpty else { return }
        let table = Table(caption: frame.caption, head: head, body: body, foot: frame.foot, attributes: attributes)
        deliver(.table(table), from: frame)
    }
}
