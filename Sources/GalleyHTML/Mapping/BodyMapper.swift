import GalleyCore

/// The walk that turns the DOM's body into blocks: one pass over the nodes with an explicit
/// stack of open elements (``Frame``), so that nesting depth costs heap, not call stack.
///
/// Text is collected into the nearest block's *flow*, the paragraph under construction, with
/// whitespace collapsed as CSS `white-space: normal` does. A block element that starts inside
/// inline elements ends the flow's paragraph: the inline elements open so far are closed around
/// what they hold and continue after the block (CSS's block-in-inline split).
struct BodyMapper {
    typealias NodeID = HTMLDOM.NodeID

    let dom: HTMLDOM
    let options: HTMLToDocument.Options
    let resolver: URLResolver
    var frames: [Frame] = []
    /// Image URLs written so far (a `<noscript>` copy of one is dropped).
    var seenImages: Set<String> = []
    /// `<img>` elements whose source came from lazy-loading attributes.
    var lazyImages: Set<NodeID> = []
    /// How many `<q>` elements are open (nested quotations alternate double and single marks).
    var quotationDepth = 0

    /// The deepest AST level a container may sit at: one below the document's limit, so that
    /// the leaves inside it stay within ``Document/maximumDepth``.
    static let levelLimit = Document.maximumDepth - 1

    init(dom: HTMLDOM, options: HTMLToDocument.Options, resolver: URLResolver) {
        self.dom = dom
        self.options = options
        self.resolver = resolver
    }

    /// Maps the whole document; its blocks.
    mutating func map() -> [Block] {
        let root = dom.root
        frames = [Frame(role: .root, node: root, cursor: dom.nodes[Int(root)].firstChild, flow: 0, inlineTarget: 0,
                        blockLevel: 1, inlineLevel: 2)]
        while true {
            let top = frames.count - 1
            let cursor = frames[top].cursor
            if cursor < 0 {
                if top == 0 { break }
                close()
                continue
            }
            frames[top].cursor = frames[top].visitsOneNode ? -1 : dom.nodes[Int(cursor)].nextSibling
            visit(cursor)
        }
        flushParagraph(0)
        return frames[0].blocks
    }

    // MARK: - Visiting nodes

    private mutating func visit(_ node: NodeID) {
        switch dom.nodes[Int(node)].kind {
        case .text:
            if frames[frames.count - 1].isTableStructure {
                if !dom.isWhitespaceText(node) { pushImplicit(around: node) }
                return
            }
            appendText(of: node)
        case .element(let element):
            if element.namespace == .html {
                open(node, element)
            } else if element.namespace == .mathML {
                push(.transparent, node: node)
            }
        // SVG drawings, comments and doctypes add nothing.
        default:
            break
        }
    }

    /// Pushes a frame for `node` whose children are visited next.
    mutating func push(_ role: consuming Role, node: NodeID, hidden: Bool = false) {
        let parent = frames.count - 1
        let index = frames.count
        var flow = frames[parent].flow
        var inlineTarget = frames[parent].inlineTarget
        var blockLevel = frames[parent].blockLevel
        var inlineLevel = frames[parent].inlineLevel
        var isInlineOnly = false
        // The role decides the frame's links and levels before it moves into the frame.
        switch role {
        case .wrapper:
            // A space before an inline element is written before it, not inside it.
            if frames[flow].pendingSpace, !frames[flow].atLineStart {
                appendTextInline(" ", to: inlineTarget)
                frames[flow].pendingSpace = false
                frames[flow].atLineStart = true  // a space was just written: the next one collapses
            }
            inlineTarget = index
            inlineLevel += 1
        case .paragraph, .listItem, .tableCell:
            flow = index
            inlineTarget = index
        case .container, .blockQuote, .figure, .figureCaption, .tableCaption:
            flow = index
            inlineTarget = index
            inlineLevel = blockLevel + 2
            blockLevel += 1
        case .heading:
            flow = index
            inlineTarget = index
            isInlineOnly = true
            inlineLevel = blockLevel + 1
        case .definitionTerm:
            flow = index
            inlineTarget = index
            isInlineOnly = true
            inlineLevel = blockLevel + 2
        case .list, .table:
            flow = index
            inlineTarget = index
            inlineLevel = blockLevel + 3
            blockLevel += 2
        case .root, .flattened, .transparent, .spacedTransparent, .quotation, .tableSection, .tableRow:
            break
        }
        // The frame is appended first and set up in place: building it in a local and appending
        // that copies its many fields once more.
        frames.append(Frame(
            role: role, node: node, cursor: dom.nodes[Int(node)].firstChild, flow: flow, inlineTarget: inlineTarget,
            blockLevel: blockLevel, inlineLevel: inlineLevel))
        frames[index].isInlineOnly = isInlineOnly
        frames[index].isHidden = hidden
        frames[index].dropsImages = frames[parent].dropsImages
        frames[index].isInNoscript = frames[parent].isInNoscript
    }

