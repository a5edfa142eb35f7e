import GalleyCore

extension BodyMapper {
    /// What an open element turns into when it closes.
    enum Role {
        /// The document or `<body>`: its blocks are the result.
        case root
        /// A block element that adds no node (past the depth limit, `<tr>` of a layout table, an
        /// `<li>` outside a list): it only ends the paragraph before and after it.
        case flattened
        /// An element that adds nothing and breaks nothing (`<span>`, `<font>`, custom elements).
        case transparent
        /// A block inside a heading or term: its text joins the line, separated by a space.
        case spacedTransparent
        /// `<p>`: its text becomes paragraphs that join the parent's blocks.
        case paragraph
        /// Sectioning and container elements → ``Block/div(_:_:)``.
        case container(Attributes)
        case blockQuote
        case heading(level: Int, attributes: Attributes)
        /// `<dt>` → a paragraph of strong text.
        case definitionTerm
        case list(isOrdered: Bool, start: Int)
        case listItem
        case figure(Attributes)
        case figureCaption
        case table(Attributes)
        case tableSection(Section)
        case tableRow(Section)
        case tableCell(Table.Cell)
        case tableCaption
        /// An inline element that wraps its content (emphasis, link, span, …).
        case wrapper(Wrapper)
        /// `<q>`: text between quotation marks.
        case quotation(closing: String)
    }

    /// Which part of a table a row belongs to.
    enum Section { case head, body, foot }

    /// The inline node a wrapping element makes.
    enum Wrapper {
        case emphasis, strong, strikeout, superscript, `subscript`
        case span(Attributes)
        case link(url: String, title: String)

        func wrap(_ content: [Inline]) -> Inline {
            switch self {
            case .emphasis: return .emphasis(content)
            case .strong: return .strong(content)
            case .strikeout: return .strikeout(content)
            case .superscript: return .superscript(content)
            case .subscript: return .subscript(content)
            case .span(let attributes): return .span(attributes, content)
            case .link(let url, let title): return .link(Link(url: url, title: title, content: content))
            }
        }
    }

    /// One open element (or the root) and what it has collected so far.
    struct Frame {
        var role: Role
        /// The element, or −1 for the root.
        var node: HTMLDOM.NodeID
        /// The next child to visit (−1: done).
        var cursor: HTMLDOM.NodeID
        /// An implicit frame (a cell around stray content in a table) visits one node only.
        var visitsOneNode = false
        /// Index of the frame whose flow (paragraph under construction) this frame writes to.
        var flow: Int
        /// Index of the frame whose ``inlines`` receive this frame's inline content.
        var inlineTarget: Int
        /// The depth (in AST containers) of the blocks this frame's flow creates.
        var blockLevel: Int
        /// The depth of the inlines this frame's inline target collects.
        var inlineLevel: Int
        /// Whether the flow holds one line only (headings, terms): blocks inside join the line.
        var isInlineOnly = false
        /// Whether the element is hidden: its result is wrapped in a div or span marked hidden.
        var isHidden = false
        /// Whether images inside are dropped (a `<noscript>` repeating a lazy image before it).
        var dropsImages = false
        /// Whether the frame is inside a `<noscript>` (images already shown there are dropped).
        var isInNoscript = false

        var blocks: [Block] = []
        var inlines: [Inline] = []
        /// A space seen but not written yet (collapsed whitespace).
        var pendingSpace = false
        /// Nothing written on the current line yet, or it ends in a space: a space here is dropped.
        var atLineStart = true

        /// The structure being collected (list items, table rows, cells, captions), made when
        /// the first part of it arrives: most frames collect none, and a frame without it is
        /// cheaper to push and pop. ``BodyMapper/collected(_:)`` adds to it.
        var collected: Collected?

        var items: [[Block]] { collected?.items ?? [] }
        var isLoose: Bool { collected?.isLoose ?? false }
        var caption: [Block] { collected?.caption ?? [] }
        var head: [Table.Row] { collected?.head ?? [] }
        var body: [Table.Row] { collected?.body ?? [] }
        var foot: [Table.Row] { collected?.foot ?? [] }
        var cells: [Table.Cell] { collected?.cells ?? [] }

        init(role: Role, node: HTMLDOM.NodeID, cursor: HTMLDOM.NodeID, flow: Int, inlineTarget: Int,
             blockLevel: Int, inlineLevel: Int) {
            self.role = role
            self.node = node
            self.cursor = cursor
            self.flow = flow
            self.inlineTarget = inlineTarget
            self.blockLevel = blockLevel
            self.inlineLevel = inlineLevel
        }

        /// Whether the frame owns a flow (collects paragraphs and blocks).
        var ownsFlow: Bool {
            switch role {
            case .root, .paragraph, .container, .blockQuote, .heading, .definitionTerm, .list, .listItem,
                .figure, .figureCaption, .tableCell, .tableCaption:
                return true
            default:
                return false
            }
        }

        /// Whether the frame is table structure, whose stray content needs an implicit cell.
        var isTableStructure: Bool {
            switch role {
            case .table, .tableSection, .tableRow: return true
            default: return false
            }
        }
    }
}

extension BodyMapper {
    /// What a list, table, row, figure or caption collects besides blocks; shared by reference
    /// so that adding to it leaves the frame in place.
    final class Collected {
        var items: [[Block]] = []
        var isLoose = false
        var caption: [Block] = []
        var head: [Table.Row] = []
        var body: [Table.Row] = []
        var foot: [Table.Row] = []
        var cells: [Table.Cell] = []
    }

    /// The structure frame `index` collects, made on first use.
    mutating func collected(_ index: Int) -> Collected {
        if let collected = frames[index].collected { return collected }
        let collected = Collected()
        frames[index].collected = collected
        return collected
    }
}

extension BodyMapper.Role {
    /// How many AST levels the element's deepest paragraph sits below the element's own level:
    /// a block is only opened when that still fits within the depth limit.
    var levelsBelow: Int {
        switch self {
        case .container, .blockQuote, .heading, .figureCaption, .tableCaption: return 1
        case .definitionTerm, .figure: return 2
        case .list, .table: return 3
        default: return 0
        }
    }
}