    /// Wraps stray content of a table, section or row in an implicit row or cell.
    mutating func pushImplicit(around node: NodeID) {
        let parent = frames.count - 1
        let role: Role
        switch frames[parent].role {
        case .table: role = .tableRow(.body)
        case .tableSection(let section): role = .tableRow(section)
        default: role = .tableCell(Table.Cell(blocks: []))
        }
        push(role, node: frames[parent].node)
        frames[frames.count - 1].cursor = node
        frames[frames.count - 1].visitsOneNode = true
    }

    // MARK: - Flows

    /// Closes the inline elements open above the current flow around what they hold (they stay
    /// open for what follows) and ends the flow's paragraph: what a block start does.
    mutating func breakFlow() {
        let top = frames.count - 1
        let flow = frames[top].flow
        var target = frames[top].inlineTarget
        while target != flow, target > 0 {
            let outer = frames[target - 1].inlineTarget
            let content = frames[target].inlines
            if !content.isEmpty {
                frames[target].inlines = []
                if let inline = wrapping(content, in: frames[target]) {
                    frames[outer].inlines.append(inline)
                } else {
                    frames[outer].inlines.append(contentsOf: content)
                }
            }
            target = outer
        }
        flushParagraph(flow)
    }

    /// Turns the flow's collected inlines into a paragraph.
    mutating func flushParagraph(_ flow: Int) {
        frames[flow].pendingSpace = false
        frames[flow].atLineStart = true
        guard !frames[flow].inlines.isEmpty else { return }
        var content = Self.trimmingBreaks(frames[flow].inlines)
        frames[flow].inlines = []
        if case .text(var last) = content.last, last.utf8.last == 0x20 {
            // The slot is cleared first so that `last` owns its storage and drops the space in
            // place instead of copying the rest into a new string.
            content[content.count - 1] = .lineBreak
            last.removeLast()
            if last.isEmpty { content.removeLast() } else { content[content.count - 1] = .text(last) }
        }
        if !content.isEmpty { frames[flow].blocks.append(.paragraph(content)) }
    }

    /// `inlines` without line breaks at either end.
    static func trimmingBreaks(_ inlines: [Inline]) -> [Inline] {
        var start = 0
        var end = inlines.count
        while start < end, isBreak(inlines[start]) { start += 1 }
        while end > start, isBreak(inlines[end - 1]) { end -= 1 }
        return start == 0 && end == inlines.count ? inlines : Array(inlines[start..<end])
    }

    /// Whether `inline` is a line break (matched by case, not by derived equality).
    static func isBreak(_ inline: Inline) -> Bool {
        switch inline {
        case .lineBreak, .softBreak: return true
        default: return false
        }
    }

    /// The one inline a wrapping frame makes of `content` (a hidden one inside a hidden span), or
    /// `nil` for a frame that wraps nothing (its content stays as it is). One inline, appended as
    /// it is, spares an array per closing element.
    func wrapping(_ content: [Inline], in frame: Frame) -> Inline? {
        guard case .wrapper(let wrapper) = frame.role else { return nil }
        let inline = wrapper.wrap(content)
        return frame.isHidden ? .span(Self.hiddenAttributes(for: frame.node, in: dom), [inline]) : inline
    }

    /// Appends a block to the current flow, after ending its paragraph.
    mutating func emitBlock(_ block: Block) {
        breakFlow()
        let flow = frames[frames.count - 1].flow
        frames[flow].blocks.append(block)
    }

    /// The attributes of the hidden div or span wrapped around hidden content.
    static func hiddenAttributes(for node: NodeID, in dom: HTMLDOM) -> Attributes {
        Attributes(pairs: [.init("tag", dom.element(node)?.name ?? ""), .init("hidden", "true")])
    }
}
